using System.CommandLine;
using JsonResume.Cli.Inputs;
using JsonResume.Cli.Output;
using JsonResume.Cli.Reports;

namespace JsonResume.Cli.Commands;

/// <summary><c>jsonresume validate [FILES|GLOBS|-]...</c>: checks résumés against the bundled schema and semantic rules.</summary>
public static class ValidateCommand
{
    /// <summary>Builds the command.</summary>
    /// <param name="environment">What the command reads and writes.</param>
    /// <returns>The command, with its action.</returns>
    public static Command Create(CliEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var files = new Argument<string[]>("files")
        {
            Description = "Files to check: paths, quoted globs ('cv/**/*.json'), or - for standard input.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format.",
            DefaultValueFactory = _ => "text",
            HelpName = string.Join('|', ReportWriters.Names),
        };
        format.CompletionSources.Add([.. ReportWriters.Names]);
        format.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string>();
            if (!ReportWriters.Names.Contains(value))
            {
                result.AddError($"Unknown format '{value}': use one of {string.Join(", ", ReportWriters.Names)}.");
            }
        });
        files.Validators.Add(result =>
        {
            // Any token left that looks like an option is a mistyped option, not a file (write ./-name.json for such a file).
            foreach (var token in result.Tokens.Where(t => t.Value.Length > 1 && t.Value[0] == '-'))
            {
                result.AddError($"Unrecognized option '{token.Value}'.");
            }
        });
        var strict = new Option<bool>("--strict")
        {
            Description = "Treat warnings (impossible dates, empty strings, old field names...) as errors.",
        };
        var quiet = new Option<bool>("--quiet", "-q")
        {
            Description = "Show only errors: no warnings, no summary lines.",
        };
        var jobs = BatchRunner.CreateJobsOption();
        var schemaVersion = new Option<bool>("--schema-version")
        {
            Description = "Print the version of the bundled JSON Resume schema and exit.",
        };

        var command = new Command("validate", "Check JSON Resume documents against the bundled schema (1.3.1) and semantic rules.")
        {
            files, format, strict, quiet, jobs, schemaVersion,
        };
        command.SetAction(parseResult =>
        {
            if (parseResult.GetValue(schemaVersion))
            {
                environment.Output.WriteLine(ToolInfo.SchemaVersion);
                return ExitCodes.Valid;
            }

            var settings = new ValidateSettings
            {
                Format = ReportWriters.Parse(parseResult.GetValue(format) ?? "text"),
                Strict = parseResult.GetValue(strict),
                Quiet = parseResult.GetValue(quiet),
                Jobs = parseResult.GetValue(jobs),
            };
            return Run(parseResult.GetValue(files) ?? [], settings, environment);
        });
        return command;
    }

    /// <summary>Checks the inputs and writes the report.</summary>
    /// <param name="arguments">Files, globs and <c>-</c>.</param>
    /// <param name="settings">The options.</param>
    /// <param name="environment">What to read and write.</param>
    /// <returns>The exit code.</returns>
    public static int Run(IReadOnlyList<string> arguments, ValidateSettings settings, CliEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(environment);
        if (arguments.Count == 0)
        {
            environment.Error.WriteLine($"{JsonResumeCli.CommandName}: error: no input: give files, globs, or - for standard input.");
            environment.Error.WriteLine($"Run '{JsonResumeCli.CommandName} validate --help' for usage.");
            return ExitCodes.Usage;
        }

        var inputs = InputResolver.Resolve(arguments, environment.CurrentDirectory);
        foreach (var error in inputs.Errors)
        {
            environment.Error.WriteLine($"{JsonResumeCli.CommandName}: error: {error}");
        }

        var results = BatchRunner.Run(
            inputs.Sources, s => ValidationRun.Check(s, environment.OpenInput, settings), settings.Jobs, BatchProgress.For(environment, "validating"));
        var exitCode = inputs.Errors.Count > 0 ? ExitCodes.Usage : ExitCodes.Valid;
        exitCode = results.Aggregate(exitCode, (code, r) => ExitCodes.Worst(code, r.ExitCode));
        var context = new ReportContext(environment.CurrentDirectory, environment.UseColor, settings.Quiet, exitCode);
        ReportWriters.For(settings.Format).Write(results, context, environment.Output);
        return exitCode;
    }
}
