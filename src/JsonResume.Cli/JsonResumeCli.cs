using System.CommandLine;
using System.CommandLine.Parsing;
using JsonResume.Cli.Commands;

namespace JsonResume.Cli;

/// <summary>The <c>jsonresume</c> command line: parses arguments, runs one command, returns its exit code.</summary>
public static class JsonResumeCli
{
    /// <summary>The command's name, as users type it.</summary>
    public const string CommandName = "jsonresume";

    /// <summary>Runs the tool. Never throws: unexpected failures become one line on standard error and exit code 2.</summary>
    /// <param name="args">The arguments, without the program name.</param>
    /// <param name="environment">Writers, standard input, working folder and environment variables.</param>
    /// <returns>The process exit code; see <see cref="ExitCodes"/>.</returns>
    public static int Run(string[] args, CliEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(environment);
        try
        {
            var root = CreateRootCommand(environment);
            var parseResult = root.Parse(args);
            if (parseResult.Errors.Count > 0)
            {
                return ReportUsageErrors(parseResult, environment.Error);
            }

            return parseResult.Invoke(new InvocationConfiguration
            {
                Output = environment.Output,
                Error = environment.Error,
                EnableDefaultExceptionHandler = false,
            });
        }
#pragma warning disable CA1031 // The top of the tool: any failure becomes one clear line and exit code 2.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            environment.Error.WriteLine(environment.Debug
                ? $"{CommandName}: error: unexpected failure: {ex}"
                : $"{CommandName}: error: unexpected failure ({ex.GetType().Name}): {ex.Message} (set JSONRESUME_DEBUG=1 for details)");
            return ExitCodes.Usage;
        }
    }

    /// <summary>Builds the command tree: the root (with --help and --version) and every command.</summary>
    /// <param name="environment">What the commands read and write.</param>
    /// <returns>The root command.</returns>
    public static RootCommand CreateRootCommand(CliEnvironment environment)
    {
        var root = new RootCommand($"Tools for JSON Resume documents (schema {ToolInfo.SchemaVersion}): validate résumés with exact locations, render them, convert hand-written ones, check round trips, upgrade old ones, start a new one.")
        {
            ValidateCommand.Create(environment),
            RenderCommand.Create(environment),
            ConvertCommand.Create(environment),
            RoundTripCommand.Create(environment),
            MigrateCommand.Create(environment),
            InitCommand.Create(environment),
            SchemaCommand.Create(environment),
        };
        return root;
    }

    private static int ReportUsageErrors(ParseResult parseResult, TextWriter error)
    {
        foreach (var parseError in parseResult.Errors)
        {
            error.WriteLine($"{CommandName}: error: {parseError.Message}");
        }

        var command = parseResult.CommandResult.Command is RootCommand
            ? CommandName
            : $"{CommandName} {parseResult.CommandResult.Command.Name}";
        error.WriteLine($"Run '{command} --help' for usage.");
        return ExitCodes.Usage;
    }
}
