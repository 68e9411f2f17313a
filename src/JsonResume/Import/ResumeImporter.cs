using JsonResume.Diagnostics;
using JsonResume.Json;
using JsonResume.Layout;
using JsonResume.Model;

namespace JsonResume.Import;

/// <summary>
/// Turns documents into résumés. <see cref="FromMarkdown"/> and <see cref="FromText"/> read the library's own Markdown and
/// plain text (as written by <see cref="Render.ResumeRenderer"/>) back exactly: the result equals
/// <see cref="Layout.WhitespaceRule.Normalize(Resume)"/> of the résumé that was rendered.
/// </summary>
public static partial class ResumeImporter
{
    /// <summary>Reads Markdown written by <see cref="Render.ResumeRenderer.ToMarkdown"/>.</summary>
    /// <param name="markdown">The Markdown.</param>
    /// <returns>The résumé (parts that could not be read are left out; <see cref="ReadMarkdown"/> says which).</returns>
    public static Resume FromMarkdown(string markdown) => ReadMarkdown(markdown).Resume!;

    /// <summary>Reads plain text written by <see cref="Render.ResumeRenderer.ToText"/>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The résumé (parts that could not be read are left out; <see cref="ReadText"/> says which).</returns>
    public static Resume FromText(string text) => ReadText(text).Resume!;

    /// <summary>Reads Markdown written by <see cref="Render.ResumeRenderer.ToMarkdown"/>, with a diagnostic (and its line) for every part that could not be read, in line order.</summary>
    /// <param name="markdown">The Markdown.</param>
    /// <returns>The résumé (never null) and the diagnostics.</returns>
    public static ReadResult ReadMarkdown(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var diagnostics = new List<Diagnostic>();
        var layout = MarkdownLayoutReader.Read(markdown, diagnostics);
        var resume = DocumentLayouts.Read(layout, diagnostics);
        return new ReadResult(resume, diagnostics.OrderBy(d => d.Line).ToList());
    }

    /// <summary>Reads plain text written by <see cref="Render.ResumeRenderer.ToText"/>, with a diagnostic (and its line) for every part that could not be read, in line order.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The résumé (never null) and the diagnostics.</returns>
    public static ReadResult ReadText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var diagnostics = new List<Diagnostic>();
        var layout = TextLayoutReader.Read(text, diagnostics);
        var resume = DocumentLayouts.Read(layout, diagnostics);
        return new ReadResult(resume, diagnostics.OrderBy(d => d.Line).ToList());
    }
}
