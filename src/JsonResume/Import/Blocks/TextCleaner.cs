using System.Text;
using System.Text.RegularExpressions;

namespace JsonResume.Import.Blocks;

/// <summary>
/// Small text clean-ups shared by the readers: collapsing white space, dropping icon shortcodes such as
/// <c>:material-rocket:</c> (site decoration, not content), and making inline LaTeX readable (<c>\in</c> gives ∈).
/// </summary>
internal static partial class TextCleaner
{
    private static readonly Dictionary<string, string> LatexSymbols = new(StringComparer.Ordinal)
    {
        ["in"] = "∈", ["notin"] = "∉", ["times"] = "×", ["cdot"] = "·", ["leq"] = "≤", ["le"] = "≤", ["geq"] = "≥", ["ge"] = "≥",
        ["neq"] = "≠", ["approx"] = "≈", ["pm"] = "±", ["to"] = "→", ["rightarrow"] = "→", ["leftarrow"] = "←", ["infty"] = "∞",
        ["sim"] = "~", ["alpha"] = "α", ["beta"] = "β", ["gamma"] = "γ", ["delta"] = "δ", ["epsilon"] = "ε", ["lambda"] = "λ",
        ["mu"] = "μ", ["pi"] = "π", ["sigma"] = "σ", ["theta"] = "θ", ["sum"] = "∑", ["forall"] = "∀", ["exists"] = "∃",
        ["cup"] = "∪", ["cap"] = "∩", ["subset"] = "⊂", ["emptyset"] = "∅", ["LaTeX"] = "LaTeX", ["TeX"] = "TeX",
    };

    /// <summary>Collapses runs of white space to one space and trims.</summary>
    public static string Collapse(string text) => IsCollapsed(text) ? text.Trim() : Spaces().Replace(text, " ").Trim();

    /// <summary>
    /// Whether the only white space is single spaces (most text): replacing runs of white space with a space then gives
    /// the text back, so the replacement (a new string every time) is skipped. Regex <c>\s</c> is <see cref="char.IsWhiteSpace(char)"/>.
    /// </summary>
    private static bool IsCollapsed(string text)
    {
        var previousSpace = false;
        foreach (var c in text)
        {
            var space = char.IsWhiteSpace(c);
            if (space && (c != ' ' || previousSpace))
            {
                return false;
            }

            previousSpace = space;
        }

        return true;
    }

    /// <summary>Removes <c>:shortcode:</c> icons (names with a hyphen, digit or underscore, or any shortcode standing alone).</summary>
    public static string DropShortcodes(string text) =>
        text.IndexOf(':', StringComparison.Ordinal) is var colon and >= 0 && text.IndexOf(':', colon + 1) > colon ? Shortcode().Replace(text, "") : text; // a shortcode holds two colons

    /// <summary>Inline LaTeX as readable text: commands with a symbol become the symbol, braces and other commands go.</summary>
    public static string Latex(string math)
    {
        var sb = new StringBuilder(math.Length);
        for (var i = 0; i < math.Length; i++)
        {
            var c = math[i];
            if (c != '\\')
            {
                sb.Append(c is '{' or '}' or '^' or '_' ? ' ' : c);
                continue;
            }

            if (i + 1 < math.Length && !char.IsLetter(math[i + 1]))
            {
                sb.Append(math[i + 1]);
                i++;
                continue;
            }

            var j = i + 1;
            while (j < math.Length && char.IsLetter(math[j]))
            {
                j++;
            }

            var name = math[(i + 1)..j];
            sb.Append(LatexSymbols.TryGetValue(name, out var symbol) ? symbol : name);
            i = j - 1;
        }

        return Collapse(sb.ToString());
    }

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();

    [GeneratedRegex(@"(?<![\w:/]):[a-z][a-z0-9_+]*(?:-[a-z0-9_+]+)+:(?![\w/])|(?<![\w:/]):[a-z][a-z0-9_+]*:(?=\s*(?:$|[,.;)]|\s-))|(?<=^|\s):[a-z][a-z0-9_+]*:(?=\s)", RegexOptions.CultureInvariant)]
    private static partial Regex Shortcode();
}
