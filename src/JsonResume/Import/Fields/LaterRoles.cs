using JsonResume.Import.Blocks;
using JsonResume.Import.Recognition;
using JsonResume.Import.Sections;
using JsonResume.Vocabulary;

namespace JsonResume.Import.Fields;

/// <summary>
/// Several roles under one employer: "### Employer", "**Lead Engineer** — 2022 to present", bullets, then
/// "**Engineer** — 2019 to 2021" and its bullets. A later line in the body shaped like the entry's own dated role line
/// (a job title with dates, emphasised alike, not a sentence) starts another entry at the same employer, as the
/// conventions ask (two roles at one company are two entries).
/// </summary>
internal static class LaterRoles
{
    /// <summary>Longest line read as a role line; longer ones are prose that happens to hold a date and a title word.</summary>
    private const int MaxRoleLineLength = 120;

    public static List<RawEntry> Split(List<RawEntry> entries, DateRecognizer dates)
    {
        var result = new List<RawEntry>(entries.Count);
        foreach (var entry in entries)
        {
            var roleLine = entry.Header.FirstOrDefault(b => IsRoleLine(b, dates));
            var employer = entry.Header.Where(b => dates.FindAll(b.Content.Text).Count == 0).ToList();
            if (roleLine is null || employer.Count == 0 || employer.Any(b => Lexicon.TitleScore(b.Content.Text) > 0))
            {
                result.Add(entry);
                continue;
            }

            var current = entry;
            var split = new RawEntry { Start = entry.Start };
            split.Header.AddRange(entry.Header);
            result.Add(split);
            for (var k = 0; k < entry.Body.Count; k++)
            {
                var block = entry.Body[k];
                if (k > 0 && split.Body.Count > 0 && IsRoleLine(block, dates) && SameEmphasis(block, roleLine))
                {
                    split = new RawEntry { Start = block };
                    split.Header.AddRange(employer);
                    split.Header.Add(block);
                    result.Add(split);
                    continue;
                }

                split.Body.Add(block);
            }
        }

        return result;
    }

    private static bool IsRoleLine(Block block, DateRecognizer dates)
    {
        if (block.Kind != BlockKind.Text || block.Content.Text.Length > MaxRoleLineLength)
        {
            return false;
        }

        var text = block.Content.Text;
        var found = dates.FindAll(text);
        if (found.Count == 0)
        {
            return false;
        }

        var rest = text.Remove(found[0].Index, found[0].Length);
        return Lexicon.TitleScore(rest) > 0 && !LineJoiner.IsSentence(rest);
    }

    private static bool SameEmphasis(Block a, Block b) =>
        StartsBold(a) == StartsBold(b) && StartsItalic(a) == StartsItalic(b);

    private static bool StartsBold(Block b) => b.Content.Length > 0 && b.Content.Styles[0].HasFlag(RunStyle.Bold);

    private static bool StartsItalic(Block b) => b.Content.Length > 0 && b.Content.Styles[0].HasFlag(RunStyle.Italic);
}
