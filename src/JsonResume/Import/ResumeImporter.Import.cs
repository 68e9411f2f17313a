using JsonResume.Diagnostics;
using JsonResume.Import.Assembling;
using JsonResume.Import.Blocks;
using JsonResume.Import.Documents;
using JsonResume.Import.Fields;
using JsonResume.Import.Recognition;
using JsonResume.Json;
using JsonResume.Layout;
using JsonResume.Model;
using JsonResume.Validation;
using JsonResume.Vocabulary;

namespace JsonResume.Import;

public static partial class ResumeImporter
{
    /// <summary>
    /// Converts a résumé written by hand (Markdown or plain text, in any of the usual layouts) into JSON Resume, with
    /// an account of every line: the JSON Pointer(s) it went to, or why it was not understood, or what hid it. A JSON
    /// Resume document (<see cref="ImportFormat.Json"/>, or <see cref="ImportFormat.Auto"/> when the text starts with
    /// <c>{</c>) is read as it is, through <see cref="ResumeJson"/>, and checked with <see cref="ResumeValidator"/>.
    /// </summary>
    /// <param name="text">The document.</param>
    /// <param name="options">How to read it; <see cref="ImportOptions.Default"/> detects the format and skips HTML comments.</param>
    /// <returns>The résumé and the account of every line, with the diagnostics.</returns>
    public static ImportResult Import(string text, ImportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        options ??= ImportOptions.Default;
        if (text.Length > Limits.MaxInputBytes)
        {
            return new ImportResult(new Resume(), options.SourceName, options.Format, options.IncludeComments, [],
                [new Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.TooLarge,
                    $"The document is {text.Length:N0} characters; the largest document read is {Limits.MaxInputBytes:N0}.") { Line = 1, Column = 1 }]);
        }

        if (options.Format == ImportFormat.Json || options.Format == ImportFormat.Yaml || (options.Format == ImportFormat.Auto && LooksLikeJson(text)))
        {
            return ImportJson(text, options);
        }

        // Markdown nested deeper than the library's limit is refused, line by line, before Markdig (which would stop
        // with an exception, after a time that grows with the square of the depth) sees it.
        var tooDeep = options.Format == ImportFormat.Text ? 0 : MarkdownDepth.FirstTooDeep(text);
        try
        {
            if (tooDeep == 0)
            {
                return ImportDocument(text, options);
            }
        }
        catch (Exception ex) when (MarkdownDepth.IsDepthLimit(ex))
        {
            tooDeep = 1;
        }

        var reason = $"the Markdown nests deeper than {Limits.MaxDepth} levels (lists or quotes inside each other), so it was not read";
        var lines = LineReportList.From(Normalize(text).Split('\n')
            .Select((l, i) => new LineReport(i + 1, string.IsNullOrWhiteSpace(l) ? LineDisposition.Blank : LineDisposition.NotUnderstood, [], string.IsNullOrWhiteSpace(l) ? null : reason)));
        var error = new Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.TooDeep, $"The Markdown nests deeper than {Limits.MaxDepth} levels (lists or quotes inside each other); it was not read.")
        {
            Line = tooDeep,
            Column = 1,
            Hint = "Check that this is a résumé; read it as plain text (ImportFormat.Text) to read its words.",
        };
        return new ImportResult(new Resume(), options.SourceName, ImportFormat.Markdown, options.IncludeComments, lines, [error]);
    }

    /// <summary>
    /// Converts a résumé given as bytes: the encoding is detected (a byte order mark for UTF-8, UTF-16 or UTF-32;
    /// otherwise UTF-8 when the bytes are valid UTF-8, else Windows-1252). Bytes that are not text (NUL bytes, or a
    /// high share of control characters) are refused with a <see cref="DiagnosticCodes.NotText"/> error.
    /// </summary>
    /// <param name="bytes">The document.</param>
    /// <param name="options">How to read it; <see cref="ImportOptions.Default"/> when null.</param>
    /// <returns>The résumé and the account of every line, with the diagnostics.</returns>
    public static ImportResult Import(ReadOnlyMemory<byte> bytes, ImportOptions? options = null)
    {
        options ??= ImportOptions.Default;
        if (bytes.Length > Limits.MaxInputBytes)
        {
            return new ImportResult(new Resume(), options.SourceName, options.Format, options.IncludeComments, [],
                [new Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.TooLarge,
                    $"The document is {bytes.Length:N0} bytes; the largest document read is {Limits.MaxInputBytes:N0}.") { Line = 1, Column = 1 }]);
        }

        return TextInput.TryDecode(bytes.Span, out var text, out var refusal)
            ? Import(text, options)
            : new ImportResult(new Resume(), options.SourceName, options.Format, options.IncludeComments, [], [refusal!]) { IsRefused = true };
    }

    /// <summary>Converts a résumé read from a stream, to its end (see <see cref="Import(ReadOnlyMemory{byte}, ImportOptions?)"/>).</summary>
    /// <param name="stream">The document.</param>
    /// <param name="options">How to read it; <see cref="ImportOptions.Default"/> when null.</param>
    /// <returns>The résumé and the account of every line, with the diagnostics.</returns>
    public static ImportResult Import(Stream stream, ImportOptions? options = null) => Import(InputBytes.ReadAll(stream), options);

    /// <summary>A JSON Resume document starts with an object (after white space and a byte order mark).</summary>
    private static readonly string[] Root = [JsonPointer.Root];

    private static bool LooksLikeJson(string text) => text.AsSpan().TrimStart("\uFEFF \t\r\n\f").StartsWith('{');

    /// <summary>JSON is read without loss and validated; the résumé is the document as read, whatever the validator finds.</summary>
    private static ImportResult ImportJson(string text, ImportOptions options)
    {
        var yaml = options.Format == ImportFormat.Yaml;
        var format = yaml ? ImportFormat.Yaml : ImportFormat.Json;
        var read = yaml ? ResumeYaml.Read(text) : ResumeJson.Read(text);
        var lines = Normalize(text).Split('\n');
        if (read.Resume is null)
        {
            var reason = "the document is not a JSON Resume object";
            return new ImportResult(new Resume(), options.SourceName, format, options.IncludeComments,
                LineReportList.From(lines.Select((l, i) => new LineReport(i + 1, string.IsNullOrWhiteSpace(l) ? LineDisposition.Blank : LineDisposition.NotUnderstood, [], string.IsNullOrWhiteSpace(l) ? null : reason))),
                read.Diagnostics) { IsRefused = true };
        }

        var validation = ResumeValidator.Validate(text, new ValidationOptions { Format = yaml ? DocumentFormat.Yaml : DocumentFormat.Json });
        return new ImportResult(read.Resume, options.SourceName, format, options.IncludeComments,
            LineReportList.From(lines.Select((l, i) => string.IsNullOrWhiteSpace(l) ? new LineReport(i + 1, LineDisposition.Blank, [], null) : new LineReport(i + 1, LineDisposition.Imported, Root, null))),
            validation.Diagnostics);
    }

    private static ImportResult ImportDocument(string text, ImportOptions options)
    {
        var source = Normalize(text);
        var lines = source.Split('\n');
        var ledger = new LineLedger(lines);
        var format = options.Format == ImportFormat.Auto ? (FormatDetector.IsMarkdown(lines) ? ImportFormat.Markdown : ImportFormat.Text) : options.Format;
        // A document in the library's own layout (no front matter, no comments, every line read by the own reader) is
        // read exactly, without the general converter: its rules cost far more than the own reader's one pass, and
        // they could only add guesses to an exact reading.
        // The own reader's result is kept for the comparison after the general converter (the same text, read once).
        ReadResult? own = null;
        if (FrontMatter.End(lines) == 0 && !source.Contains("<!--", StringComparison.Ordinal)
            && (own = ReadOwnLayout(source, lines, format)) is { Diagnostics.Count: 0, Resume: { } exact }
            && OwnLayoutReport.IsRicher(exact, new Resume()))
        {
            IReadOnlyList<LineReport> exactLines = OwnLayoutReport.Lines(lines, exact, format == ImportFormat.Markdown);
            List<Diagnostic> notes = [new Diagnostic(DiagnosticSeverity.Info, DiagnosticCodes.ImportInferred, "The document is in this library's own layout; it was read exactly.")];
            exact = OutputGuard.Apply(exact, ref exactLines, notes);
            if (exactLines.FirstOrDefault(l => l.Disposition == LineDisposition.NotUnderstood) is { } first)
            {
                notes.Add(new Diagnostic(DiagnosticSeverity.Warning, DiagnosticCodes.ImportNotUnderstood,
                    $"{exactLines.Count(l => l.Disposition == LineDisposition.NotUnderstood)} lines hold content that was not imported (first: line {first.Line}, {first.Reason}).")
                {
                    Line = first.Line,
                    Column = 1,
                });
            }

            return new ImportResult(exact, options.SourceName, format, options.IncludeComments, exactLines, notes);
        }

        var ctx = new ImportContext(ledger, DateRecognizer.Default);
        Resume? frontMatter = null;
        var hiddenComments = 0;
        List<Block> blocks;
        if (format == ImportFormat.Markdown)
        {
            var end = FrontMatter.End(lines);
            if (end > 0)
            {
                frontMatter = FrontMatter.Read(lines, end, ledger);
            }

            var visible = HtmlComments.Process(source, options.IncludeComments, ledger, out hiddenComments);
            // Without a comment the visible text is the source, already split (no reader changes the lines).
            var visibleLines = string.Equals(visible, source, StringComparison.Ordinal) ? lines : visible.Split('\n');
            blocks = MarkdownReader.Read(visible, visibleLines, ledger);
        }
        else
        {
            blocks = PlainTextReader.Read(lines, 0, lines.Length, ledger);
        }

        MarkGaps(blocks);
        ResumeBuilder.Build(blocks, ctx);
        var resume = frontMatter is null ? ctx.Resume : Merge(frontMatter, ctx.Resume, ledger);
        if (resume.Basics is { } b && b.Name is null && b.Label is null && b.Email is null && b.Phone is null && b.Url is null && b.Summary is null
            && b.Image is null && b.Location is null && b.Profiles is null && b.ExtensionData is null)
        {
            resume.Basics = null;
        }

        var reportLines = ledger.Resolve(resume);
        var diagnostics = new List<Diagnostic>(ctx.Diagnostics);
        if (frontMatter is null && hiddenComments == 0)
        {
            // The library's own layout (as rendered by ResumeRenderer) is read exactly when that gives more.
            own ??= ReadOwnLayout(source, lines, format);
            if (own.Diagnostics.Count == 0 && own.Resume is { } ownResume && OwnLayoutReport.IsRicher(ownResume, resume))
            {
                resume = ownResume;
                reportLines = OwnLayoutReport.Lines(lines, resume, format == ImportFormat.Markdown);
                diagnostics = [new Diagnostic(DiagnosticSeverity.Info, DiagnosticCodes.ImportInferred, "The document is in this library's own layout; it was read exactly.")];
            }
        }

        // The contract: the résumé validates. Whatever a rule read that the validator rejects is left out and reported.
        resume = OutputGuard.Apply(resume, ref reportLines, diagnostics);
        if (hiddenComments > 0 && !options.IncludeComments)
        {
            diagnostics.Insert(0, new Diagnostic(DiagnosticSeverity.Warning, DiagnosticCodes.ImportHiddenComments,
                $"{hiddenComments} lines inside HTML comments were skipped.")
            {
                Hint = "Readers do not see commented-out content, so it is not imported unless asked (ImportOptions.IncludeComments).",
            });
        }
        else if (hiddenComments > 0)
        {
            diagnostics.Insert(0, new Diagnostic(DiagnosticSeverity.Info, DiagnosticCodes.ImportHiddenComments,
                $"{hiddenComments} lines are still inside HTML comments after one level of commenting was removed; they were skipped."));
        }

        var notUnderstood = reportLines.Where(l => l.Disposition == LineDisposition.NotUnderstood).ToList();
        if (notUnderstood.Count > 0)
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, DiagnosticCodes.ImportNotUnderstood,
                $"{notUnderstood.Count} lines hold content that was not imported (first: line {notUnderstood[0].Line}, {notUnderstood[0].Reason}).")
            {
                Line = notUnderstood[0].Line,
                Column = 1,
            });
        }

        if (blocks.Count == 0)
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, DiagnosticCodes.ImportEmpty, "The document holds no text to import."));
        }

        return new ImportResult(resume, options.SourceName, format, options.IncludeComments, reportLines, diagnostics);
    }

    /// <summary>
    /// The own layout's reading, used only when it has no diagnostic: it stops at the first one, and Markdown with a
    /// heading the own layout never has (<see cref="MarkdownLayoutScreen"/>, most hand-written documents) is not parsed.
    /// </summary>
    private static ReadResult ReadOwnLayout(string source, string[] lines, ImportFormat format)
    {
        if (format != ImportFormat.Markdown)
        {
            return ReadText(source, stopAtFirstProblem: true);
        }

        return MarkdownLayoutScreen.FirstProblemLine(lines) is var line and > 0
            ? new ReadResult(new Resume(), [new Diagnostic(DiagnosticSeverity.Warning, DiagnosticCodes.OwnFormatNotUnderstood,
                "This heading is not one the library's own layout writes; the document was not read as that layout.") { Line = line, Column = 1 }])
            : ReadMarkdown(source, stopAtFirstProblem: true);
    }

    private static string Normalize(string text)
    {
        var s = text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
        return s.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
    }

    private static void MarkGaps(List<Block> blocks)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            if (i == 0 || blocks[i].FirstLine > blocks[i - 1].LastLine + 1)
            {
                blocks[i].Gap = true;
            }
        }
    }

    /// <summary>Front matter fields win; the body fills what the front matter leaves out.</summary>
    private static Resume Merge(Resume front, Resume body, LineLedger ledger)
    {
        ledger.Redirect(body, front);
        if (body.Basics is not null && front.Basics is not null)
        {
            ledger.Redirect(body.Basics, front.Basics);
        }

        if (front.Basics is null)
        {
            front.Basics = body.Basics;
        }
        else if (body.Basics is { } b)
        {
            var f = front.Basics;
            f.Name ??= b.Name;
            f.Label ??= b.Label;
            f.Email ??= b.Email;
            f.Phone ??= b.Phone;
            f.Url ??= b.Url;
            f.Summary ??= b.Summary;
            f.Image ??= b.Image;
            f.Location ??= b.Location;
            f.Profiles ??= b.Profiles;
        }

        foreach (var section in ResumeSections.All)
        {
            section.FillFrom(front, body);
        }

        return front;
    }
}
