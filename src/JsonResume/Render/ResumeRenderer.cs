using JsonResume.Layout;
using JsonResume.Model;

namespace JsonResume.Render;

/// <summary>
/// Renders a résumé as Markdown, plain text or an HTML page. Output is deterministic (same résumé and options, same
/// text) and uses <c>\n</c> line endings. Markdown and plain text carry every field of the schema and read back exactly
/// with <see cref="Import.ResumeImporter.ReadMarkdown(string)"/> and <see cref="Import.ResumeImporter.ReadText(string)"/>,
/// after the white-space rule that Markdown and text impose (README, "Reading Markdown and text back").
/// </summary>
public static class ResumeRenderer
{
    /// <summary>Renders Markdown (CommonMark, as GitHub shows it).</summary>
    /// <param name="resume">The résumé.</param>
    /// <param name="options">Options; <see cref="RenderOptions.Default"/> when null.</param>
    /// <returns>The Markdown.</returns>
    public static string ToMarkdown(Resume resume, RenderOptions? options = null) =>
        MarkdownLayoutWriter.Write(Layout(resume), (options ?? RenderOptions.Default).IncludeExtensions);

    /// <summary>Renders plain text for a terminal or an email: about 80 columns, UPPERCASE section headings, no markup.</summary>
    /// <param name="resume">The résumé.</param>
    /// <param name="options">Options; <see cref="RenderOptions.Default"/> when null.</param>
    /// <returns>The text.</returns>
    public static string ToText(Resume resume, RenderOptions? options = null) =>
        TextLayoutWriter.Write(Layout(resume), (options ?? RenderOptions.Default).TextWidth, (options ?? RenderOptions.Default).IncludeExtensions);

    /// <summary>Renders one self-contained, accessible, printable HTML page: semantic HTML5, embedded CSS, no scripts, nothing fetched.</summary>
    /// <param name="resume">The résumé.</param>
    /// <param name="options">Options; <see cref="RenderOptions.Default"/> when null.</param>
    /// <returns>The page.</returns>
    public static string ToHtml(Resume resume, RenderOptions? options = null) =>
        HtmlLayoutWriter.Write(Layout(resume), (options ?? RenderOptions.Default).HtmlLanguage);

    private static DocumentLayout Layout(Resume resume)
    {
        ArgumentNullException.ThrowIfNull(resume);
        return DocumentLayouts.Build(WhitespaceRule.Normalize(resume));
    }
}
