namespace JsonResume.Import.Own;

/// <summary>The list sections of a JSON Resume document, in the standard's order.</summary>
public enum ResumeSection
{
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
