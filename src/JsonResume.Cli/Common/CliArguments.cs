using System.CommandLine;
using System.CommandLine.Parsing;

namespace JsonResume.Cli.Common;

/// <summary>The file arguments and options several commands share, built in one place.</summary>
internal static class CliArguments
{
    /// <summary>A list of files, globs and <c>-</c>.</summary>
    /// <param name="description">What the files are.</param>
    /// <param name="arity">How many are needed.</param>
    /// <returns>The argument.</returns>
    public static Argument<string[]> Files(string description, ArgumentArity arity)
    {
        var files = new Argument<string[]>("files") { Description = description, Arity = arity };
        files.Validators.Add(RejectOptionLikeTokens);
        return files;
    }

    /// <summary>One file (or <c>-</c>).</summary>
    /// <param name="description">What the file is.</param>
    /// <returns>The argument.</returns>
    public static Argument<string> File(string description)
    {
        var file = new Argument<string>("file") { Description = description };
        file.Validators.Add(RejectOptionLikeTokens);
        return file;
    }

    /// <summary>The <c>--force</c> option of commands that write a file.</summary>
    /// <param name="description">What it lets the command replace.</param>
    /// <returns>The option.</returns>
    public static Option<bool> Force(string description = "Replace the output file when it exists.") => new("--force") { Description = description };

    /// <summary>
    /// Any token left that looks like an option is a mistyped option, not a file (write <c>./-name.json</c> for such a
    /// file).
    /// </summary>
    public static void RejectOptionLikeTokens(ArgumentResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        foreach (var token in result.Tokens.Where(t => t.Value.Length > 1 && t.Value[0] == '-'))
        {
            result.AddError($"Unrecognized option '{token.Value}'.");
        }
    }
}
