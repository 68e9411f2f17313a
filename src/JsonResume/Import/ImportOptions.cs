namespace JsonResume.Import;

/// <summary>How <see cref="ResumeImporter.Import(string, ImportOptions?)"/> reads a document.</summary>
public sealed class ImportOptions
{
    /// <summary>The defaults: the format is detected, HTML comments are skipped, no source name.</summary>
    public static ImportOptions Default { get; } = new();

    /// <summary>The document's format; <see cref="ImportFormat.Auto"/> (the default) decides from the content.</summary>
    public ImportFormat Format { get; init; } = ImportFormat.Auto;

    /// <summary>
    /// Whether content inside HTML comments is imported. Comments hide content from readers, so by default it is not
    /// (the report says how much was skipped). When true, one level of commenting is removed: <c>&lt;!-- x --&gt;</c> gives
    /// <c>x</c>, and nested markers written <c>&lt;!-1- … -1-&gt;</c> become ordinary comments, which stay hidden.
    /// </summary>
    public bool IncludeComments { get; init; }

    /// <summary>A name for the document (such as its file name), used in the report.</summary>
    public string? SourceName { get; init; }
}
