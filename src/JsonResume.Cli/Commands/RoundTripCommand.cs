using System.CommandLine;
using JsonResume.Cli.Inputs;
using JsonResume.Cli.Output;
using JsonResume.Cli.Reports;
using JsonResume.Render;
using JsonResume.RoundTrip;
using RoundTripCheck = JsonResume.RoundTrip.RoundTrip;

namespace JsonResume.Cli.Commands;

/// <summary>
/// <c>jsonresume roundtrip FILE... [--via json|markdown|text|all] [--format text|json]</c>: renders each résumé to a
/// format, reads it back and shows every difference with its JSON Pointer.
/// </summary>
public static class RoundTripCommand
{
    /// <summary>The names accepted by <c>--via</c>.</summary>
    public static IReadOnlyList<string> Vias { get; } = ["json", "markdown", "text", "all"];

    /// <summary>The names accepted by <c>--format</c>.</summary>
    public static IReadOnlyList<string> Formats { get; } = ["text", "json"];

    /// <summary>Builds the command.</summary>
    /// <param name="environment">What the command reads and writes.</param>
    /// <returns>The command, with its action.</returns>
    public static Command Create(CliEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var files = new Argument<string[]>("files")
        {
            Description = "Résumés (JSON): paths, quoted globs ('cv/**/*.json'), or - for standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        files.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Where(t => t.Value.Length > 1 && t.Value[0] == '-'))
            {
                result.AddError($"Unrecognized option '{token.Value}'.");
            }
        });
        var via = OneOf("--via", "The format to go through; all means json, markdown and text.", "all", Vias);
        var format = OneOf("--format", "Output format.", "text", Formats);
        format.Aliases.Add("-f");
        var noExtensions = new Option<bool>("--no-extensions")
        {
            Description = "Markdown and text without their extensions block (the JSON for what they cannot show): see what the text alone loses.",
        };

        var jobs = BatchRunner.CreateJobsOption();
        var command = new Command("roundtrip", "Render résumés to JSON, Markdown or plain text and read them back; show what would be lost.")
        {
            files, via, format, noExtensions, jobs,
        };
        command.SetAction(parseResult => Run(
            parseResult.GetValue(files) ?? [], parseResult.GetValue(via)!, parseResult.GetValue(format)!,
            new RenderOptions { IncludeExtensions = !parseResult.GetValue(noExtensions) }, environment, parseResult.GetValue(jobs)));
        return command;
    }

    /// <summary>Checks the inputs and writes the report.</summary>
    /// <param name="arguments">Files, globs and <c>-</c>.</param>
    /// <param name="via">One of <see cref="Vias"/>.</param>
    /// <param name="format">One of <see cref="Formats"/>.</param>
    /// <param name="options">How Markdown and text are rendered.</param>
    /// <param name="environment">What to read and write.</param>
    /// <param name="jobs">How many files at once (0: one per core); the report keeps the input order.</param>
    /// <returns>0 when every round trip is lossless, 1 when something differs, 2 for usage and input errors.</returns>
    public static int Run(IReadOnlyList<string> arguments, string via, string format, RenderOptions options, CliEnvironment environment, int jobs = 1)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(environment);
        var inputs = InputResolver.Resolve(arguments, environment.CurrentDirectory);
        foreach (var error in inputs.Errors)
        {
            environment.Error.WriteLine($"{JsonResumeCli.CommandName}: error: {error}");
        }

        RoundTripVia[] vias = via switch
        {
            "json" => [RoundTripVia.Json],
            "markdown" => [RoundTripVia.Markdown],
            "text" => [RoundTripVia.Text],
            _ => [RoundTripVia.Json, RoundTripVia.Markdown, RoundTripVia.Text],
        };
        var results = BatchRunner.Run(
            inputs.Sources, source => Check(source, vias, options, environment), jobs, BatchProgress.For(environment, "checking round trips"));
        var exitCode = results.Aggregate(inputs.Errors.Count > 0 ? ExitCodes.Usage : ExitCodes.Valid, (code, r) => ExitCodes.Worst(code, r.ExitCode));
        if (format == "json")
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
        return RenderCommand.ReadResume(source, environment.OpenInput, out var problems) is { } resume
            ? new RoundTripFileResult(source, vias.Select(v => RoundTripCheck.Check(resume, v, options)).ToList(), [])
            : new RoundTripFileResult(source, [], problems);
    }

    private static Option<string> OneOf(string name, string description, string defaultValue, IReadOnlyList<string> names)
    {
        var option = new Option<string>(name)
        {
            Description = description,
            DefaultValueFactory = _ => defaultValue,
            HelpName = string.Join('|', names),
        };
        option.CompletionSources.Add([.. names]);
        option.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string>();
            if (!names.Contains(value))
            {
                result.AddError($"Unknown value '{value}' for {name}: use one of {string.Join(", ", names)}.");
            }
        });
        return option;
    }
}
