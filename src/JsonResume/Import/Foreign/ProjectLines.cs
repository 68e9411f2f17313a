using System.Text.RegularExpressions;
using JsonResume.Import.Recognition;
using JsonResume.Vocabulary;

namespace JsonResume.Import.Foreign;

/// <summary>
/// Two shapes of project lines: a release line dating the project ("Published June 2011", <see cref="ReleaseWords"/>)
/// and a name followed by its language or technologies in parentheses ("Libfoo (C)", "Tool (Python, Qt)").
/// </summary>
internal static partial class ProjectLines
{
    /// <summary>Longer parenthesised items are descriptions, not technology names.</summary>
    private const int MaxTechnologyLength = 20;

    /// <summary>The date of a line made of a release word and one date (or range), else null.</summary>
    public static DateMatch? ReleaseDate(Block block, DateRecognizer dates)
    {
        var text = block.Content.ToPlain().Trim();
        var space = text.IndexOf(' ', StringComparison.Ordinal);
        if (space <= 0 || !ReleaseWords.All.Contains(text[..space].TrimEnd(':', ',').ToLowerInvariant()))
        {
            return null;
        }

        return dates.TryParseWhole(text[(space + 1)..], out var match) ? match : null;
    }

    /// <summary>"Name (Python)" or "Name (C, Lua)": the name and the technologies, when each item is one word.</summary>
    public static (string Name, List<string> Technologies)? NameWithTechnologies(string text)
    {
        var match = NameParenthesis().Match(text.Trim());
        if (!match.Success)
        {
            return null;
        }

        var items = match.Groups["t"].Value.Split([',', '/'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (items.Length == 0 || items.Any(i => i.Length > MaxTechnologyLength || i.Contains(' ', StringComparison.Ordinal) || !i.Any(char.IsLetter)))
        {
            return null;
        }

        return (match.Groups["n"].Value.Trim(), [.. items]);
    }

    [GeneratedRegex(@"^(?<n>[^()]+?)\s+\((?<t>[^()]+)\)$", RegexOptions.CultureInvariant)]
    private static partial Regex NameParenthesis();
}
