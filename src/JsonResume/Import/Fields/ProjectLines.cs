using System.Text.RegularExpressions;
using JsonResume.Import.Blocks;
using JsonResume.Import.Recognition;
using JsonResume.Import.Sections;
using JsonResume.Vocabulary;

namespace JsonResume.Import.Fields;

/// <summary>
/// Shapes of project lines: a release line dating the project ("Published June 2011", <see cref="ReleaseWords"/>),
/// a name followed by its language or technologies in parentheses ("Libfoo (C)", "Tool (Python, Qt)"), and a project
/// named only by its address.
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

    /// <summary>A project named only by its address ("[https://host/repo](…/pull/3)"): the address as written is its name.</summary>
    public static string? AddressName(RawEntry entry) =>
        entry.Header is [var only] && only.Content.ToPlain().Trim('[', ']', '<', '>', ' ') is var text && Uri.TryCreate(text, UriKind.Absolute, out var uri)
        && uri.Scheme is "http" or "https" ? text : null;

    /// <summary>The link of a project named only by its address (not the address itself, which reads as a link too), else the address.</summary>
    public static string? AddressUrl(RawEntry entry) =>
        AddressName(entry) is { } name ? entry.Header[0].Content.Links.Select(l => l.Url).FirstOrDefault(u => u != name) ?? name : null;

    [GeneratedRegex(@"^(?<n>[^()]+?)\s+\((?<t>[^()]+)\)$", RegexOptions.CultureInvariant)]
    private static partial Regex NameParenthesis();
}
