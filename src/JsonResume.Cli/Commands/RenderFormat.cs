namespace JsonResume.Cli.Commands;

/// <summary>What <c>jsonresume render --to</c> writes (users type the names in lower case): a rendering, or the document itself as JSON or YAML.</summary>
internal enum RenderFormat
{
    /// <summary>Markdown.</summary>
    Markdown = 0,

    /// <summary>Plain text.</summary>
    Text = 1,

    /// <summary>A self-contained HTML page.</summary>
    Html = 2,

    /// <summary>The résumé as canonical JSON (what <c>ResumeJson.Write</c> writes).</summary>
    Json = 3,

    /// <summary>The résumé as YAML that reads back as the same JSON.</summary>
    Yaml = 4,
}
