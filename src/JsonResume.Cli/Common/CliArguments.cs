using System.CommandLine;
using System.CommandLine.Parsing;
using JsonResume.Render;

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
    /// The <c>--lang</c> option of commands that render: a language tag the renderers support (by its primary subtag:
    /// <c>de-AT</c> writes German); an unsupported one is a usage error naming the supported languages.
    /// </summary>
    /// <returns>The option.</returns>
    public static Option<string?> Language()
    {
        var option = new Option<string?>("--lang")
        {
            Description = $"The language of titles, labels and dates ({string.Join(", ", RenderOptions.SupportedLanguages)}; "
                + "a region such as de-AT or pt-BR counts by its language). Default: the résumé's meta.language when supported, else en.",
            HelpName = "code",
        };
        option.Validators.Add(result =>
        {
            var tag = result.GetValueOrDefault<string?>();
            if (tag is not null && !RenderOptions.IsSupportedLanguage(tag))
            {
                result.AddError($"--lang: \"{tag}\" is not a supported language; supported: {string.Join(", ", RenderOptions.SupportedLanguages)}.");
            }
        });
        return option;
    }

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
