using JsonResume.Cli.Common;
using System.Text.Json;
using JsonResume.Cli.Reports;
using JsonResume.Diagnostics;

namespace JsonResume.Cli.Output;

/// <summary>
/// SARIF 2.1.0 (one run; a rule per code used, with its full description and help link; a result per finding with its file, line and column and its
/// JSON Pointer as a logical location), as GitHub code scanning and other SARIF viewers load it.
/// </summary>
internal sealed class SarifReportWriter : IReportWriter
{
    /// <summary>The SARIF schema the output follows.</summary>
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    /// <inheritdoc/>
    public void Write(IReadOnlyList<FileResult> results, ReportContext context, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(output);
        var rules = results.SelectMany(r => r.Diagnostics).Select(d => d.Code).Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal).ToList();
        JsonOutput.Write(output, w =>
        {
            w.WriteStartObject();
            w.WriteString("$schema", SchemaUri);
            w.WriteString("version", "2.1.0");
            w.WriteStartArray("runs");
            w.WriteStartObject();
            WriteTool(w, rules);
            w.WriteStartArray("results");
            foreach (var result in results)
            {
                foreach (var diagnostic in result.Diagnostics)
                {
                    WriteResult(w, result, diagnostic, rules.IndexOf(diagnostic.Code), context.CurrentDirectory);
                }
            }

            w.WriteEndArray();
            w.WriteString("columnKind", "unicodeCodePoints");
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteEndObject();
        });
    }

    private static void WriteTool(Utf8JsonWriter w, List<string> rules)
    {
        w.WriteStartObject("tool");
        w.WriteStartObject("driver");
        w.WriteString("name", CliMessages.CommandName);
        w.WriteString("informationUri", ToolInfo.InformationUri.AbsoluteUri);
        w.WriteString("version", ToolInfo.Version);
        w.WriteStartArray("rules");
        foreach (var code in rules)
        {
            var rule = RuleCatalog.Get(code);
            w.WriteStartObject();
            w.WriteString("id", rule.Code);
            w.WriteStartObject("shortDescription");
            w.WriteString("text", rule.Title);
            w.WriteEndObject();
            w.WriteStartObject("fullDescription");
            w.WriteString("text", rule.Description);
            w.WriteEndObject();
            w.WriteString("helpUri", RuleCatalog.HelpUri(rule).AbsoluteUri);
            w.WriteStartObject("defaultConfiguration");
            w.WriteString("level", Level(rule.Severity));
            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static string Level(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "note",
    };

    private static void WriteResult(Utf8JsonWriter w, FileResult result, Diagnostic d, int ruleIndex, string currentDirectory)
    {
        w.WriteStartObject();
        w.WriteString("ruleId", d.Code);
        w.WriteNumber("ruleIndex", ruleIndex);
        w.WriteString("level", Level(d.Severity));
        w.WriteStartObject("message");
        w.WriteString("text", string.IsNullOrEmpty(d.Hint) ? d.Message : $"{d.Message} Hint: {d.Hint}");
        w.WriteEndObject();
        w.WriteStartArray("locations");
        var physical = !result.Source.IsStandardInput;
        var logical = d.InstanceLocation.Length > 0;
        if (physical || logical)
        {
            w.WriteStartObject();
            if (physical)
            {
                WritePhysicalLocation(w, result.Source.FullPath!, d, currentDirectory);
            }

            if (logical)
            {
                w.WriteStartArray("logicalLocations");
                w.WriteStartObject();
                w.WriteString("fullyQualifiedName", d.InstanceLocation);
                w.WriteString("kind", "value");
                w.WriteEndObject();
                w.WriteEndArray();
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WritePhysicalLocation(Utf8JsonWriter w, string fullPath, Diagnostic d, string currentDirectory)
    {
        w.WriteStartObject("physicalLocation");
        w.WriteStartObject("artifactLocation");
        var (uri, relative) = ArtifactUri(fullPath, currentDirectory);
        w.WriteString("uri", uri);
        if (relative)
        {
            w.WriteString("uriBaseId", "%SRCROOT%");
        }

        w.WriteEndObject();
        if (d.Line > 0)
        {
            w.WriteStartObject("region");
            w.WriteNumber("startLine", d.Line);
            w.WriteNumber("startColumn", d.Column);
            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    /// <summary>A file's URI: relative to the working folder with forward slashes when inside it, else absolute.</summary>
    /// <param name="fullPath">The file's absolute path.</param>
    /// <param name="currentDirectory">The working folder.</param>
    /// <returns>The URI, and whether it is relative.</returns>
    public static (string Uri, bool Relative) ArtifactUri(string fullPath, string currentDirectory)
    {
        var relative = Path.GetRelativePath(currentDirectory, fullPath);
        if (relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative))
        {
            return (new Uri(fullPath).AbsoluteUri, false);
        }

        var segments = relative.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        return (string.Join('/', segments.Select(Uri.EscapeDataString)), true);
    }
}
