namespace JsonResume.Cli.Commands;

/// <summary>What <c>jsonresume render --to</c> writes (users type the names in lower case).</summary>
internal enum RenderFormat
{
    /// <summary>Markdown.</summary>
    Markdown = 0,

    /// <summary>Plain text.</summary>
    Text = 1,

    /// <summary>A self-contained HTML page.</summary>
    Html = 2,
}
