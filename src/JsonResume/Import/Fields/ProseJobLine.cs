using JsonResume.Import.Blocks;
using JsonResume.Import.Recognition;
using JsonResume.Model;
using JsonResume.Vocabulary;

namespace JsonResume.Import.Fields;

/// <summary>
/// A job told in one line of prose: "3 years as Developer at Company from 2015 to 2018", "1 year Teacher at School
/// since 2020": the duration in front is dropped, the connector splits role and organisation, the range gives the dates.
/// </summary>
internal static class ProseJobLine
{
    /// <summary>Longer role or organisation sides are sentences, not a job.</summary>
    private const int MaxSideWords = 10;

    /// <summary>Reads the prose job lines among a work section's blocks as jobs; returns the other blocks.</summary>
    /// <param name="blocks">The section's blocks.</param>
    /// <param name="ctx">The import.</param>
    /// <returns>The blocks that are not prose job lines.</returns>
    public static List<Block> ReadAll(List<Block> blocks, ImportContext ctx)
    {
        var rest = new List<Block>(blocks.Count);
        foreach (var block in blocks)
        {
            if (TryRead(block) is not var (role, organisation, date))
            {
                rest.Add(block);
                continue;
            }

            var work = new Work
            {
                Position = role, Name = organisation, StartDate = date.Start?.ToString(),
                EndDate = date is { IsRange: true, End: { } end } ? end.ToString() : null,
            };
            (ctx.Resume.Work ??= []).Add(work);
            ctx.Ledger.Claim(block, work, "position");
            ctx.Ledger.Claim(block, work, "name");
            WorkReader.ClaimDates(ctx, block, work, ("startDate", work.StartDate), ("endDate", work.EndDate));
        }

        return rest;
    }

    /// <summary>The role, organisation and dates of a prose job line, or null when the block is not one.</summary>
    internal static (string Role, string Organisation, DateMatch Date)? TryRead(Block block)
    {
        if (block.Kind is not (BlockKind.Bullet or BlockKind.Text) || block.Date is not { IsRange: true } date)
        {
            return null;
        }

        var text = block.Content.ToPlain();
        var lead = DurationLength(text);
        if (lead == 0 || date.Index <= lead || date.Index > text.Length)
        {
            return null;
        }

        var job = StripTrailingConnector(text[lead..date.Index].TrimEnd(' ', ',', '(', ';'));
        var rest = text[Math.Min(text.Length, date.EndIndex)..].Trim(' ', ')', '.', ',', ';');
        var at = RoleConnectors.Find(job);
        if (rest.Length > 0 || !at.Success)
        {
            return null;
        }

        var role = job[..at.Index].Trim();
        var organisation = job[(at.Index + at.Length)..].Trim();
        return role.Length == 0 || organisation.Length == 0 || Words(role) > MaxSideWords || Words(organisation) > MaxSideWords
            ? null
            : (role, organisation, date);
    }

    /// <summary>How many characters "3 years as " (a number, a unit, an optional "as") take at the start, or 0.</summary>
    internal static int DurationLength(string text)
    {
        var words = text.Split(' ');
        if (words.Length < 3)
        {
            return 0;
        }

        var number = words[0].TrimEnd('+');
        if (!(number.Length > 0 && number.All(c => char.IsDigit(c) || c is '.' or ',')) && !DurationWords.Numbers.Contains(number.ToLowerInvariant()))
        {
            return 0;
        }

        if (!DurationWords.Units.Contains(words[1].Trim(',', '.').ToLowerInvariant()))
        {
            return 0;
        }

        var index = words[0].Length + 1 + words[1].Length + 1;
        foreach (var intro in DurationWords.RoleIntroductions)
        {
            if (string.Compare(text, index, intro, 0, intro.Length, StringComparison.OrdinalIgnoreCase) == 0
                && (intro.EndsWith('\'') || (index + intro.Length < text.Length && text[index + intro.Length] == ' ')))
            {
                index += intro.Length;
                break;
            }
        }

        while (index < text.Length && text[index] == ' ')
        {
            index++;
        }

        return index;
    }

    /// <summary>Drops a "from" or "since" word the date match left before the date.</summary>
    private static string StripTrailingConnector(string text)
    {
        var space = text.LastIndexOf(' ');
        if (space < 0)
        {
            return text;
        }

        var last = text[(space + 1)..].ToLowerInvariant();
        return DateWords.All.Any(t => t.From.Contains(last) || t.Since.Contains(last)) ? text[..space].TrimEnd(' ', ',') : text;
    }

    private static int Words(string s) => SpaceWords.Count(s);
}
