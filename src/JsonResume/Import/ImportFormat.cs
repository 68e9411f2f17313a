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

    /// <summary>
    /// A JSON Resume document written in YAML: read without loss through <see cref="Json.ResumeYaml"/> and checked with
    /// <see cref="Validation.ResumeValidator"/>, findings at their line:column in the YAML. Never chosen by
    /// <see cref="Auto"/>: a plain-text résumé of <c>Label: value</c> lines is valid YAML too.
    /// </summary>
    Yaml = 4,
}
