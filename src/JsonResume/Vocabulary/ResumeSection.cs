namespace JsonResume.Vocabulary;

/// <summary>
/// The part of a JSON Resume document that a section of a résumé feeds: the list sections in the standard's order
/// (see <see cref="ResumeSections.All"/>), plus the parts of <c>basics</c> that hand-written résumés give a heading.
/// </summary>
internal enum ResumeSection
{
    /// <summary>No JSON Resume counterpart is known for the section.</summary>
    Unknown,

    /// <summary>Contact details: <c>basics</c> (email, phone, url, location, profiles).</summary>
    Contact,

    /// <summary>An introduction: <c>basics.summary</c>.</summary>
    Summary,

    /// <summary><c>work</c>: employment history.</summary>
    Work,

    /// <summary><c>volunteer</c>: unpaid and community work.</summary>
    Volunteer,

    /// <summary><c>education</c>: schools, universities and courses.</summary>
    Education,

    /// <summary><c>awards</c>: prizes and honours.</summary>
    Awards,

    /// <summary><c>certificates</c>: professional certifications.</summary>
    Certificates,

    /// <summary><c>publications</c>: papers, articles and books.</summary>
    Publications,

    /// <summary><c>skills</c>: areas of skill.</summary>
    Skills,

    /// <summary><c>languages</c>: spoken languages.</summary>
    Languages,

    /// <summary><c>interests</c>: interests outside work.</summary>
    Interests,

    /// <summary><c>references</c>: people who vouch for the person.</summary>
    References,

    /// <summary><c>projects</c>: projects worked on.</summary>
    Projects,
}
