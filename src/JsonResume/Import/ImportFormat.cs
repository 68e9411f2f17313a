namespace JsonResume.Import;

/// <summary>The format of a document to import.</summary>
public enum ImportFormat
{
    /// <summary>Decide from the content (not the file name): JSON when it starts with <c>{</c>, else Markdown or plain text.</summary>
    Auto,

    /// <summary>Markdown (CommonMark with tables, definition lists, YAML front matter and raw HTML).</summary>
    Markdown,

    /// <summary>Plain text.</summary>
    Text,

    /// <summary>A JSON Resume document: read without loss through <see cref="Json.ResumeJson"/> and checked with <see cref="Validation.ResumeValidator"/>.</summary>
    Json,
}
