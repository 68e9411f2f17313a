namespace JsonResume.Layout;

/// <summary>How a field of the schema is shown.</summary>
internal enum FieldKind
{
    /// <summary>One line of text.</summary>
    Line,

    /// <summary>One line holding an address (shown as a link where the format has links).</summary>
    Url,

    /// <summary>One line holding an email address.</summary>
    Email,

    /// <summary>A partial ISO 8601 date.</summary>
    Date,

    /// <summary>Paragraphs.</summary>
    Prose,

    /// <summary>A list of short strings, written on one line separated by commas.</summary>
    List,

    /// <summary>A list of sentences, written as bullets.</summary>
    Bullets,
}
