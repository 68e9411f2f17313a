using System.CommandLine;
using JsonResume.Cli.Common;
using JsonResume.Cli.Output;
using JsonResume.Cli.Reports;
using JsonResume.Render;
using JsonResume.RoundTrip;

namespace JsonResume.Cli.Commands;

/// <summary>
/// <c>jsonresume roundtrip FILE... [--via json|markdown|text|all] [--format text|json]</c>: renders each résumé to a
/// format, reads it back and shows every difference with its JSON Pointer.
/// </summary>
internal static class RoundTripCommand
{
    /// <summary>The command's name on the command line.</summary>
    public const string Name = "roundtrip";

    /// <summary>Builds the command.</summary>
    /// <param name="environment">What the command reads and writes.</param>
    /// <returns>The command, with its action.</returns>
    public static Command Create(CliEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var files = CliArguments.Files("Résumés (JSON): paths, quoted globs ('cv/**/*.json'), or - for standard input.", ArgumentArity.OneOrMore);
        var via = new ChoiceOption<RoundTripRoute>("--via", "The format to go through; all means json, markdown and text.", null, RoundTripRoute.All);
        var format = new ChoiceOption<TextOrJson>("--format", "Output format.", null, TextOrJson.Text, "-f");
        var noExtensions = new Option<bool>("--no-extensions")
        {
            Description = "Markdown and text without their extensions block (the JSON for what they cannot show): see what the text alone loses.",
        };

        var jobs = BatchRunner.CreateJobsOption();
        var language = CliArguments.Language();
        var command = new Command(Name, CommandSummaries.RoundTrip)
        {
            files, via.Option, format.Option, language, noExtensions, jobs,
        };
        command.SetAction(parseResult => Run(
            parseResult.GetValue(files) ?? [], via.Get(parseResult) ?? RoundTripRoute.All, format.Get(parseResult) ?? TextOrJson.Text,
            new RenderOptions { IncludeExtensions = !parseResult.GetValue(noExtensions), Language = parseResult.GetValue(language) },
            environment, parseResult.GetValue(jobs)));
        return command;
    }

    /// <summary>Checks the inputs and writes the report.</summary>
    /// <param name="arguments">Files, globs and <c>-</c>.</param>
    /// <param name="via">The formats to go through.</param>
    /// <param name="format">The report's format.</param>
    /// <param name="options">How Markdown and text are rendered.</param>
    /// <param name="environment">What to read and write.</param>
    /// <param name="jobs">How many files at once (0: one per core); the report keeps the input order.</param>
    /// <returns>0 when every round trip is lossless, 1 when something differs, 2 for usage and input errors.</returns>
    public static int Run(IReadOnlyList<string> arguments, RoundTripRoute via, TextOrJson format, RenderOptions options, CliEnvironment environment, int jobs = 1)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(environment);
        var inputs = InputResolver.Resolve(arguments, environment.CurrentDirectory);
        foreach (var error in inputs.Errors)
        {
            CliMessages.Error(environment.Error, error);
        }

        RoundTripVia[] vias = via switch
        {
            RoundTripRoute.Json => [RoundTripVia.Json],
            RoundTripRoute.Markdown => [RoundTripVia.Markdown],
            RoundTripRoute.Text => [RoundTripVia.Text],
            _ => [RoundTripVia.Json, RoundTripVia.Markdown, RoundTripVia.Text],
        };
        var results = BatchRunner.Run(
            inputs.Sources,
            source => Check(source, vias, options, environment),
            (source, ex) => new RoundTripFileResult(source, [], [CliMessages.Located(source, CliMessages.Failed(ex, environment.Debug))]),
            jobs,
            BatchProgress.For(environment, "checking round trips"));
        var exitCode = results.Aggregate(inputs.Errors.Count > 0 ? ExitCodes.Error : ExitCodes.Success, (code, r) => ExitCodes.Worst(code, r.ExitCode));
        if (format == TextOrJson.Json)
        {
            RoundTripReportWriter.WriteJson(results, exitCode, environment.Output);
        }
        else
        {
            RoundTripReportWriter.WriteText(results, environment.Output);
        }

        return exitCode;
    }

    private static RoundTripFileResult Check(InputSource source, RoundTripVia[] vias, RenderOptions options, CliEnvironment environment)
    {
        return ResumeInput.Read(source, environment.OpenInput, out var problems) is { } resume
            ? new RoundTripFileResult(source, vias.Select(v => RoundTripCheck.Of(ResumeRoundTrip.Check(resume, v, options))).ToList(), [])
            : new RoundTripFileResult(source, [], problems);
    }
}
