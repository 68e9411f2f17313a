namespace JsonResume.Import.Recognition;

/// <summary>The part of a JSON Resume that a section of a document feeds.</summary>
public enum ResumeSection
{
    /// <summary>No JSON Resume counterpart is known for the section.</summary>
    Unknown,

    /// <summary>Contact details: <c>basics</c> (email, phone, url, location, profiles).</summary>
    Contact,

    /// <summary>An introduction: <c>basics.summary</c>.</summary>
    Summary,

    /// <summary><c>work</c>.</summary>
    Work,

    /// <summary><c>volunteer</c>.</summary>
    Volunteer,

    /// <summary><c>education</c>.</summary>
    Education,

    /// <summary><c>awards</c>.</summary>
    Awards,

    /// <summary><c>certificates</c>.</summary>
    Certificates,

    /// <summary><c>publications</c>.</summary>
    Publications,

    /// <summary><c>skills</c>.</summary>
    Skills,

    /// <summary><c>languages</c> (spoken languages).</summary>
    Languages,

    /// <summary><c>interests</c>.</summary>
    Interests,

    /// <summary><c>references</c>.</summary>
    References,

    /// <summary><c>projects</c>.</summary>
    Projects,
}
