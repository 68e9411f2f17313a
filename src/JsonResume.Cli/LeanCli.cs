using System.CommandLine;
using JsonResume.Cli.Commands;
using JsonResume.Validation;

namespace JsonResume.Cli;

/// <summary>
/// The command line of the native front executable <c>jsonresume</c> (project <c>JsonResume.Cli.Lean</c>). A native
/// binary's start-up grows with everything compiled into it, not with what a command uses, and <c>validate</c> runs
/// once per file in CI and pre-commit hooks; so the front executable holds only <c>validate</c>, <c>schema</c> and
/// <c>init</c>, and hands <c>render</c>, <c>convert</c>, <c>roundtrip</c> and <c>migrate</c> (and the converter's
/// libraries) to the full executable shipped beside it, <see cref="Companion.FileName"/>, as <c>git</c> does with
/// <c>git-*</c>. Users see one command: <c>jsonresume --help</c> lists every command, as the full tool does.
/// </summary>
internal static class LeanCli
{
    /// <summary>The commands the companion runs, in the order <c>--help</c> lists them.</summary>
    public static IReadOnlyList<string> CompanionCommands { get; } = ["render", "convert", "roundtrip", "migrate"];

    /// <summary>What the companion checks for <c>validate</c>, in the message when it is missing.</summary>
    internal const string ValidateElsewhere = "'jsonresume validate' of YAML, standard input or a file not named .json";

    /// <summary>Runs the front executable: hands a companion command over whole, runs the others itself.</summary>
    /// <param name="args">The arguments, without the program name.</param>
    /// <param name="environment">Writers, standard input, working folder and environment variables.</param>
    /// <param name="locateCompanion">Finds the companion executable's path (<see cref="Companion.Locate"/>), asked only
    /// when a command is handed over: <c>validate</c> does not pay for looking.</param>
    /// <returns>The process exit code (the companion's, for its commands).</returns>
    public static int Run(string[] args, CliEnvironment environment, Func<string> locateCompanion)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(locateCompanion);
        if (HandsOver(args))
        {
            return Companion.Run(locateCompanion(), args, environment);
        }

        var scope = FrontValidateScope(args, environment, locateCompanion);
        return JsonResumeCli.Run(args, environment, env => CreateRootCommand(env, locateCompanion, scope), scope);
    }

    /// <summary>
    /// The front executable's <c>validate</c>: files named <c>.json</c> with the validator's JSON-only entry; a command
    /// line with any other input goes to the companion whole (<see cref="Commands.ValidateScope"/> says why).
    /// </summary>
    /// <param name="args">The whole command line, handed over as it is.</param>
    /// <param name="environment">Where to report a missing companion.</param>
    /// <param name="locateCompanion">Finds the companion executable's path.</param>
    /// <returns>The scope.</returns>
    public static ValidateScope FrontValidateScope(string[] args, CliEnvironment environment, Func<string> locateCompanion)
    {
        ArgumentNullException.ThrowIfNull(locateCompanion);
        return new(ResumeValidator.ValidateJson, () => Companion.Run(locateCompanion(), args, environment, ValidateElsewhere));
    }

    /// <summary>Whether the companion runs this command line (its first argument names one of its commands).</summary>
    /// <param name="args">The arguments, without the program name.</param>
    /// <returns>Whether to hand it over.</returns>
    public static bool HandsOver(string[] args) => args.Length > 0 && CompanionCommands.Contains(args[0], StringComparer.Ordinal);

    /// <summary>
    /// Builds the front executable's command tree: the commands it runs, and for the companion's commands a stand-in
    /// with the same name and description (for <c>--help</c>) that hands the command line over.
    /// </summary>
    /// <param name="environment">What the commands read and write.</param>
    /// <param name="locateCompanion">Finds the companion executable's path.</param>
    /// <param name="validateScope">What <c>validate</c> checks here (<see cref="FrontValidateScope"/>).</param>
    /// <returns>The root command.</returns>
    public static RootCommand CreateRootCommand(CliEnvironment environment, Func<string> locateCompanion, ValidateScope validateScope)
    {
        ArgumentNullException.ThrowIfNull(environment);
        return new RootCommand(JsonResumeCli.RootDescription)
        {
            ValidateCommand.Create(environment, validateScope),
            StandIn("render", "file", CommandSummaries.Render, environment, locateCompanion),
            StandIn("convert", "file", CommandSummaries.Convert, environment, locateCompanion),
            StandIn("roundtrip", "files", CommandSummaries.RoundTrip, environment, locateCompanion),
            StandIn("migrate", "file", CommandSummaries.Migrate, environment, locateCompanion),
            InitCommand.Create(environment),
            SchemaCommand.Create(environment),
        };
    }

    private static Command StandIn(string name, string argument, string description, CliEnvironment environment, Func<string> locateCompanion)
    {
        // Reached only when a command line names the command after something else (the usual case is handed over
        // before parsing); the stand-in then hands the whole command line over too. Its argument is there for the
        // help's command list, which shows the real command's (a test keeps the two helps equal).
        var command = new Command(name, description)
        {
            new Argument<string[]>(argument) { Arity = ArgumentArity.ZeroOrMore },
        };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(parseResult => Companion.Run(locateCompanion(), [.. parseResult.Tokens.Select(t => t.Value)], environment));
        return command;
    }
}
