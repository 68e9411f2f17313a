using System.CommandLine;
using System.Text;
using JsonResume.Cli.Inputs;
using JsonResume.Cli.Output;
using JsonResume.Cli.Reports;
using JsonResume.Migration;
using JsonResume.Validation;

namespace JsonResume.Cli.Commands;

/// <summary>
/// <c>jsonresume migrate FILE [-o OUT | --in-place] [--force] [--format text|json]</c>: upgrades an older JSON Resume
/// document to the bundled schema and lists every change. The migrated document goes to standard output and the list
/// of changes to standard error; with <c>-o</c> or <c>--in-place</c> the document goes to a file and the list to
/// standard output.
/// </summary>
public static class MigrateCommand
{
    private static readonly string[] FormatNames = ["text", "json"];

    /// <summary>Builds the command.</summary>
    /// <param name="environment">What the command reads and writes.</param>
    /// <returns>The command, with its action.</returns>
    public static Command Create(CliEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var file = new Argument<string>("file") { Description = "The résumé to upgrade, or - for standard input." };
        file.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string>();
            if (value is { Length: > 1 } && value[0] == '-')
            {
                result.AddError($"Unrecognized option '{value}'.");
            }
        });
        var output = new Option<string?>("--output", "-o")
        {
            Description = "Write the upgraded résumé to OUT (atomically) instead of standard output; the list of changes then goes to standard output.",
            HelpName = "OUT",
        };
        var inPlace = new Option<bool>("--in-place") { Description = "Replace FILE (atomically), keeping the original as FILE.bak." };
        var force = new Option<bool>("--force") { Description = "Let -o replace an existing OUT, and --in-place an existing FILE.bak." };
        var format = new Option<string>("--format", "-f")
        {
            Description = "Format of the list of changes.",
            DefaultValueFactory = _ => "text",
            HelpName = string.Join('|', FormatNames),
        };
        format.CompletionSources.Add(FormatNames);
        format.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string>();
            if (!FormatNames.Contains(value))
            {
                result.AddError($"Unknown format '{value}': use one of {string.Join(", ", FormatNames)}.");
            }
        });
        var command = new Command("migrate", $"Upgrade an older JSON Resume document (0.0.x, 1.0, hand-made variants) to {ToolInfo.SchemaVersion}, listing every change.")
        {
            file, output, inPlace, force, format,
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
        command.SetAction(parseResult => Run(
            new MigrateSettings
            {
                File = parseResult.GetValue(file)!,
                Output = parseResult.GetValue(output),
                InPlace = parseResult.GetValue(inPlace),
                Force = parseResult.GetValue(force),
                Json = parseResult.GetValue(format) == "json",
            },
            environment));
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
        var source = settings.File == "-"
            ? InputSource.StandardInput
            : new InputSource(settings.File, Path.GetFullPath(settings.File, environment.CurrentDirectory));
        var target = Target.For(settings, source, environment.CurrentDirectory);
        if (target.Problem is not null)
        {
            return Fail(environment, target.Problem);
        }

        if (!InputReader.TryRead(source, environment.OpenInput, out var bytes, out var problem))
        {
            return Fail(environment, $"cannot read {source.DisplayPath}: {problem}.");
        }

        var result = ResumeMigrator.Migrate(bytes);
        var toFile = settings.Output is not null || settings.InPlace;
        var reportTo = toFile ? environment.Output : environment.Error;
        var useColor = (toFile ? environment.OutputIsTerminal : environment.ErrorIsTerminal)
            && string.IsNullOrEmpty(environment.GetVariable("NO_COLOR"));
        MigrationOutcome outcome;
        if (result.Json is null)
        {
            outcome = new MigrationOutcome { Source = source, Status = MigrationStatus.Unparseable, Diagnostics = result.Diagnostics };
        }
        else
        {
            var status = result.Changes.Count > 0 ? MigrationStatus.Migrated : MigrationStatus.Unchanged;
            var remaining = ResumeValidator.Validate(result.Json).Diagnostics;
            var written = Write(result.Json, status, settings, source, target, environment);
            if (written.Problem is not null)
            {
                return Fail(environment, written.Problem);
            }

            outcome = new MigrationOutcome
            {
                Source = source,
                Status = status,
                Output = written.Output,
                Backup = written.Backup,
                Changes = result.Changes,
                InputDiagnostics = result.Diagnostics,
                Diagnostics = remaining,
            };
        }

        if (settings.Json)
        {
            MigrationReportWriter.WriteJson(outcome, reportTo);
        }
        else
        {
            MigrationReportWriter.WriteText(outcome, useColor, reportTo);
        }

        return outcome.ExitCode;
    }

    private static (string? Output, string? Backup, string? Problem) Write(
        string json, MigrationStatus status, MigrateSettings settings, InputSource source, Target target, CliEnvironment environment)
    {
        if (target.FullPath is null)
        {
            environment.Output.Write(json);
            return (MigrationOutcome.StandardOutputName, null, null);
        }

        var display = settings.Output ?? source.DisplayPath;
        if (settings.InPlace)
        {
            if (status == MigrationStatus.Unchanged)
            {
                return (null, null, null); // nothing to upgrade: the file stays as it was, and no backup is made
            }

            if (!AtomicFile.TryBackup(source.FullPath!, target.BackupFullPath!, overwrite: settings.Force, out var backupProblem))
            {
                return (null, null, $"cannot write {source.DisplayPath}.bak: {backupProblem}.");
            }
        }

        return AtomicFile.TryWrite(target.FullPath, Encoding.UTF8.GetBytes(json), overwrite: settings.InPlace || settings.Force, out var problem)
            ? (display, settings.InPlace ? source.DisplayPath + ".bak" : null, null)
            : (null, null, $"cannot write {display}: {problem}.");
    }

    private static int Fail(CliEnvironment environment, string message)
    {
        environment.Error.WriteLine($"{JsonResumeCli.CommandName}: error: {message}");
        return ExitCodes.Usage;
    }

    /// <summary>Where the migrated document goes, checked before anything is read or written.</summary>
    private sealed record Target(string? FullPath, string? BackupFullPath, string? Problem)
    {
        public static Target For(MigrateSettings settings, InputSource source, string currentDirectory)
        {
            if (settings.InPlace)
            {
                var backup = source.FullPath + ".bak";
                return File.Exists(backup) && !settings.Force
                    ? new Target(null, null, $"{source.DisplayPath}.bak already exists (from an earlier migration?): move it away, or give --force to replace it.")
                    : new Target(source.FullPath, backup, null);
            }

            if (settings.Output is null)
            {
                return new Target(null, null, null);
            }

            var full = Path.GetFullPath(settings.Output, currentDirectory);
            if (string.Equals(full, source.FullPath, StringComparison.Ordinal))
            {
                return new Target(null, null, $"--output names the input itself: use --in-place to replace {source.DisplayPath} (it keeps a backup).");
            }

            if (Directory.Exists(full))
            {
                return new Target(null, null, $"{settings.Output} is a folder: give a file name.");
            }

            return File.Exists(full) && !settings.Force
                ? new Target(null, null, $"{settings.Output} already exists: give --force to replace it, or choose another name.")
                : new Target(full, null, null);
        }
    }
}
