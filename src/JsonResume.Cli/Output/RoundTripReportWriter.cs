using JsonResume.Cli.Common;
using System.Globalization;
using System.Text.Json;
using JsonResume.Cli.Reports;
using JsonResume.RoundTrip;

namespace JsonResume.Cli.Output;

/// <summary>
/// The report of <c>jsonresume roundtrip</c>. Text: one line per input and format (<c>resume.json: markdown: lossless</c>),
/// each difference indented under it with its JSON Pointer. JSON: the same as a stable document.
/// </summary>
internal static class RoundTripReportWriter
{
    /// <summary>Writes the text report.</summary>
    /// <param name="results">One result per input.</param>
    /// <param name="output">Where to write.</param>
    public static void WriteText(IReadOnlyList<RoundTripFileResult> results, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(output);
        foreach (var result in results)
        {
            if (result.Problems.Count > 0)
            {
                foreach (var line in result.Problems)
                {
                    output.WriteLine(line);
                }

                output.WriteLine($"{result.Source.DisplayPath}: not checked");
                continue;
            }

            foreach (var check in result.Checks)
            {
                var via = Name(check.Via);
                var normalized = check.NormalizedCount == 0 ? "" : $" ({Count(check.NormalizedCount, "value")} normalised by the white-space rule)";
                output.WriteLine(check.IsLossless
                    ? $"{result.Source.DisplayPath}: {via}: lossless{normalized}"
                    : $"{result.Source.DisplayPath}: {via}: {Count(check.Differences.Count, "difference")}{normalized}");
                foreach (var difference in check.Differences)
                {
                    output.WriteLine("  " + difference);
                }
            }
        }

        if (results.Count > 1)
        {
            var lossless = results.Count(r => r.ExitCode == ExitCodes.Success);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{Count(results.Count, "file")} checked: {lossless} lossless, {results.Count - lossless} not"));
        }
    }

    /// <summary>Writes the JSON report.</summary>
    /// <param name="results">One result per input.</param>
    /// <param name="exitCode">The exit code of the run.</param>
    /// <param name="output">Where to write.</param>
    public static void WriteJson(IReadOnlyList<RoundTripFileResult> results, int exitCode, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(results);
        JsonOutput.Write(output, w =>
        {
            w.WriteStartObject();
            w.WriteNumber("exitCode", exitCode);
            w.WriteBoolean("lossless", exitCode == ExitCodes.Success);
            w.WriteStartArray("files");
            foreach (var result in results)
            {
                w.WriteStartObject();
                w.WriteString("path", result.Source.DisplayPath);
                w.WriteString("status", result.Problems.Count > 0 ? "not-checked" : result.ExitCode == ExitCodes.Success ? "lossless" : "lossy");
                w.WriteStartArray("problems");
                foreach (var line in result.Problems)
                {
                    w.WriteStringValue(line);
                }

                w.WriteEndArray();
                w.WriteStartArray("checks");
                foreach (var check in result.Checks)
                {
                    w.WriteStartObject();
                    w.WriteString("via", Name(check.Via));
                    w.WriteBoolean("lossless", check.IsLossless);
                    w.WriteNumber("normalized", check.NormalizedCount);
                    w.WriteStartArray("differences");
                    foreach (var d in check.Differences)
                    {
                        w.WriteStartObject();
                        w.WriteString("kind", d.Kind.ToString().ToLowerInvariant());
                        w.WriteString("pointer", d.Pointer);
                        Raw(w, "before", d.Before);
                        Raw(w, "after", d.After);
                        w.WriteEndObject();
                    }

                    w.WriteEndArray();
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        });
    }

    /// <summary>The name users give a format.</summary>
    /// <param name="via">The format.</param>
    /// <returns>Its name.</returns>
    public static string Name(RoundTripVia via) => via.ToString().ToLowerInvariant();

    /// <summary>A value as JSON; left out when that side has none (an added or removed value).</summary>
    private static void Raw(Utf8JsonWriter w, string name, string? json)
    {
        if (json is not null)
        {
            using var value = JsonDocument.Parse(json);
            w.WritePropertyName(name);
            value.RootElement.WriteTo(w);
        }
    }

    private static string Count(int n, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{n} {noun}{(n == 1 ? "" : "s")}");
}
