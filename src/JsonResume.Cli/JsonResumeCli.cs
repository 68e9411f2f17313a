using System.CommandLine;
using System.CommandLine.Parsing;
using JsonResume.Cli.Commands;
using JsonResume.Cli.Common;
using JsonResume.Validation;

namespace JsonResume.Cli;

/// <summary>The <c>jsonresume</c> command line: parses arguments, runs one command, returns its exit code.</summary>
internal static class JsonResumeCli
{
    /// <summary>The commands, in the order <c>--help</c> lists them.</summary>
    private static readonly string[] CommandNames =
    [
        ValidateCommand.Name, RenderCommand.Name, ConvertCommand.Name, RoundTripCommand.Name, MigrateCommand.Name, InitCommand.Name, SchemaCommand.Name,
    ];

    /// <summary>Runs the tool. Never throws: unexpected failures become one line on standard error and exit code 2.</summary>
    /// <param name="args">The arguments, without the program name.</param>
    /// <param name="environment">Writers, standard input, working folder and environment variables.</param>
    /// <returns>The process exit code; see <see cref="ExitCodes"/>.</returns>
    public static int Run(string[] args, CliEnvironment environment) => Run(args, environment, env => CreateRootCommand(env, args), Everything);

    /// <summary>Runs a command tree: the full one, or the native front executable's (<see cref="LeanCli"/>).</summary>
    /// <param name="args">The arguments, without the program name.</param>
    /// <param name="environment">Writers, standard input, working folder and environment variables.</param>
    /// <param name="createRoot">Builds the command tree.</param>
    /// <param name="validateScope">What <c>validate</c> checks in this executable (the tree's validate command has the same).</param>
    /// <returns>The process exit code; see <see cref="ExitCodes"/>.</returns>
    internal static int Run(string[] args, CliEnvironment environment, Func<CliEnvironment, RootCommand> createRoot, ValidateScope validateScope)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(createRoot);
        ArgumentNullException.ThrowIfNull(validateScope);
        return PlainValidate.TryMatch(args, out var inputs)
            ? Guarded(environment, () => PlainValidate.Run(inputs, environment, validateScope))
            : RunTree(args, environment, createRoot);
    }

    /// <summary>The full tool's <c>validate</c>: every input, JSON or YAML, checked here.</summary>
    internal static ValidateScope Everything => new(ResumeValidator.Validate, handOver: null);

    /// <summary>Runs a command line through the command tree (every line but <see cref="PlainValidate"/>'s).</summary>
    /// <param name="args">The arguments, without the program name.</param>
    /// <param name="environment">Writers, standard input, working folder and environment variables.</param>
    /// <param name="createRoot">Builds the command tree.</param>
    /// <returns>The process exit code.</returns>
    internal static int RunTree(string[] args, CliEnvironment environment, Func<CliEnvironment, RootCommand> createRoot)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(createRoot);
        return Guarded(environment, () =>
        {
            var root = createRoot(environment);
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
        });
    }

    private static int Guarded(CliEnvironment environment, Func<int> run)
    {
        try
        {
            return run();
        }
#pragma warning disable CA1031 // The top of the tool: any failure becomes one clear line and exit code 2.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return CliMessages.Error(environment.Error, CliMessages.UnexpectedFailure(ex, environment.Debug));
        }
    }

    /// <summary>Builds the command tree: the root (with --help and --version) and every command.</summary>
    /// <param name="environment">What the commands read and write.</param>
    /// <returns>The root command.</returns>
    public static RootCommand CreateRootCommand(CliEnvironment environment) => CreateRootCommand(environment, []);

    /// <summary>
    /// Builds the command tree for one command line: when its first argument names a command, the root with that command
    /// only, otherwise with every command. A command line that starts with a command's name is parsed within that
    /// command (its help and errors never show the others), so the tree is the same for it; the other commands' options
    /// and arguments would cost the .NET tool about 55 JIT-compiled methods at start (docs/benchmarks.md, "The dotnet tool").
    /// </summary>
    /// <param name="environment">What the commands read and write.</param>
    /// <param name="args">The arguments, without the program name.</param>
    /// <returns>The root command.</returns>
    internal static RootCommand CreateRootCommand(CliEnvironment environment, IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var root = new RootCommand(RootDescription);
        var first = args.Count > 0 ? args[0] : null;
        foreach (var name in CommandNames)
        {
            if (name == first)
            {
                root.Subcommands.Add(CreateCommand(name, environment));
                return root;
            }
        }

        foreach (var name in CommandNames)
        {
            root.Subcommands.Add(CreateCommand(name, environment));
        }

        return root;
    }

    private static Command CreateCommand(string name, CliEnvironment environment) => name switch
    {
        ValidateCommand.Name => ValidateCommand.Create(environment, Everything),
        RenderCommand.Name => RenderCommand.Create(environment),
        ConvertCommand.Name => ConvertCommand.Create(environment),
        RoundTripCommand.Name => RoundTripCommand.Create(environment),
        MigrateCommand.Name => MigrateCommand.Create(environment),
        InitCommand.Name => InitCommand.Create(environment),
        SchemaCommand.Name => SchemaCommand.Create(environment),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Not a command."),
    };

    /// <summary>What <c>jsonresume --help</c> says the tool is.</summary>
    internal static string RootDescription =>
        $"Tools for JSON Resume documents (schema {ToolInfo.SchemaVersion}): validate résumés with exact locations, render them, convert hand-written ones, check round trips, upgrade old ones, start a new one.";

    /// <summary>Flushes standard output at the end of a run and returns the exit code (the end of both executables' Main).</summary>
    /// <param name="environment">The console's writers.</param>
    /// <param name="exitCode">The run's exit code.</param>
    /// <returns><paramref name="exitCode"/>.</returns>
    internal static int Finish(CliEnvironment environment, int exitCode)
    {
        try
        {
            environment.Output.Flush();
        }
        catch (IOException)
        {
            // The reader went away (a closed pipe): nothing left to tell it.
        }

        return exitCode;
    }

    private static int ReportUsageErrors(ParseResult parseResult, TextWriter error)
    {
        foreach (var parseError in parseResult.Errors)
        {
            CliMessages.Error(error, parseError.Message);
        }

        return CliMessages.UsageHint(error, parseResult.CommandResult.Command is RootCommand ? null : parseResult.CommandResult.Command.Name);
    }
}
