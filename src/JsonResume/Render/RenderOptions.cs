namespace JsonResume.Render;

/// <summary>Options of <see cref="ResumeRenderer"/>.</summary>
public sealed class RenderOptions
{
    /// <summary>The defaults: 80 columns, extensions block when needed, English page.</summary>
    public static RenderOptions Default { get; } = new();

    /// <summary>
    /// The column plain text wraps paragraphs, bullets and labelled lines at (at least 20; default 80). Headings are never
    /// wrapped and a word longer than a line stays whole.
    /// </summary>
    public int TextWidth { get; init; } = 80;

    /// <summary>
    /// Whether Markdown and plain text end with the extensions block (JSON) when the résumé holds something they cannot
    /// show: properties outside the schema, empty lists or empty objects. Default true; without it, reading back loses those.
    /// </summary>
    public bool IncludeExtensions { get; init; } = true;

    /// <summary>The language of the HTML page (its <c>lang</c> attribute); default <c>en</c>.</summary>
    public string HtmlLanguage { get; init; } = "en";
}
