using System.Globalization;
using System.Text;
using JsonResume.Layout;
using JsonResume.Model;
using JsonResume.Vocabulary;

namespace JsonResume.Render;

/// <summary>
/// Renders a résumé as Markdown, plain text or an HTML page. Output is deterministic (same résumé and options, same
/// text) and uses <c>\n</c> line endings. Markdown and plain text carry every field of the schema and read back exactly
/// with <see cref="Import.ResumeImporter.ReadMarkdown(string)"/> and <see cref="Import.ResumeImporter.ReadText(string)"/>,
/// after the white-space rule that Markdown and text impose (README, "Reading Markdown and text back").
/// </summary>
public static class ResumeRenderer
{
    /// <summary>The first capacity of the buffer <see cref="ToMarkdown"/> and the others write into (a typical page, in characters).</summary>
    private const int InitialBuffer = 16 * 1024;

    /// <summary>The largest buffer kept for the next call (characters); larger documents get a buffer of their own.</summary>
    private const int MaxCachedBuffer = 256 * 1024;

    private static StringBuilder? cachedBuffer;

    /// <summary>Renders Markdown (CommonMark, as GitHub shows it).</summary>
    /// <param name="resume">The résumé.</param>
    /// <param name="options">Options; <see cref="RenderOptions.Default"/> when null.</param>
    /// <returns>The Markdown.</returns>
    /// <exception cref="ArgumentException"><see cref="RenderOptions.Language"/> names a language that is not supported.</exception>
    public static string ToMarkdown(Resume resume, RenderOptions? options = null) => ToString(resume, options, WriteMarkdown);

    /// <summary>Renders plain text for a terminal or an email: about 80 columns, UPPERCASE section headings, no markup.</summary>
    /// <param name="resume">The résumé.</param>
    /// <param name="options">Options; <see cref="RenderOptions.Default"/> when null.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentException"><see cref="RenderOptions.Language"/> names a language that is not supported.</exception>
    public static string ToText(Resume resume, RenderOptions? options = null) => ToString(resume, options, WriteText);

    /// <summary>Renders one self-contained, accessible, printable HTML page: semantic HTML5, embedded CSS, no scripts, nothing fetched.</summary>
    /// <param name="resume">The résumé.</param>
    /// <param name="options">Options; <see cref="RenderOptions.Default"/> when null.</param>
    /// <returns>The page.</returns>
    /// <exception cref="ArgumentException"><see cref="RenderOptions.Language"/> names a language that is not supported.</exception>
    public static string ToHtml(Resume resume, RenderOptions? options = null) => ToString(resume, options, WriteHtml);

    /// <summary>
    /// Writes what <see cref="ToMarkdown"/> returns to <paramref name="output"/>, entry by entry: the whole document is
    /// never held in memory, which matters for large résumés.
    /// </summary>
    /// <param name="resume">The résumé.</param>
    /// <param name="output">Where to write (not flushed or closed).</param>
    /// <param name="options">Options; <see cref="RenderOptions.Default"/> when null.</param>
    /// <exception cref="ArgumentException"><see cref="RenderOptions.Language"/> names a language that is not supported.</exception>
    public static void WriteMarkdown(Resume resume, TextWriter output, RenderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        options ??= RenderOptions.Default;
        MarkdownLayoutWriter.Write(Source(resume, options, out _), options.IncludeExtensions, output);
    }

    /// <summary>Writes what <see cref="ToText"/> returns to <paramref name="output"/>, entry by entry.</summary>
    /// <param name="resume">The résumé.</param>
    /// <param name="output">Where to write (not flushed or closed).</param>
    /// <param name="options">Options; <see cref="RenderOptions.Default"/> when null.</param>
    /// <exception cref="ArgumentException"><see cref="RenderOptions.Language"/> names a language that is not supported.</exception>
    public static void WriteText(Resume resume, TextWriter output, RenderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        options ??= RenderOptions.Default;
        TextLayoutWriter.Write(Source(resume, options, out _), options.TextWidth, options.IncludeExtensions, output);
    }

    /// <summary>Writes what <see cref="ToHtml"/> returns to <paramref name="output"/>, entry by entry.</summary>
    /// <param name="resume">The résumé.</param>
    /// <param name="output">Where to write (not flushed or closed).</param>
    /// <param name="options">Options; <see cref="RenderOptions.Default"/> when null.</param>
    /// <exception cref="ArgumentException"><see cref="RenderOptions.Language"/> names a language that is not supported.</exception>
    public static void WriteHtml(Resume resume, TextWriter output, RenderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        options ??= RenderOptions.Default;
        var source = Source(resume, options, out var tag);
        HtmlLayoutWriter.Write(source, options.ExplicitHtmlLanguage ?? tag, output);
    }

    private static string ToString(Resume resume, RenderOptions? options, Action<Resume, TextWriter, RenderOptions?> write)
    {
        // One buffer, taken by one call at a time and kept while it is small: the string returned is the only copy made.
        var buffer = Interlocked.Exchange(ref cachedBuffer, null) ?? new StringBuilder(InitialBuffer);
        try
        {
            using var output = new StringWriter(buffer.Clear(), CultureInfo.InvariantCulture);
            write(resume, output, options);
            return buffer.ToString();
        }
        finally
        {
            if (buffer.Capacity <= MaxCachedBuffer)
            {
                cachedBuffer = buffer.Clear();
            }
        }
    }

    /// <summary>The layout source in the language of the options, or of <c>meta.language</c>, or English; <paramref name="tag"/> is the tag it came from.</summary>
    private static DocumentSource Source(Resume resume, RenderOptions options, out string tag)
    {
        ArgumentNullException.ThrowIfNull(resume);
        LayoutLanguage language;
        if (options.Language is { } requested)
        {
            language = LayoutLanguage.ForTag(requested) ?? throw new ArgumentException(
                $"The language \"{requested}\" is not supported; supported: {string.Join(", ", RenderLanguages.Codes)}.", nameof(options));
            tag = requested.Trim();
        }
        else if (MetaLanguage(resume) is { } meta && LayoutLanguage.ForTag(meta) is { } fromMeta)
        {
            (language, tag) = (fromMeta, meta.Trim());
        }
        else
        {
            (language, tag) = (LayoutLanguage.English, "en");
        }

        return new DocumentSource(WhitespaceRule.Normalized(resume), language);
    }

    /// <summary><c>meta.language</c>, which the schema does not define but résumés and themes use (a string), or null.</summary>
    private static string? MetaLanguage(Resume resume) =>
        resume.Meta?.ExtensionData is { } data && data.TryGetValue("language", out var value) && value.ValueKind == System.Text.Json.JsonValueKind.String
            ? value.GetString()
            : null;
}
