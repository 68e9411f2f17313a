using JsonResume.Diagnostics;
using JsonResume.Import.Foreign;
using JsonResume.Import.Recognition;
using JsonResume.Model;
using JsonResume.Vocabulary;

namespace JsonResume.Import;

public static partial class ResumeImporter
{
    /// <summary>
    /// Converts a résumé written by hand (Markdown or plain text, in any of the usual layouts) into JSON Resume, with
    /// an account of every line: the JSON Pointer(s) it went to, or why it was not understood, or what hid it.
    /// </summary>
    /// <param name="text">The document.</param>
    /// <param name="options">How to read it; defaults detect the format and skip HTML comments.</param>
    /// <returns>The résumé (always valid against the JSON Resume schema) and the conversion report.</returns>
    public static ImportResult Import(string text, ImportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        options ??= new ImportOptions();
        var source = Normalize(text);
        var lines = source.Split('\n');
        var ledger = new LineLedger(lines);
        var format = options.Format == ImportFormat.Auto ? FormatDetector.Detect(lines) : options.Format;
        var ctx = new ImportContext(ledger, options.MonthNames is null ? DateRecognizer.Default : new DateRecognizer(options.MonthNames));
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
            var visibleLines = visible.Split('\n');
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
            var own = format == ImportFormat.Markdown ? ReadMarkdown(source) : ReadText(source);
            if (own.Diagnostics.Count == 0 && own.Resume is { } ownResume && OwnLayoutReport.IsRicher(ownResume, resume))
            {
                resume = ownResume;
                reportLines = OwnLayoutReport.Lines(lines, resume, format == ImportFormat.Markdown);
                diagnostics = [new Diagnostic(DiagnosticSeverity.Info, DiagnosticCodes.ImportInferred, "The document is in this library's own layout; it was read exactly.")];
            }
        }

        if (hiddenComments > 0 && !options.IncludeComments)
        {
            diagnostics.Insert(0, new Diagnostic(DiagnosticSeverity.Warning, DiagnosticCodes.ImportHiddenComments,
                $"{hiddenComments} lines inside HTML comments were skipped; use --include-comments to import them.")
            {
                Hint = "Readers do not see commented-out content, so it is not imported unless asked (library: ImportOptions.IncludeComments).",
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

        return new ImportResult(resume, new ConversionReport(options.SourceName, format, options.IncludeComments, reportLines, diagnostics));
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
