using JsonResume.Import.Blocks;

namespace JsonResume.Import.Sections;

/// <summary>Where entries start: entry headings (or the dated sub-headings under a group label), definition terms,
/// dated list items, items that own nested items, and lists of links.</summary>
internal static partial class EntrySegmenter
{
    private static List<int>? EntryHeadings(List<Block> blocks)
    {
        var headings = blocks.Where(b => b.Kind == BlockKind.Heading).ToList();
        if (headings.Count == 0)
        {
            return null;
        }

        var level = headings.Min(h => h.Level);
        var tops = blocks.Select((b, i) => (b, i)).Where(p => p.b.Kind == BlockKind.Heading && p.b.Level == level).Select(p => p.i).ToList();
        if (!tops.Any(i => IsDatedHeading(blocks, i)))
        {
            return tops;
        }

        // "### Freelance work alongside my studies" over "#### Firm" / "_2003 – 2004_": in a section of dated entry
        // headings, an undated heading whose sub-headings are dated only labels a group; its sub-headings are the entries
        // (the label stays a sub-heading of the entry before, or text before the first).
        var starts = new List<int>();
        for (var t = 0; t < tops.Count; t++)
        {
            var end = t + 1 < tops.Count ? tops[t + 1] : blocks.Count;
            var subs = Enumerable.Range(tops[t] + 1, end - tops[t] - 1).Where(i => blocks[i].Kind == BlockKind.Heading).ToList();
            if (!IsDatedHeading(blocks, tops[t]) && subs.Count > 0 && subs.All(i => IsDatedHeading(blocks, i)))
            {
                starts.AddRange(subs);
            }
            else
            {
                starts.Add(tops[t]);
            }
        }

        return starts;
    }

    /// <summary>Whether a heading carries a date, or a date line stands right under it (before any other heading).</summary>
    private static bool IsDatedHeading(List<Block> blocks, int i)
    {
        if (HasDate(blocks[i]))
        {
            return true;
        }

        for (var d = i + 1; d < blocks.Count && d <= i + MaxLinesBeforeDate + 1 && blocks[d].Kind != BlockKind.Heading; d++)
        {
            if (IsDateOnly(blocks[d]))
            {
                return true;
            }
        }

        return false;
    }

    private static List<int>? Terms(List<Block> blocks)
    {
        var terms = blocks.Select((b, i) => (b, i)).Where(p => p.b.IsTerm).Select(p => p.i).ToList();
        return terms.Count > 0 ? terms : null;
    }

    /// <summary>
    /// "- Degree - School - May 2007": a section made only of list items whose every top-level item holds a date and reads
    /// as a header (not a sentence) is one entry per item.
    /// </summary>
    private static List<int>? DatedBullets(List<Block> blocks, Func<string, bool>? entryItem)
    {
        if (blocks.Count == 0 || blocks.Any(b => b.Kind != BlockKind.Bullet))
        {
            return null;
        }

        var starts = new List<int>();
        for (var i = 0; i < blocks.Count; i++)
        {
            var b = blocks[i];
            if (b.Level > 0)
            {
                continue;
            }

            var text = b.Content.ToPlain();
            if (text.Length > MaxDatedBulletLength)
            {
                return null;
            }

            if (b.Date is not { } date ? entryItem?.Invoke(text) != true : LineJoiner.IsSentence(text.Remove(date.Index, date.Length)) && entryItem?.Invoke(text) != true)
            {
                return null;
            }

            starts.Add(i);
        }

        return starts.Count > 0 ? starts : null;
    }

    /// <summary>Longer dated list items are achievements with a date, not entry headers.</summary>
    private const int MaxDatedBulletLength = 160;

    private static List<int>? BulletEntries(List<Block> blocks)
    {
        var starts = new List<int>();
        for (var i = 0; i + 1 < blocks.Count; i++)
        {
            if (blocks[i].Kind == BlockKind.Bullet && blocks[i].Level == 0 && blocks[i + 1].Kind == BlockKind.Bullet && blocks[i + 1].Level > 0)
            {
                starts.Add(i);
            }
        }

        return starts.Count > 0 && starts.Count * 2 >= blocks.Count(b => b.Kind == BlockKind.Bullet && b.Level == 0) ? starts : null;
    }

    /// <summary>
    /// "- [Course or project](url)", each perhaps with notes nested under it: a list whose every top-level item is a
    /// link (or a bare address) names one thing per item, so each item is an entry.
    /// </summary>
    private static List<int>? LinkItems(List<Block> blocks)
    {
        if (blocks.Count == 0 || blocks.Any(b => b.Kind != BlockKind.Bullet))
        {
            return null;
        }

        var starts = blocks.Select((b, i) => (b, i)).Where(p => p.b.Level == 0).Select(p => p.i).ToList();
        return starts.Count >= MinLinkItems && starts.All(i => blocks[i].Content.IsOneLink || IsBareAddress(blocks[i].Content.ToPlain())) ? starts : null;
    }

    /// <summary>One linked item is a note; a list of them is a list of things.</summary>
    private const int MinLinkItems = 2;

    private static bool IsBareAddress(string text)
    {
        var t = text.Trim().Trim('[', ']', '<', '>');
        return !t.Contains(' ', StringComparison.Ordinal) && (t.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || t.StartsWith("https://", StringComparison.OrdinalIgnoreCase));
    }
}
