using System.CommandLine;
using System.Text;
using JsonResume.Cli.Common;
using JsonResume.Cli.Output;
using JsonResume.Cli.Reports;
using JsonResume.Json;
using JsonResume.Migration;
using JsonResume.Validation;

namespace JsonResume.Cli.Commands;

/// <summary>
/// <c>jsonresume migrate FILE [-o OUT | --in-place] [--force] [--format text|json]</c>: upgrades an older JSON Resume
/// document to the bundled schema and lists every change. The migrated document goes to standard output and the list
/// of changes to standard error; with <c>-o</c> or <c>--in-place</c> the document goes to a file and the list to
/// standard output.
/// </summary>
internal static class MigrateCommand
{
    /// <summary>The command's name on the command line.</summary>
    public const string Name = "migrate";

    /// <summary>Builds the command.</summary>
    /// <param name="environment">What the command reads and writes.</param>
    /// <returns>The command, with its action.</returns>
    public static Command Create(CliEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var file = CliArguments.File("The résumé to upgrade, or - for standard input.");
        var output = new Option<string?>("--output", "-o")
        {
            Description = "Write the upgraded résumé to OUT (atomically) instead of standard output; the list of changes then goes to standard output.",
            HelpName = "OUT",
        };
        var inPlace = new Option<bool>("--in-place") { Description = "Replace FILE (atomically), keeping the original as FILE.bak." };
        var force = CliArguments.Force("Let -o replace an existing OUT, and --in-place an existing FILE.bak.");
        var format = new ChoiceOption<TextOrJson>("--format", "Format of the list of changes.", "format", TextOrJson.Text, "-f");
        var command = new Command(Name, CommandSummaries.Migrate)
        {
            file, output, inPlace, force, format.Option,
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(inPlace) && result.GetValue(output) is not null)
            {
                result.AddError("Give either --output or --in-place, not both.");
            }

            if (result.GetValue(inPlace) && result.GetValue(file) == "-")
            {
                result.AddError("--in-place needs a file, not standard input.");
            }
        });
        command.SetAction(parseResult =>
        {
            var source = InputSource.FromArgument(parseResult.GetValue(file)!, environment.CurrentDirectory);
            var inPlaceGiven = parseResult.GetValue(inPlace);
            return Run(
                new MigrateSettings
                {
                    Source = source,
                    Target = inPlaceGiven ? new OutputTarget(source.DisplayPath, source.FullPath) : OutputTarget.For(parseResult.GetValue(output), environment.CurrentDirectory),
                    InPlace = inPlaceGiven,
                    Force = parseResult.GetValue(force),
                    Format = format.Get(parseResult) ?? TextOrJson.Text,
                },
                environment);
        });
        return command;
    }

    /// <summary>Migrates one document, writes it where asked and reports every change.</summary>
    /// <param name="settings">The arguments.</param>
    /// <param name="environment">What to read and write.</param>
    /// <returns>0 when the result is valid, 1 when it still breaks a rule, 2 for usage, read or write errors and input that is not JSON.</returns>
    public static int Run(MigrateSettings settings, CliEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(environment);
        var source = settings.Source;
        if (Check(settings) is { } refusal)
        {
            return CliMessages.Error(environment.Error, refusal);
        }

        if (ReadAndMigrate(source, environment, out var inputFormat) is not { } result)
        {
            return ExitCodes.Error;
        }

        var outputFormat = settings.InPlace ? inputFormat : InputFormats.FromPath(settings.Target.DisplayPath) ?? inputFormat;
        var toFile = !settings.Target.IsStandardOutput;
        var reportTo = toFile ? environment.Output : environment.Error;
        var useColor = (toFile ? environment.OutputIsTerminal : environment.ErrorIsTerminal)
            && string.IsNullOrEmpty(environment.GetVariable("NO_COLOR"));
        MigrationOutcome outcome;
        if (result.Utf8 is null)
        {
            outcome = new MigrationOutcome { Source = source, Status = MigrationStatus.Unparseable, Diagnostics = result.Diagnostics };
        }
        else
        {
            var status = result.Changes.Count > 0 ? MigrationStatus.Migrated : MigrationStatus.Unchanged;
            // What is written is validated from its own bytes: no copy of it as a string, nor the résumé, is alive.
            var written = outputFormat == DocumentFormat.Yaml ? Encoding.UTF8.GetBytes(ResumeYaml.FromJson(result.Utf8).Text!) : result.Utf8;
            var remaining = CliHints.ForCommandLine(ResumeValidator.Validate(written, new ValidationOptions { Format = outputFormat }).Diagnostics);
            if (!TryWrite(written, status, settings, environment, out var output, out var backup))
            {
                return ExitCodes.Error;
            }

            outcome = new MigrationOutcome
            {
                Source = source,
                Status = status,
                Output = output,
                Backup = backup,
                Changes = result.Changes,
                InputDiagnostics = result.Diagnostics,
                Diagnostics = remaining,
            };
        }

        if (settings.Format == TextOrJson.Json)
        {
            MigrationReportWriter.WriteJson(outcome, reportTo);
        }
        else
        {
            MigrationReportWriter.WriteText(outcome, useColor, reportTo);
        }

        return outcome.ExitCode;
    }

    /// <summary>Reads and migrates the document (null, with the error written, when it cannot be read), in a method of its
    /// own so that the input's bytes are let go when it returns.</summary>
    private static MigratedUtf8? ReadAndMigrate(InputSource source, CliEnvironment environment, out DocumentFormat inputFormat)
    {
        inputFormat = DocumentFormat.Json;
        if (!InputReader.TryRead(source, environment.OpenInput, out var bytes, out var problem))
        {
            CliMessages.Error(environment.Error, $"cannot read {source.DisplayPath}: {problem}.");
            return null;
        }

        // A YAML résumé is migrated as YAML: its findings at YAML positions, the result written as YAML (unless -o names
        // a .json file), and what the result still breaks placed in what was written.
        inputFormat = InputFormats.Detect(source, bytes);
        return ResumeMigrator.MigrateUtf8(bytes, new MigrationOptions { Format = inputFormat });
    }

    /// <summary>Why the document cannot go where asked, checked before anything is read or written; null when it can.</summary>
    private static string? Check(MigrateSettings settings)
    {
        var source = settings.Source;
        if (settings.InPlace)
        {
            return File.Exists(source.FullPath + ".bak") && !settings.Force
                ? $"{source.DisplayPath}.bak already exists (from an earlier migration?): move it away, or give --force to replace it."
                : null;
        }

        var target = settings.Target;
        return target.Check(source, settings.Force) switch
        {
            OutputCheck.Ready => null,
            OutputCheck.IsInput => $"--output names the input itself: use --in-place to replace {source.DisplayPath} (it keeps a backup).",
            OutputCheck.Exists => $"{target.DisplayPath} already exists: give --force to replace it, or choose another name.",
            var other => target.Describe(other, "migrate"),
        };
    }

    /// <summary>Writes the migrated document where asked; a failure is one error line and leaves the input as it was.</summary>
    private static bool TryWrite(byte[] json, MigrationStatus status, MigrateSettings settings, CliEnvironment environment, out string? output, out string? backup)
    {
        var target = settings.Target;
        output = null;
        backup = null;
        if (!settings.InPlace)
        {
            output = target.DisplayPath ?? MigrationOutcome.StandardOutputName;
            return target.Write(json, settings.Force, environment) == ExitCodes.Success;
        }

        if (status == MigrationStatus.Unchanged)
        {
            return true; // nothing to upgrade: the file stays as it was, and no backup is made
        }

        var source = settings.Source;
        var backupPath = source.FullPath + ".bak";
        var hadBackup = File.Exists(backupPath);
        if (!AtomicFile.TryBackup(source.FullPath!, backupPath, overwrite: settings.Force, out var backupProblem))
        {
            CliMessages.Error(environment.Error, $"cannot write {source.DisplayPath}.bak: {backupProblem}.");
            return false;
        }

        if (!AtomicFile.TryWrite(source.FullPath!, json, overwrite: true, out var writeProblem))
        {
            if (!hadBackup)
            {
                AtomicFile.TryDelete(backupPath); // the input is untouched: a backup of it would only stand in the next run's way
            }

            CliMessages.Error(environment.Error, $"cannot write {source.DisplayPath}: {writeProblem}.");
            return false;
        }

        output = source.DisplayPath;
        backup = source.DisplayPath + ".bak";
        return true;
    }
}
