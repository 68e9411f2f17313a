using System.CommandLine;
using JsonResume.Cli.Common;
using JsonResume.Cli.Output;
using JsonResume.Cli.Reports;

namespace JsonResume.Cli.Commands;

/// <summary><c>jsonresume validate [FILES|GLOBS|-]...</c>: checks résumés against the bundled schema and semantic rules.</summary>
internal static class ValidateCommand
{
    /// <summary>The command's name on the command line.</summary>
    public const string Name = "validate";

    /// <summary>Builds the command.</summary>
    /// <param name="environment">What the command reads and writes.</param>
    /// <param name="scope">What it checks itself, and with what.</param>
    /// <returns>The command, with its action.</returns>
    public static Command Create(CliEnvironment environment, ValidateScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(environment);
        var files = CliArguments.Files("Files to check: paths, quoted globs ('cv/**/*.json'), or - for standard input.", ArgumentArity.ZeroOrMore);
        var format = new ChoiceOption<ReportFormat>("--format", "Output format.", "format", ReportFormat.Text, "-f");
        var rules = new ValidateOptions();
        var quiet = new Option<bool>("--quiet", "-q")
        {
            Description = "Show only errors: no warnings, no summary lines.",
        };
        var jobs = BatchRunner.CreateJobsOption();
        var schemaVersion = new Option<bool>("--schema-version")
        {
            Description = "Print the version of the bundled JSON Resume schema and exit.",
        };

        var command = new Command(Name, "Check JSON Resume documents against the bundled schema (1.3.1) and semantic rules.")
        {
            files, format.Option,
        };
        rules.AddTo(command);
        command.Options.Add(quiet);
        command.Options.Add(jobs);
        command.Options.Add(schemaVersion);
        command.SetAction(parseResult =>
        {
            if (parseResult.GetValue(schemaVersion))
            {
                environment.Output.WriteLine(ToolInfo.SchemaVersion);
                return ExitCodes.Success;
            }

            var settings = new ValidateSettings
            {
                Format = format.Get(parseResult) ?? ReportFormat.Text,
                Strict = parseResult.GetValue(rules.Strict),
                Rules = rules.Read(parseResult),
                ConfigPath = parseResult.GetValue(rules.Config),
                DiscoverConfig = !parseResult.GetValue(rules.NoConfig),
                Quiet = parseResult.GetValue(quiet),
                Jobs = parseResult.GetValue(jobs),
            };
            return Run(parseResult.GetValue(files) ?? [], settings, environment, scope);
        });
        return command;
    }

    /// <summary>Checks the inputs and writes the report.</summary>
    /// <param name="arguments">Files, globs and <c>-</c>.</param>
    /// <param name="settings">The options.</param>
    /// <param name="environment">What to read and write.</param>
    /// <param name="scope">What to check here, and with what.</param>
    /// <returns>The exit code.</returns>
    public static int Run(IReadOnlyList<string> arguments, ValidateSettings settings, CliEnvironment environment, ValidateScope scope)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(scope);
        if (arguments.Count == 0)
        {
            CliMessages.Error(environment.Error, "no input: give files, globs, or - for standard input.");
            return CliMessages.UsageHint(environment.Error, "validate");
        }

        var inputs = InputResolver.Resolve(arguments, environment.CurrentDirectory);
        if (scope.TryHandOver(inputs.Sources, out var handedOver))
        {
            return handedOver;
        }

        foreach (var error in inputs.Errors)
        {
            CliMessages.Error(environment.Error, error);
        }

        // Every input's settings before any is checked: a configuration file with problems stops the run (exit code 2).
        var locator = new RuleConfigLocator(environment.CurrentDirectory, settings.ConfigPath, settings.DiscoverConfig);
        var rules = new Dictionary<InputSource, RuleSettings>();
        foreach (var source in inputs.Sources)
        {
            locator.TryFind(source, out var config);
            rules[source] = (config?.For(source.FullPath) ?? RuleSettings.None).Then(settings.Rules);
        }

        if (locator.Problems.Count > 0)
        {
            locator.Problems.ForEach(environment.Error.WriteLine);
            return ExitCodes.Error;
        }

        var results = BatchRunner.Run(
            inputs.Sources,
            s => ValidationRun.Check(s, environment.OpenInput, settings, rules[s], scope.Validate),
            (s, ex) => ValidationRun.Failed(s, ex, environment.Debug),
            settings.Jobs,
            BatchProgress.For(environment, "validating"));
        var exitCode = inputs.Errors.Count > 0 ? ExitCodes.Error : ExitCodes.Success;
        exitCode = results.Aggregate(exitCode, (code, r) => ExitCodes.Worst(code, r.ExitCode));
        var context = new ReportContext(environment.CurrentDirectory, environment.UseColor, settings.Quiet, exitCode);
        ReportWriters.For(settings.Format).Write(results, context, environment.Output);
        return exitCode;
    }
}
