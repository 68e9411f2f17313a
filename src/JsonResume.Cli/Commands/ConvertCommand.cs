using System.CommandLine;
using JsonResume.Cli.Common;
using JsonResume.Diagnostics;
using JsonResume.Import;
using JsonResume.Json;

namespace JsonResume.Cli.Commands;

/// <summary>
/// <c>jsonresume convert FILE [-o OUT.json] [--from auto|markdown|text|json] [--include-comments] [--report text|json] [--force]</c>:
/// a résumé written by hand (Markdown or plain text) to JSON Resume; a JSON Resume file is validated and normalised.
/// The work is <see cref="ResumeImporter.Import(ReadOnlyMemory{byte}, ImportOptions?)"/> (encoding and format detection
/// included); the command reads the bytes, calls it and prints.
/// </summary>
internal static class ConvertCommand
{
    /// <summary>The command's name on the command line.</summary>
    public const string Name = "convert";

    /// <summary>Builds the command.</summary>
    /// <param name="environment">What the command reads and writes.</param>
    /// <returns>The command, with its action.</returns>
    public static Command Create(CliEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var file = new Argument<string>("file") { Description = "The résumé to convert (Markdown, plain text, or JSON Resume; any usual encoding), or - for standard input. The library call is ResumeImporter.Import." };
        var output = new Option<string?>("--output", "-o") { Description = "Write the JSON to this file instead of standard output (never the input file).", HelpName = "file" };
        var from = new ChoiceOption<ConvertFrom>("--from", "The input format; auto decides from the content, not the file name.", "format", ConvertFrom.Auto);
        var includeComments = new Option<bool>("--include-comments")
        {
            Description = "Import content inside HTML comments (one level of commenting is removed; deeper levels stay hidden).",
        };
        var report = new ChoiceOption<TextOrJson>("--report", "Print the conversion report (what became of every line) to standard error.", "report format", null);
        var force = CliArguments.Force();
        var command = new Command(Name, CommandSummaries.Convert)
        {
            file, output, from.Option, includeComments, report.Option, force,
        };
        command.SetAction(parseResult => Run(
            InputSource.FromArgument(parseResult.GetValue(file)!, environment.CurrentDirectory),
            OutputTarget.For(parseResult.GetValue(output), environment.CurrentDirectory),
            new Settings(from.Get(parseResult) ?? ConvertFrom.Auto, parseResult.GetValue(includeComments), report.Get(parseResult), parseResult.GetValue(force)),
            environment));
        return command;
    }

    /// <summary>Converts one file.</summary>
    /// <param name="source">The input.</param>
    /// <param name="target">Standard output or a file.</param>
    /// <param name="settings">How to read and report.</param>
    /// <param name="environment">What to read and write.</param>
    /// <returns>0 when converted (or a valid JSON Resume was normalised), 1 when a JSON Resume input is invalid, 2 for usage and input/output errors and input that is not text.</returns>
    public static int Run(InputSource source, OutputTarget target, Settings settings, CliEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(environment);
        var check = target.Check(source, settings.Force);
        if (check != OutputCheck.Ready)
        {
            return CliMessages.Error(environment.Error, target.Describe(check, "convert"));
        }

        if (!InputReader.TryRead(source, environment.OpenInput, out var bytes, out var problem))
        {
            environment.Error.WriteLine(CliMessages.Located(source, CliMessages.Unreadable(problem)));
            return ExitCodes.Error;
        }

        // The library detects the encoding and the format; the CLI only names the format the user chose, and reads a
        // file named *.json as JSON Resume and one named *.yaml or *.yml as JSON Resume in YAML.
        var format = settings.From switch
        {
            ConvertFrom.Markdown => ImportFormat.Markdown,
            ConvertFrom.Text => ImportFormat.Text,
            ConvertFrom.Json => ImportFormat.Json,
            ConvertFrom.Yaml => ImportFormat.Yaml,
            _ when InputFormats.FromPath(source.FullPath) is { } named => named == DocumentFormat.Yaml ? ImportFormat.Yaml : ImportFormat.Json,
            _ => ImportFormat.Auto,
        };
        var result = ResumeImporter.Import(bytes, new ImportOptions { Format = format, IncludeComments = settings.IncludeComments, SourceName = source.DisplayPath });
        foreach (var diagnostic in result.Diagnostics.Where(d => d.Severity != DiagnosticSeverity.Info || settings.Report is not null))
        {
            environment.Error.WriteLine(CliMessages.Located(source, WithOptionHint(diagnostic, result.Format)));
        }

        if (result.IsRefused)
        {
            return ExitCodes.Error;
        }

        if (settings.Report == TextOrJson.Json)
        {
            environment.Error.Write(result.ToJson());
        }
        else if (settings.Report == TextOrJson.Text)
        {
            environment.Error.Write(result.ToText());
        }

        var written = target.Write(w => ResumeJson.WriteText(result.Resume, w), settings.Force, environment);
        var invalid = result.Format is ImportFormat.Json or ImportFormat.Yaml && result.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
        return ExitCodes.Worst(written, invalid ? ExitCodes.Findings : ExitCodes.Success);
    }

    /// <summary>The library names its options; on the command line, the hint names the flag that does the same.</summary>
    private static Diagnostic WithOptionHint(Diagnostic diagnostic, ImportFormat format) => diagnostic switch
    {
        { Code: DiagnosticCodes.ImportHiddenComments, Severity: DiagnosticSeverity.Warning } =>
            diagnostic with { Message = $"{diagnostic.Message.TrimEnd('.')}; use --include-comments to import them." },
        { Code: DiagnosticCodes.TooDeep } when format == ImportFormat.Markdown =>
            diagnostic with { Hint = "Check that this is a résumé; convert it as plain text with --from text to read its words." },
        _ => CliHints.ForCommandLine(diagnostic),
    };

    /// <summary>How <c>convert</c> reads and reports.</summary>
    /// <param name="From">What the input is.</param>
    /// <param name="IncludeComments">Whether content inside HTML comments is imported.</param>
    /// <param name="Report">The format of the full report on standard error; null for warnings only.</param>
    /// <param name="Force">Whether an existing output file may be replaced.</param>
    internal sealed record Settings(ConvertFrom From, bool IncludeComments, TextOrJson? Report, bool Force);
}
