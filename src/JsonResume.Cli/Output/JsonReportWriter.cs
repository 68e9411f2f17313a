using System.Text.Json;
using JsonResume.Cli.Common;
using JsonResume.Cli.Reports;
using JsonResume.Diagnostics;

namespace JsonResume.Cli.Output;

/// <summary>
/// A stable machine-readable report (shape version 1, documented in README): every file with its verdict and findings,
/// then a summary. Every property is always present; unknown values are <c>null</c>.
/// </summary>
internal sealed class JsonReportWriter : IReportWriter
{
    /// <summary>The version of the report's shape; it changes only if a property changes meaning or disappears.</summary>
    public const int ShapeVersion = 1;

    /// <inheritdoc/>
    public void Write(IReadOnlyList<FileResult> results, ReportContext context, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(context);
        JsonOutput.WriteReport(output, ShapeVersion, w =>
        {
            w.WriteStartArray("files");
            foreach (var result in results)
            {
                WriteFile(w, result);
            }

            w.WriteEndArray();
            WriteRules(w, results);
            w.WriteStartObject("summary");
            w.WriteNumber("files", results.Count);
            w.WriteNumber("valid", results.Count(r => r.Status == FileStatus.Valid));
            w.WriteNumber("invalid", results.Count(r => r.Status == FileStatus.Invalid));
            w.WriteNumber("unparseable", results.Count(r => r.Status == FileStatus.Unparseable));
            w.WriteNumber("unreadable", results.Count(r => r.Status == FileStatus.Unreadable));
            w.WriteNumber("errors", results.Sum(r => r.ErrorCount));
            w.WriteNumber("warnings", results.Sum(r => r.WarningCount));
            w.WriteNumber("exitCode", context.ExitCode);
            w.WriteEndObject();
        });
    }

    private static void WriteFile(Utf8JsonWriter w, FileResult result)
    {
        w.WriteStartObject();
        w.WriteString("path", result.Path);
        w.WriteString("status", result.Status switch
        {
            FileStatus.Valid => "valid",
            FileStatus.Invalid => "invalid",
            FileStatus.Unparseable => "unparseable",
            _ => "unreadable",
        });
        w.WriteBoolean("valid", result.Status == FileStatus.Valid);
        w.WriteNumber("errors", result.ErrorCount);
        w.WriteNumber("warnings", result.WarningCount);
        w.WriteStartArray("diagnostics");
        foreach (var d in result.Diagnostics)
        {
            WriteDiagnostic(w, d);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>
    /// <c>rules</c>: every code the files' findings use, in code order, with its title, full description, severity as
    /// reported before <c>--strict</c>, and help link.
    /// </summary>
    private static void WriteRules(Utf8JsonWriter w, IReadOnlyList<FileResult> results)
    {
        w.WriteStartObject("rules");
        foreach (var code in results.SelectMany(r => r.Diagnostics).Select(d => d.Code).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var rule = RuleCatalog.Get(code);
            w.WriteStartObject(code);
            w.WriteString("severity", SeverityName(rule.Severity));
            w.WriteString("title", rule.Title);
            w.WriteString("description", rule.Description);
            w.WriteString("helpUri", RuleCatalog.HelpUri(rule).AbsoluteUri);
            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    private static string SeverityName(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "info",
    };

    /// <summary>Writes one finding as the report's diagnostic object (every property present, null when unknown).</summary>
    /// <param name="w">The writer.</param>
    /// <param name="d">The finding.</param>
    internal static void WriteDiagnostic(Utf8JsonWriter w, Diagnostic d)
    {
        w.WriteStartObject();
        w.WriteString("severity", SeverityName(d.Severity));
        w.WriteString("code", d.Code);
        w.WriteString("message", d.Message);
        w.WriteString("pointer", d.InstanceLocation);
        w.StringOrNull("schemaLocation", d.SchemaLocation);
        w.NumberOrNull("line", d.Line);
        w.NumberOrNull("column", d.Column);
        w.StringOrNull("found", d.Found);
        w.StringOrNull("hint", d.Hint);
        w.WriteEndObject();
    }
}
