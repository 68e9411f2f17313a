using System.CommandLine;
using System.Text;
using JsonResume.Cli.Common;
using JsonResume.Diagnostics;
using JsonResume.Import;
using JsonResume.Json;
using JsonResume.Validation;

namespace JsonResume.Cli.Commands;

/// <summary>
/// <c>jsonresume convert FILE [-o OUT.json] [--from auto|markdown|text] [--include-comments] [--report text|json] [--force]</c>:
/// a résumé written by hand (Markdown or plain text) to JSON Resume; a JSON Resume file is validated and normalised.
/// </summary>
internal static class ConvertCommand
{
    /// <summary>Builds the command.</summary>
    /// <param name="environment">What the command reads and writes.</param>
    /// <returns>The command, with its action.</returns>
    public static Command Create(CliEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var file = new Argument<string>("file") { Description = "The résumé to convert (Markdown, plain text, or JSON Resume), or - for standard input." };
        var output = new Option<string?>("--output", "-o") { Description = "Write the JSON to this file instead of standard output (never the input file).", HelpName = "file" };
        var from = new ChoiceOption<ConvertFrom>("--from", "The input format; auto decides from the content, not the file name.", "format", ConvertFrom.Auto);
        var includeComments = new Option<bool>("--include-comments")
        {
            Description = "Import content inside HTML comments (one level of commenting is removed; deeper levels stay hidden).",
        };
        var report = new ChoiceOption<TextOrJson>("--report", "Print the conversion report (what became of every line) to standard error.", "report format", null);
        var force = CliArguments.Force();
        var command = new Command("convert", "Convert a résumé written in Markdown or plain text to JSON Resume, reporting what became of every line.")
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
    /// <returns>0 when converted (or a valid JSON Resume was normalised), 1 when a JSON Resume input is invalid, 2 for usage and input/output errors.</returns>
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

        var text = Decode(bytes);
        if (IsJson(source, text))
        {
            return Normalise(source, bytes, target, settings.Force, environment);
        }

        var format = settings.From switch { ConvertFrom.Markdown => ImportFormat.Markdown, ConvertFrom.Text => ImportFormat.Text, _ => ImportFormat.Auto };
        var result = ResumeImporter.Import(text, new ImportOptions { Format = format, IncludeComments = settings.IncludeComments, SourceName = source.DisplayPath });
        foreach (var diagnostic in result.Report.Diagnostics.Where(d => d.Severity != DiagnosticSeverity.Info || settings.Report is not null))
        {
            environment.Error.WriteLine(CliMessages.Located(source, diagnostic));
        }

        if (settings.Report == TextOrJson.Json)
        {
            environment.Error.Write(result.Report.ToJson());
        }
        else if (settings.Report == TextOrJson.Text)
        {
            environment.Error.Write(result.Report.ToText());
        }

        return target.Write(ResumeJson.Write(result.Resume), settings.Force, environment);
    }

    private static int Normalise(InputSource source, byte[] bytes, OutputTarget target, bool force, CliEnvironment environment)
    {
        var read = ResumeJson.Read(bytes);
        if (read.Resume is null)
        {
            foreach (var d in read.Diagnostics)
            {
                environment.Error.WriteLine(CliMessages.Located(source, d));
            }

            return ExitCodes.Error;
        }

        var validation = ResumeValidator.Validate(bytes);
        foreach (var d in validation.Diagnostics)
        {
            environment.Error.WriteLine(CliMessages.Located(source, d));
        }

        var written = target.Write(ResumeJson.Write(read.Resume), force, environment);
        return ExitCodes.Worst(written, validation.IsValid ? ExitCodes.Success : ExitCodes.Findings);
    }

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

    /// <summary>How <c>convert</c> reads and reports.</summary>
    /// <param name="From">What the input is.</param>
    /// <param name="IncludeComments">Whether content inside HTML comments is imported.</param>
    /// <param name="Report">The format of the full report on standard error; null for warnings only.</param>
    /// <param name="Force">Whether an existing output file may be replaced.</param>
    internal sealed record Settings(ConvertFrom From, bool IncludeComments, TextOrJson? Report, bool Force);
}
