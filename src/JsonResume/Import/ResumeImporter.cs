using JsonResume.Diagnostics;
using JsonResume.Import.Documents;
using JsonResume.Json;
using JsonResume.Layout;
using JsonResume.Model;

namespace JsonResume.Import;

/// <summary>
/// Turns documents into résumés. <see cref="Import(string, ImportOptions?)"/> converts any résumé (Markdown, plain text
/// or JSON, in any of the usual layouts); <see cref="ReadMarkdown(string)"/> and <see cref="ReadText(string)"/> read the
/// library's own Markdown and plain text (as written by <see cref="Render.ResumeRenderer"/>) back exactly: the result
/// equals the résumé that was rendered, after the white-space rule that Markdown and text impose (see README).
/// Every method takes text, UTF-8 bytes (or any encoding with a byte order mark, or Windows-1252) or a stream.
/// </summary>
public static partial class ResumeImporter
{
    /// <summary>Reads Markdown written by <see cref="Render.ResumeRenderer.ToMarkdown"/> from bytes (the encoding is detected).</summary>
    /// <param name="bytes">The document.</param>
    /// <returns>The résumé (null when the bytes are not text) and the diagnostics.</returns>
    public static ReadResult ReadMarkdown(ReadOnlyMemory<byte> bytes) =>
        TextInput.TryDecode(bytes.Span, out var text, out var refusal) ? ReadMarkdown(text) : new ReadResult(null, [refusal!]);

    /// <summary>Reads Markdown written by <see cref="Render.ResumeRenderer.ToMarkdown"/> from a stream, to its end.</summary>
    /// <param name="stream">The document.</param>
    /// <returns>The résumé (null when the stream does not hold text) and the diagnostics.</returns>
    public static ReadResult ReadMarkdown(Stream stream) => ReadMarkdown(InputBytes.ReadAll(stream));

    /// <summary>Reads plain text written by <see cref="Render.ResumeRenderer.ToText"/> from bytes (the encoding is detected).</summary>
    /// <param name="bytes">The document.</param>
    /// <returns>The résumé (null when the bytes are not text) and the diagnostics.</returns>
    public static ReadResult ReadText(ReadOnlyMemory<byte> bytes) =>
        TextInput.TryDecode(bytes.Span, out var text, out var refusal) ? ReadText(text) : new ReadResult(null, [refusal!]);

    /// <summary>Reads plain text written by <see cref="Render.ResumeRenderer.ToText"/> from a stream, to its end.</summary>
    /// <param name="stream">The document.</param>
    /// <returns>The résumé (null when the stream does not hold text) and the diagnostics.</returns>
    public static ReadResult ReadText(Stream stream) => ReadText(InputBytes.ReadAll(stream));

    /// <summary>Reads Markdown written by <see cref="Render.ResumeRenderer.ToMarkdown"/>, with a diagnostic (and its line) for every part that could not be read, in line order.</summary>
    /// <param name="markdown">The Markdown.</param>
    /// <returns>The résumé (never null) and the diagnostics.</returns>
    public static ReadResult ReadMarkdown(string markdown) => ReadMarkdown(markdown, stopAtFirstProblem: false);

    /// <summary>
    /// <see cref="ReadMarkdown(string)"/>, or, with <paramref name="stopAtFirstProblem"/>, only as far as the first
    /// diagnostic: the converter uses the own layout's reading only when it has none, and most documents it reads show
    /// a problem early, so the rest of the reading would be thrown away.
    /// </summary>
    private static ReadResult ReadMarkdown(string markdown, bool stopAtFirstProblem)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        if (Refuse(markdown, markdown: true) is { } refused)
        {
            return refused;
        }

        var diagnostics = new List<Diagnostic>();
        try
        {
            var layout = MarkdownLayoutReader.Read(markdown, diagnostics, stopAtFirstProblem);
            if (stopAtFirstProblem && diagnostics.Count > 0)
            {
                return new ReadResult(new Resume(), diagnostics);
            }

            var resume = DocumentLayouts.Read(layout, diagnostics);
            return new ReadResult(resume, Inside(diagnostics, markdown));
        }
        catch (Exception ex) when (MarkdownDepth.IsDepthLimit(ex))
        {
            return new ReadResult(new Resume(), [TooDeep(1)]);
        }
    }

    /// <summary>Reads plain text written by <see cref="Render.ResumeRenderer.ToText"/>, with a diagnostic (and its line) for every part that could not be read, in line order.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The résumé (never null) and the diagnostics.</returns>
    public static ReadResult ReadText(string text) => ReadText(text, stopAtFirstProblem: false);

    /// <summary><see cref="ReadText(string)"/>, or only as far as the first diagnostic (see <see cref="ReadMarkdown(string, bool)"/>).</summary>
    private static ReadResult ReadText(string text, bool stopAtFirstProblem)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (Refuse(text, markdown: false) is { } refused)
        {
            return refused;
        }

        var diagnostics = new List<Diagnostic>();
        var layout = TextLayoutReader.Read(text, diagnostics, stopAtFirstProblem);
        if (stopAtFirstProblem && diagnostics.Count > 0)
        {
            return new ReadResult(new Resume(), diagnostics);
        }

        var resume = DocumentLayouts.Read(layout, diagnostics);
        return new ReadResult(resume, Inside(diagnostics, text));
    }

    /// <summary>Input beyond the library's limits (<see cref="Limits"/>) is an error, not read.</summary>
    private static ReadResult? Refuse(string text, bool markdown)
    {
        if (text.Length > Limits.MaxInputBytes)
        {
            return new ReadResult(new Resume(), [new Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.TooLarge,
                $"The document is {text.Length:N0} characters; the largest document read is {Limits.MaxInputBytes:N0}.") { Line = 1, Column = 1 }]);
        }

        var tooDeep = markdown ? MarkdownDepth.FirstTooDeep(text) : 0;
        return tooDeep > 0 ? new ReadResult(new Resume(), [TooDeep(tooDeep)]) : null;
    }

    private static Diagnostic TooDeep(int line) =>
        new(DiagnosticSeverity.Error, DiagnosticCodes.TooDeep, $"The Markdown nests deeper than {Limits.MaxDepth} levels (lists or quotes inside each other).")
        {
            Line = line,
            Column = 1,
        };

    /// <summary>
    /// In line order, each at a line:column inside the document: the readers name a line (column 1 is its start), and
    /// what is missing at the end (an unclosed block) is placed on the last line.
    /// </summary>
    private static List<Diagnostic> Inside(List<Diagnostic> diagnostics, string text)
    {
        var lines = 1;
        for (var i = 0; i < text.Length; i++)
        {
            lines += text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')) ? 1 : 0;
        }

        return diagnostics
            .Select(d => d.Line > 0 ? d with { Line = Math.Min(d.Line, lines), Column = d.Line > lines ? 1 : Math.Max(d.Column, 1) } : d)
            .OrderBy(d => d.Line)
            .ToList();
    }
}
