using System.Globalization;
using JsonResume.Cli.Reports;
using JsonResume.Diagnostics;

namespace JsonResume.Cli.Output;

/// <summary>
/// Human-readable output in the style of gcc and MSBuild, which editors and problem matchers understand:
/// <c>resume.json:12:18: error JR1003: /work/0/startDate: message</c>, an indented <c>hint:</c> line where one helps,
/// then one summary line per file (<c>resume.json: valid</c>) and a total when several files were checked.
/// </summary>
internal sealed class TextReportWriter : IReportWriter
{
    private const string Reset = "\e[0m";
    private const string Bold = "\e[1m";
    private const string Red = "\e[31m";
    private const string Yellow = "\e[33m";
    private const string Cyan = "\e[36m";
    private const string Green = "\e[32m";
    private const string Dim = "\e[2m";

    /// <inheritdoc/>
    public void Write(IReadOnlyList<FileResult> results, ReportContext context, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(output);
        var paint = new Painter(context.UseColor);
        foreach (var result in results)
        {
            foreach (var diagnostic in result.Diagnostics)
            {
                WriteDiagnostic(result.Path, diagnostic, paint, output);
            }

            if (!context.Quiet)
            {
                output.WriteLine($"{paint.Apply(Bold, result.Path)}: {Summary(result, paint)}");
            }
        }

        if (!context.Quiet && results.Count > 1)
        {
            var valid = results.Count(r => r.Status == FileStatus.Valid);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{Count(results.Count, "file")} checked: {valid} valid, {results.Count - valid} not valid"));
        }
    }

    /// <summary>Writes one finding as a <c>file:line:col: error CODE: /pointer: message</c> line and its hint.</summary>
    /// <param name="path">How to name the file.</param>
    /// <param name="diagnostic">The finding.</param>
    /// <param name="useColor">Whether to use ANSI colours.</param>
    /// <param name="output">Where to write.</param>
    internal static void WriteDiagnostic(string path, Diagnostic diagnostic, bool useColor, TextWriter output) =>
        WriteDiagnostic(path, diagnostic, new Painter(useColor), output);

    private static void WriteDiagnostic(string path, Diagnostic diagnostic, Painter paint, TextWriter output)
    {
        var where = diagnostic.Line > 0
            ? string.Create(CultureInfo.InvariantCulture, $"{path}:{diagnostic.Line}:{diagnostic.Column}")
            : path;
        var (word, colour) = diagnostic.Severity switch
        {
            DiagnosticSeverity.Error => ("error", Red),
            DiagnosticSeverity.Warning => ("warning", Yellow),
            _ => ("info", Cyan),
        };
        var pointer = diagnostic.InstanceLocation.Length > 0 ? $"{diagnostic.InstanceLocation}: " : "";
        output.WriteLine($"{paint.Apply(Bold, where)}: {paint.Apply(colour, word)} {diagnostic.Code}: {pointer}{diagnostic.Message}");
        if (!string.IsNullOrEmpty(diagnostic.Hint))
        {
            output.WriteLine($"  {paint.Apply(Dim, "hint:")} {diagnostic.Hint}");
        }
    }

    private static string Summary(FileResult result, Painter paint)
    {
        var warnings = result.WarningCount > 0 ? ", " + Count(result.WarningCount, "warning") : "";
        return result.Status switch
        {
            FileStatus.Valid => paint.Apply(Green, "valid") + warnings,
            FileStatus.Unreadable => paint.Apply(Red, "not read"),
            FileStatus.Unparseable => paint.Apply(Red, "not JSON") + ", " + Count(result.ErrorCount, "error"),
            // Invalid without errors: warnings fail it (--fail-on warning, or failOn in the configuration file).
            _ when result.ErrorCount == 0 => paint.Apply(Red, Count(result.WarningCount, "warning")) + " (failing on warnings)",
            _ => paint.Apply(Red, Count(result.ErrorCount, "error")) + warnings,
        };
    }

    private static string Count(int n, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{n} {noun}{(n == 1 ? "" : "s")}");

    private readonly record struct Painter(bool Enabled)
    {
        public string Apply(string style, string text) => Enabled ? style + text + Reset : text;
    }
}
