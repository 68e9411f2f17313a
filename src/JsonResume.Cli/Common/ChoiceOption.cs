using System.CommandLine;
using System.CommandLine.Parsing;

namespace JsonResume.Cli.Common;

/// <summary>
/// An option whose value is one member of an enum (System.CommandLine's <see cref="Option{T}"/> of the enum), spelled
/// on the command line as the member's name in lower case (<c>GitHub</c> is <c>github</c>): the accepted names, the
/// help name (<c>&lt;text|json&gt;</c>), the completions and the error for any other value all come from the enum,
/// in the order of its members.
/// </summary>
/// <typeparam name="TEnum">The values.</typeparam>
internal sealed class ChoiceOption<TEnum>
    where TEnum : struct, Enum
{
    private readonly TEnum? _default;

    /// <summary>Creates the option.</summary>
    /// <param name="name">The option's name, such as <c>--format</c>.</param>
    /// <param name="description">What it chooses.</param>
    /// <param name="what">How errors name the value (<c>format</c> gives "Unknown format 'x'"), or null for
    /// "Unknown value 'x' for --name".</param>
    /// <param name="defaultValue">The value when the option is not given, or null when it has none.</param>
    /// <param name="aliases">Other names, such as <c>-f</c>.</param>
    public ChoiceOption(string name, string description, string? what, TEnum? defaultValue, params string[] aliases)
    {
        _default = defaultValue;
        Option = new Option<TEnum?>(name, aliases)
        {
            // System.CommandLine 2.0 prints a default value with ToString() (the PascalCase member name) and its help
            // builder is internal: so the default is applied by Get and stated in the description, spelled as users type it.
            Description = defaultValue is { } shown ? $"{description} [default: {NameOf(shown)}]" : description,
            HelpName = string.Join('|', Names),
            Arity = ArgumentArity.ExactlyOne,
            CustomParser = result => Parse(result, name, what),
        };
        Option.CompletionSources.Clear();
        Option.CompletionSources.Add([.. Names]);
    }

    /// <summary>The names users type, in the order of the enum's values.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. Enum.GetValues<TEnum>().Select(NameOf)];

    /// <summary>The option, to add to a command.</summary>
    public Option<TEnum?> Option { get; }

    /// <summary>The name users type for a value.</summary>
    /// <param name="value">A member of the enum.</param>
    /// <returns>Its name in lower case.</returns>
    public static string NameOf(TEnum value) => value.ToString().ToLowerInvariant();

    /// <summary>The value given, or the default when the option was not given.</summary>
    /// <param name="parseResult">The parsed command line.</param>
    /// <returns>The value, or null when there is neither.</returns>
    public TEnum? Get(ParseResult parseResult) => parseResult.GetValue(Option) ?? _default;

    private static TEnum? Parse(ArgumentResult result, string name, string? what)
    {
        var token = result.Tokens.Count > 0 ? result.Tokens[^1].Value : "";
        foreach (var value in Enum.GetValues<TEnum>())
        {
            if (NameOf(value) == token)
            {
                return value;
            }
        }

        var unknown = what is null ? $"value '{token}' for {name}" : $"{what} '{token}'";
        result.AddError($"Unknown {unknown}: use one of {string.Join(", ", Names)}.");
        return null;
    }
}
