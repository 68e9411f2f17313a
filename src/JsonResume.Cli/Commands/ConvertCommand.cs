using System.CommandLine;
using System.Text;
using JsonResume.Cli.Inputs;
using JsonResume.Cli.Output;
using JsonResume.Diagnostics;
using JsonResume.Import;
using JsonResume.Json;
using JsonResume.Validation;

namespace JsonResume.Cli.Commands;

/// <summary>
/// <c>jsonresume convert FILE [-o OUT.json] [--from auto|markdown|text] [--include-comments] [--report text|json] [--force]</c>:
/// a résumé written by hand (Markdown or plain text) to JSON Resume; a JSON Resume file is validated and normalised.
/// </summary>
public static class ConvertCommand
{
    /// <summary>The names accepted by <c>--from</c>.</summary>
    public static IReadOnlyList<string> Formats { get; } = ["auto", "markdown", "text"];

    /// <summary>The names accepted by <c>--report</c>.</summary>
    public static IReadOnlyList<string> ReportFormats { get; } = ["text", "json"];

    /// <summary>Builds the command.</summary>
    /// <param name="environment">What the command reads and writes.</param>
    /// <returns>The command, with its action.</returns>
    public static Command Create(CliEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var file = new Argument<string>("file") { Description = "The résumé to convert (Markdown, plain text, or JSON Resume), or - for standard input." };
        var output = new Option<string?>("--output", "-o") { Description = "Write the JSON to this file instead of standard output (never the input file).", HelpName = "file" };
        var from = new Option<string>("--from")
        {
            Description = "The input format; auto decides from the content, not the file name.",
            DefaultValueFactory = _ => "auto",
            HelpName = string.Join('|', Formats),
        };
        from.CompletionSources.Add([.. Formats]);
        from.Validators.Add(result => Accept(result, Formats, "format"));
        var includeComments = new Option<bool>("--include-comments")
        {
            Description = "Import content inside HTML comments (one level of commenting is removed; deeper levels stay hidden).",
        };
        var report = new Option<string?>("--report")
        {
            Description = "Print the conversion report (what became of every line) to standard error.",
            HelpName = string.Join('|', ReportFormats),
        };
        report.CompletionSources.Add([.. ReportFormats]);
        report.Validators.Add(result => Accept(result, ReportFormats, "report format"));
        var force = new Option<bool>("--force") { Description = "Replace the output file when it exists." };
        var command = new Command("convert", "Convert a résumé written in Markdown or plain text to JSON Resume, reporting what became of every line.")
        {
            file, output, from, includeComments, report, force,
        };
        command.SetAction(parseResult => Run(
            parseResult.GetValue(file)!,
            parseResult.GetValue(output),
            new Settings(parseResult.GetValue(from) ?? "auto", parseResult.GetValue(includeComments), parseResult.GetValue(report), parseResult.GetValue(force)),
            environment));
        return command;
    }

    /// <summary>Converts one file.</summary>
    /// <param name="file">The input path, or <c>-</c>.</param>
    /// <param name="output">The output file; standard output when null.</param>
    /// <param name="settings">How to read and report.</param>
    /// <param name="environment">What to read and write.</param>
    /// <returns>0 when converted (or a valid JSON Resume was normalised), 1 when a JSON Resume input is invalid, 2 for usage and input/output errors.</returns>
    public static int Run(string file, string? output, Settings settings, CliEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(environment);
        var source = file == "-" ? InputSource.StandardInput : new InputSource(file, Path.GetFullPath(file, environment.CurrentDirectory));
        var target = output is null ? null : Path.GetFullPath(output, environment.CurrentDirectory);
        if (target is not null && source.FullPath is not null && string.Equals(target, source.FullPath, OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal))
        {
            environment.Error.WriteLine($"{JsonResumeCli.CommandName}: error: the output {output} is the input; convert never overwrites its input.");
            return ExitCodes.Usage;
        }

        if (!InputReader.TryRead(source, environment.OpenInput, out var bytes, out var problem))
        {
            environment.Error.WriteLine($"{source.DisplayPath}: error {DiagnosticCodes.Unreadable}: Cannot read the input: {problem}.");
            return ExitCodes.Usage;
        }

        var text = Decode(bytes);
        if (IsJson(source, text))
        {
            return Normalise(source, bytes, target, output, settings.Force, environment);
        }

        var format = settings.From switch { "markdown" => ImportFormat.Markdown, "text" => ImportFormat.Text, _ => ImportFormat.Auto };
        var result = ResumeImporter.Import(text, new ImportOptions { Format = format, IncludeComments = settings.IncludeComments, SourceName = source.DisplayPath });
        foreach (var diagnostic in result.Report.Diagnostics.Where(d => d.Severity != DiagnosticSeverity.Info || settings.Report is not null))
        {
            environment.Error.WriteLine(Located(source, diagnostic));
        }

        if (settings.Report == "json")
        {
            environment.Error.Write(result.Report.ToJson());
        }
        else if (settings.Report == "text")
        {
            environment.Error.Write(result.Report.ToText());
        }

        return Write(ResumeJson.Write(result.Resume), target, output, settings.Force, environment);
    }

    private static int Normalise(InputSource source, byte[] bytes, string? target, string? output, bool force, CliEnvironment environment)
    {
        var read = ResumeJson.Read(bytes);
        if (read.Resume is null)
        {
            foreach (var d in read.Diagnostics)
            {
                environment.Error.WriteLine(Located(source, d));
            }

            return ExitCodes.Usage;
        }

        var validation = ResumeValidator.Validate(bytes);
        foreach (var d in validation.Diagnostics)
        {
            environment.Error.WriteLine(Located(source, d));
        }

        var written = Write(ResumeJson.Write(read.Resume), target, output, force, environment);
        return ExitCodes.Worst(written, validation.IsValid ? ExitCodes.Valid : ExitCodes.Invalid);
    }

    private static int Write(string json, string? target, string? output, bool force, CliEnvironment environment)
    {
        if (target is null)
        {
            environment.Output.Write(json);
            return ExitCodes.Valid;
        }

        if (!AtomicFile.TryWrite(target, json, force, out var problem))
        {
            environment.Error.WriteLine($"{JsonResumeCli.CommandName}: error: cannot write {output}: {problem}.");
            return ExitCodes.Usage;
        }

        return ExitCodes.Valid;
    }

    private static string Located(InputSource source, Diagnostic d) => d.Line > 0 ? $"{source.DisplayPath}:{d}" : $"{source.DisplayPath}: {d}";

    private static string Decode(byte[] bytes)
    {
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            return (bytes[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode).GetString(bytes, 2, bytes.Length - 2);
        }

        var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        return Encoding.UTF8.GetString(bytes, start, bytes.Length - start);
    }

    private static bool IsJson(InputSource source, string text) =>
        (source.FullPath?.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ?? false) || text.TrimStart().StartsWith('{');

    private static void Accept(System.CommandLine.Parsing.OptionResult result, IReadOnlyList<string> names, string what)
    {
        var value = result.GetValueOrDefault<string?>();
        if (value is not null && !names.Contains(value))
        {
            result.AddError($"Unknown {what} '{value}': use one of {string.Join(", ", names)}.");
        }
    }

    /// <summary>How <c>convert</c> reads and reports.</summary>
    /// <param name="From">auto, markdown or text.</param>
    /// <param name="IncludeComments">Whether content inside HTML comments is imported.</param>
    /// <param name="Report">text or json to print the full report; null for warnings only.</param>
    /// <param name="Force">Whether an existing output file may be replaced.</param>
    public sealed record Settings(string From, bool IncludeComments, string? Report, bool Force);
}
