namespace JsonResume.Import.Blocks;

/// <summary>How a plain-text heading is marked, strongest first.</summary>
internal enum HeadingStyle
{
    /// <summary>Markdown heading, or plain text underlined or framed by rules (<c>====</c>, <c>SKILLS ----</c>).</summary>
    Strong,

    /// <summary>A line in capitals.</summary>
    Capitals,

    /// <summary>A short line in ordinary case that names a known section.</summary>
    Plain,

    /// <summary>A line of the document's own heading shape ("Teaching:" where "Education:" is a heading): it opens a
    /// section even when it names none the schema knows.</summary>
    Label,
}
