using JsonResume.Vocabulary;

namespace JsonResume.Import.Foreign;

/// <summary>
/// A job told in one line of prose: "3 years as Developer at Company from 2015 to 2018", "1 year Teacher at School
/// since 2020". The duration in front is dropped and the line is read as the header "Developer at Company, 2015 to 2018".
/// </summary>
internal static class ProseJobLine
{
    /// <summary>Longer role or organisation sides are sentences, not a job.</summary>
    private const int MaxSideWords = 10;

    /// <summary>The block as a job header, or the block itself when it is not a prose job line.</summary>
    /// <param name="block">A list item or line of a work section.</param>
    /// <returns>The rewritten block (same lines) or <paramref name="block"/>.</returns>
    public static Block Rewrite(Block block)
    {
        if (block.Kind is not (BlockKind.Bullet or BlockKind.Text) || block.Date is not { IsRange: true } date)
        {
            return block;
        }

        var text = block.Content.ToPlain();
        var lead = DurationLength(text);
        if (lead == 0 || date.Index <= lead || date.Index > text.Length)
        {
            return block;
        }

        var job = StripTrailingConnector(text[lead..date.Index].TrimEnd(' ', ',', '(', ';'));
        var rest = text[Math.Min(text.Length, date.EndIndex)..].Trim(' ', ')', '.', ',', ';');
        if (rest.Length > 0 || !WorkReader.HasRoleConnector(job) || Words(job) > 2 * MaxSideWords)
        {
            return block;
        }

        return new Block
        {
            Kind = block.Kind,
            Level = block.Level,
            Content = RichText.Plain($"{job}, {text.Substring(date.Index, date.Length).Trim()}"),
            FirstLine = block.FirstLine,
            LastLine = block.LastLine,
            Gap = block.Gap,
            Boundary = block.Boundary,
        };
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

    private static int Words(string s) => s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}
