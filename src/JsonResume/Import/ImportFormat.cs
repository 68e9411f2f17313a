namespace JsonResume.Import;

/// <summary>The format of a document to import.</summary>
public enum ImportFormat
{
    /// <summary>Decide from the content (not the file name).</summary>
    Auto,

    /// <summary>Markdown (CommonMark with tables, definition lists, YAML front matter and raw HTML).</summary>
    Markdown,

    /// <summary>Plain text.</summary>
    Text,
}
