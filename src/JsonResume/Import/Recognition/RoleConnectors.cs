using System.Text.RegularExpressions;
using JsonResume.Vocabulary;

namespace JsonResume.Import.Recognition;

/// <summary>
/// The words that join a role to its organisation ("Engineer at Company", "Ingénieur chez…", "Entwickler bei…"), in
/// every language the converter reads, and whether a line reads as a role at an organisation.
/// </summary>
internal static partial class RoleConnectors
{
    /// <summary>Longer sides are phrases, not a role and an organisation.</summary>
    private const int MaxRoleAtOrganisationWords = 8;

    /// <summary>Whether a line reads as "Role at Organisation" (in any of the connector languages): a job-title word before
    /// the connector, and both sides short.</summary>
    public static bool ReadsAsRoleAtOrganisation(string text)
    {
        var at = Pattern().Match(text);
        if (!at.Success)
        {
            return false;
        }

        var role = text[..at.Index];
        var organisation = text[(at.Index + at.Length)..];
        return Lexicon.TitleScore(role) > 0 && Words(role) is > 0 and <= MaxRoleAtOrganisationWords
            && Words(organisation) is > 0 and <= MaxRoleAtOrganisationWords;

        static int Words(string s) => SpaceWords.Count(s);
    }

    /// <summary>The first "Role at Organisation" connector of a line (any language), whatever its sides read as.</summary>
    public static Match Find(string text) => Pattern().Match(text);

    // "Role at Organisation" and its translations: at, @, chez/à (fr), bei (de), en (es), na/no/em (pt), presso (it), bij (nl),
    // w (pl), в (ru); the organisation starts with a capital or a link.
    [GeneratedRegex(@"\s+(?:(?:at|@|chez|à\s+la|à|au|bei|en|na|no|em|presso|bij|w|в)\s+|à\s+l['’])(?=\p{Lu}|\[)", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    // The connectors of Pattern that cannot open an organisation's name.
    [GeneratedRegex(@"^(?:(?:at|@|chez|à\s+la|à|au|bei|presso|bij|в)\s+|à\s+l['’])(?=\p{Lu}|\[)", RegexOptions.CultureInvariant)]
    public static partial Regex Leading();
}
