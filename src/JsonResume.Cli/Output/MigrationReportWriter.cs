using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using JsonResume.Cli.Reports;
using JsonResume.Diagnostics;
using JsonResume.Migration;

namespace JsonResume.Cli.Output;

/// <summary>
/// The report of <c>jsonresume migrate</c>: every change (pointer, description, old and new value), what still breaks a
/// rule, and a summary line; or the same as a JSON document (shape version 1, documented in README).
/// </summary>
internal static class MigrationReportWriter
{
    /// <summary>The version of the JSON report's shape.</summary>
    public const int ShapeVersion = 1;

    private const string Yellow = "\e[33m";
    private const string Reset = "\e[0m";

    /// <summary>Writes the report as text.</summary>
    /// <param name="outcome">What the run did.</param>
    /// <param name="useColor">Whether to use ANSI colours.</param>
    /// <param name="output">Where to write.</param>
    public static void WriteText(MigrationOutcome outcome, bool useColor, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(output);
        foreach (var diagnostic in outcome.InputDiagnostics)
        {
            TextReportWriter.WriteDiagnostic(outcome.Source.DisplayPath, diagnostic, useColor, output);
        }

        foreach (var change in outcome.Changes)
        {
            var warning = change.IsUnplaced ? (useColor ? $"{Yellow}warning{Reset}: " : "warning: ") : "";
            output.WriteLine($"{change.Pointer}: {warning}{change.Description}");
            output.WriteLine($"  old: {Readable(change.OldValue)}");
            output.WriteLine($"  new: {Readable(change.NewValue)}");
        }

        foreach (var diagnostic in outcome.Diagnostics)
        {
            TextReportWriter.WriteDiagnostic(outcome.DiagnosticsPath, diagnostic, useColor, output);
        }

        output.WriteLine($"{outcome.Source.DisplayPath}: {Summary(outcome)}");
    }

    /// <summary>Writes the report as JSON.</summary>
    /// <param name="outcome">What the run did.</param>
    /// <param name="output">Where to write.</param>
    public static void WriteJson(MigrationOutcome outcome, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        JsonOutput.WriteReport(output, ShapeVersion, w =>
        {
            w.WriteString("input", outcome.Source.DisplayPath);
            w.StringOrNull("output", outcome.Output);
            w.StringOrNull("backup", outcome.Backup);
            w.WriteString("status", outcome.Status switch
            {
                MigrationStatus.Migrated => "migrated",
                MigrationStatus.Unchanged => "unchanged",
                _ => "unparseable",
            });
            w.WriteBoolean("valid", outcome.Valid);
            w.WriteStartArray("changes");
            foreach (var change in outcome.Changes)
            {
                WriteChange(w, change);
            }

            w.WriteEndArray();
            w.WriteStartArray("inputDiagnostics");
            foreach (var diagnostic in outcome.InputDiagnostics)
            {
                JsonReportWriter.WriteDiagnostic(w, diagnostic);
            }

            w.WriteEndArray();
            w.WriteStartArray("diagnostics");
            foreach (var diagnostic in outcome.Diagnostics)
            {
                JsonReportWriter.WriteDiagnostic(w, diagnostic);
            }

            w.WriteEndArray();
            w.WriteNumber("exitCode", outcome.ExitCode);
        });
    }

    private static void WriteChange(Utf8JsonWriter w, MigrationChange change)
    {
        w.WriteStartObject();
        w.WriteString("pointer", change.Pointer);
        w.WriteString("description", change.Description);
        WriteValue(w, "old", change.OldValue);
        WriteValue(w, "new", change.NewValue);
        w.WriteBoolean("setAside", change.IsUnplaced);
        w.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter w, string name, string? json)
    {
        w.WritePropertyName(name);
        if (json is null)
        {
            w.WriteNullValue();
            return;
        }

        using var document = JsonDocument.Parse(json);
        document.RootElement.WriteTo(w);
    }

    /// <summary>A value as compact JSON text with its characters as they are (no \u escapes), or <c>(none)</c>.</summary>
    private static string Readable(string? json)
    {
        if (json is null)
        {
            return "(none)";
        }

        using var document = JsonDocument.Parse(json);
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            document.RootElement.WriteTo(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static string Summary(MigrationOutcome outcome)
    {
        if (outcome.Status == MigrationStatus.Unparseable)
        {
            return "not JSON, nothing migrated";
        }

        var setAside = outcome.Changes.Count(c => c.IsUnplaced);
        var parts = new List<string>
        {
            outcome.Status == MigrationStatus.Unchanged
                ? $"already JSON Resume {ToolInfo.SchemaVersion}, no changes"
                : Count(outcome.Changes.Count, "change") + (setAside > 0 ? $" ({setAside} set aside under {ResumeMigrator.UnplacedProperty})" : ""),
        };
        if (outcome.Status == MigrationStatus.Migrated || !outcome.Valid)
        {
            parts.Add(outcome.Valid
                ? $"valid JSON Resume {ToolInfo.SchemaVersion}"
                : $"still not valid ({Count(outcome.ErrorCount, "error")})");
        }

        if (outcome.Backup is not null)
        {
            parts.Add($"replaced it, the original is in {outcome.Backup}");
        }
        else if (outcome.Output is null)
        {
            parts.Add("left as it was");
        }
        else if (outcome.Output != MigrationOutcome.StandardOutputName)
        {
            parts.Add($"written to {outcome.Output}");
        }

        return string.Join("; ", parts);
    }

    private static string Count(int n, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{n} {noun}{(n == 1 ? "" : "s")}");
}
