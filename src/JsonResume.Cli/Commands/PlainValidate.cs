namespace JsonResume.Cli.Commands;

/// <summary>
/// The command line CI jobs and pre-commit hooks run once per file, <c>validate FILE...</c> with no option, recognised
/// without building the command tree: that line's meaning is fixed (every token after <c>validate</c> is an input, every
/// option at its default), and building the tree (every command, option and help text; System.CommandLine reads its
/// help option's description from its resources) is a good part of a native run's start-up (docs/benchmarks.md,
/// "Start-up of the native binary"). Anything else, including a token System.CommandLine could read as an option or a
/// response file, goes through the tree; a test runs both ways on the same lines.
/// </summary>
internal static class PlainValidate
{
    /// <summary>The help option's spellings that do not start with '-' (System.CommandLine's HelpOption; it applies to every command).</summary>
    private static readonly string[] SlashHelp = ["/?", "/h"];

    /// <summary>Whether a command line is <c>validate</c> followed only by inputs.</summary>
    /// <param name="args">The arguments, without the program name.</param>
    /// <param name="inputs">The inputs (files and globs), when it is.</param>
    /// <returns>Whether the line can be run without the command tree.</returns>
    public static bool TryMatch(string[] args, out string[] inputs)
    {
        ArgumentNullException.ThrowIfNull(args);
        inputs = [];
        if (args.Length < 2 || args[0] != "validate")
        {
            return false;
        }

        for (var i = 1; i < args.Length; i++)
        {
            // '-' starts an option, '--', or standard input; '@' a response file; the rest is a path or a glob.
            if (args[i].Length == 0 || args[i][0] is '-' or '@' || Array.IndexOf(SlashHelp, args[i]) >= 0)
            {
                return false;
            }
        }

        inputs = args[1..];
        return true;
    }

    /// <summary>Runs <c>validate</c> on the inputs with every option at its default, as the command tree would.</summary>
    /// <param name="inputs">Files and globs.</param>
    /// <param name="environment">What to read and write.</param>
    /// <param name="scope">What to check here, and with what.</param>
    /// <returns>The exit code.</returns>
    public static int Run(string[] inputs, CliEnvironment environment, ValidateScope scope) => ValidateCommand.Run(inputs, new ValidateSettings(), environment, scope);
}
