using JsonResume.Import.Blocks;
using JsonResume.Import.Recognition;

namespace JsonResume.Import.Sections;

/// <summary>Lists of named things: each item opens with a name and goes on to say what the thing is.</summary>
internal static partial class EntrySegmenter
{
    /// <summary>A name set apart by a dash or colon is a few words; more is a sentence that happens to hold a dash.</summary>
    private const int MaxItemNameWords = 6;

    /// <summary>The separators between an item's name and what follows it, longest first.</summary>
    private static readonly string[] NameSeparators = [" — ", " – ", " - ", ": ", " -- "];

    /// <summary>
    /// "- [Palette Kit](url) — a colour tool (2022)", "- **Type Scale**: a Figma plugin", "- Tidy – a linter for YAML": a
    /// list (projects, awards, talks) whose every top-level item opens with a name set apart, by a link or emphasis at
    /// its start or by a dash or colon after a few words, lists one thing per item. Each item becomes a header line (the
    /// name, and a date of the item when it has one) and a body line (the rest); items nested under it stay its body.
    /// </summary>
    private static (List<Block> Blocks, List<int> Starts)? NamedItems(List<Block> blocks)
    {
        if (blocks.Count == 0 || blocks.Any(b => b.Kind != BlockKind.Bullet) || blocks[0].Level != 0)
        {
            return null;
        }

        var output = new List<Block>();
        var starts = new List<int>();
        var split = 0;
        foreach (var b in blocks)
        {
            if (b.Level > 0)
            {
                output.Add(b);
                continue;
            }

            if (NameLength(b.Content) is not { } nameLength)
            {
                return null;
            }

            starts.Add(output.Count);
            var name = b.Content.Slice(0, nameLength).Trim();
            output.Add(new Block { Kind = BlockKind.Text, Content = name, FirstLine = b.FirstLine, LastLine = b.FirstLine, Gap = b.Gap, Boundary = true });
            var rest = b.Content.Slice(nameLength, b.Content.Length - nameLength).Trim();
            rest = rest.Slice(SeparatorLength(rest.Text), rest.Length - SeparatorLength(rest.Text)).Trim();
            if (rest.IsEmpty)
            {
                continue;
            }

            split++;
            if (DateRecognizer.Default.FindAll(rest.Text) is [.., var date] && rest.Text[(date.Index + date.Length)..].Trim(' ', ')', '.').Length == 0)
            {
                // "… (2022)": the item's date is a header line of its own, the words before it the description.
                var start = date.Index > 0 && rest.Text[date.Index - 1] == '(' ? date.Index - 1 : date.Index;
                output.Add(new Block { Kind = BlockKind.Text, Content = rest.Slice(date.Index, date.Length), FirstLine = b.FirstLine, LastLine = b.FirstLine });
                rest = rest.Slice(0, start).Trim(",;");
            }

            if (!rest.IsEmpty)
            {
                // Set apart (Gap) so that a short description is never taken for one more header line.
                output.Add(new Block { Kind = BlockKind.Text, Content = rest, FirstLine = b.FirstLine, LastLine = b.LastLine, Gap = true });
            }
        }

        return split > 0 ? (output, starts) : null;
    }

    /// <summary>The length of the name an item opens with, or null when it opens with none.</summary>
    private static int? NameLength(RichText content)
    {
        var text = content.Text;
        var leading = text.Length - text.TrimStart().Length;
        if (content.Links.Count > 0 && content.Links[0] is { } link && link.Start == leading)
        {
            return link.Start + link.Length;
        }

        var runs = content.Runs().ToList();
        if (runs.Count >= 2 && (runs[0].Style & (RunStyle.Bold | RunStyle.Italic)) != 0 && runs[0].Start == leading)
        {
            return runs[0].Length;
        }

        foreach (var separator in NameSeparators)
        {
            var at = text.IndexOf(separator, StringComparison.Ordinal);
            if (at > 0 && SpaceWords.Count(text.AsSpan(0, at)) <= MaxItemNameWords
                && DateRecognizer.Default.FindAll(text[..at]).Count == 0)
            {
                return at;
            }
        }

        return null;
    }

    private static int SeparatorLength(string text)
    {
        var trimmed = text.TrimStart('—', '–', '-', ':', ',', ' ');
        return text.Length - trimmed.Length;
    }
}
