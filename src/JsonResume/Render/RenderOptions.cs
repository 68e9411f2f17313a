using JsonResume.Vocabulary;

namespace JsonResume.Render;

/// <summary>Options of <see cref="ResumeRenderer"/>.</summary>
public sealed class RenderOptions
{
    private readonly string? htmlLanguage;

    /// <summary>The defaults: 80 columns, extensions block when needed, the résumé's own language (<c>meta.language</c>) or English.</summary>
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

    /// <summary>
    /// The language to write section titles, labels, "present" and month names in: a BCP 47 tag whose primary subtag is
    /// one of <see cref="SupportedLanguages"/> (<c>de</c>, <c>de-AT</c>, <c>pt-BR</c>, <c>zh-Hans</c>; Chinese in the
    /// traditional script, <c>zh-Hant</c>, is not supported). Null (the default): the résumé's <c>meta.language</c> when
    /// it names a supported language, otherwise English. Markdown and text in every supported language read back exactly.
    /// Rendering with a tag <see cref="IsSupportedLanguage"/> refuses throws <see cref="ArgumentException"/>: check first.
    /// </summary>
    public string? Language { get; init; }

    /// <summary>
    /// The <c>lang</c> attribute of the HTML page. By default the tag the page is written in (<see cref="Language"/>, or
    /// <c>meta.language</c>, or <c>en</c>), as given (<c>de-AT</c> stays <c>de-AT</c>); set it to override.
    /// </summary>
    public string HtmlLanguage
    {
        get => htmlLanguage ?? Language ?? "en";
        init => htmlLanguage = value;
    }

    /// <summary>The codes of the languages the renderers write: en, de, fr, es, pt, it, nl, pl, ru, zh, ja.</summary>
    public static IReadOnlyList<string> SupportedLanguages => RenderLanguages.Codes;

    /// <summary>Whether a language tag names a language the renderers write (by its primary subtag, see <see cref="Language"/>).</summary>
    /// <param name="tag">A language tag such as <c>de</c> or <c>pt-BR</c>.</param>
    /// <returns>Whether it is supported.</returns>
    public static bool IsSupportedLanguage(string? tag) => RenderLanguages.IndexOf(tag) >= 0;

    /// <summary>The HTML <c>lang</c> attribute when it was set explicitly; null otherwise.</summary>
    internal string? ExplicitHtmlLanguage => htmlLanguage;
}
