using JsonResume.Import.Blocks;
using JsonResume.Import.Recognition;
using JsonResume.Vocabulary;

namespace JsonResume.Import.Sections;

/// <summary>
/// Splits the blocks of a section into entries, each with header lines (title, organisation, dates, place) and a body
/// (summary prose, bullets). Entries start at entry headings, at definition terms, at top-level bullets that own nested
/// bullets, or else around date lines: the short lines next to a date line are its header, whatever their order.
/// </summary>
internal static partial class EntrySegmenter
{
    private const int MaxHeaderLines = 5;

    /// <summary>How many lines may stand between an entry heading and a date line that still dates that entry.</summary>
    private const int MaxLinesBeforeDate = 2;

    /// <summary>Labels that introduce a detail of an entry (a body line), not a header field.</summary>
    private static readonly HashSet<string> FieldLabels = new(StringComparer.Ordinal)
    {
        "thesis", "thesis title", "dissertation", "project", "projects", "supervisor", "supervisors", "advisor", "advisors", "supervised by",
        "coursework", "relevant coursework", "courses", "modules", "award", "awards", "grade", "gpa", "technologies", "technology", "tools",
        "skills", "keywords", "stack", "tech", "tech stack", "summary", "description", "responsibilities", "achievements", "note", "notes",
        "topics", "focus", "subjects", "minor", "major", "honors", "honours", "activities", "environment", "languages", "role", "roles",
        "team", "client", "clients", "publication", "publications", "key achievements", "highlights", "used", "built with", "links", "link",
    };

    /// <param name="input">The section's blocks.</param>
    /// <param name="datedBullets">Whether a list of dated one-line items is a list of entries (jobs, degrees).</param>
    /// <param name="entryItem">What else makes a one-line item an entry of its own (a degree in an education list), besides a date.</param>
    /// <param name="namedItems">Whether a list of items that each open with a name is a list of entries (projects).</param>
    public static (List<Block> Intro, List<RawEntry> Entries) Segment(IReadOnlyList<Block> input, bool datedBullets = false, Func<string, bool>? entryItem = null, bool namedItems = false)
    {
        var blocks = Flatten(input);
        var starts = TableHeader.RowStarts(blocks) ?? EntryHeadings(blocks) ?? Terms(blocks)
            ?? (blocks.Any(b => b.Kind != BlockKind.Bullet && IsAnchor(b)) ? null : (datedBullets ? DatedBullets(blocks, entryItem) : null) ?? BulletEntries(blocks) ?? LinkItems(blocks));
        if (starts is null && namedItems && NamedItems(blocks) is { } named)
        {
            return FromStarts(named.Blocks, named.Starts);
        }

        return starts is not null ? FromStarts(blocks, starts) : FromAnchors(blocks);
    }

    /// <summary>Whether a block can be a line of an entry header: short, not running text.</summary>
    public static bool IsHeaderLine(Block b)
    {
        if (b.Kind == BlockKind.Bullet)
        {
            return IsDateOnly(b);
        }

        if (b.Kind is not (BlockKind.Text or BlockKind.Heading))
        {
            return false;
        }

        var text = b.Content.ToPlain();
        if (text.Length is 0 or > 220)
        {
            return false;
        }

        if (b.Date is { } date)
        {
            var rest = text.Remove(date.Index, date.Length);
            var before = text[..date.Index].TrimEnd();
            var setApart = before.Length == 0 || before[^1] is ',' or '|' or '·' or '(' or '-' or '–' or '—' or ':' or '•' || b.Content.Text.Contains('\t', StringComparison.Ordinal);
            return text.Length <= 40 || b.Content.IsAllEmphasized || ((setApart || !LineJoiner.IsSentence(rest)) && (text.Length <= 140 || LineJoiner.IsHeaderish(b.Content)));
        }

        if (text.Length > 140)
        {
            return false;
        }

        return !LineJoiner.IsSentence(text) && !(LabelValue().Match(text) is { Success: true } label && FieldLabels.Contains(label.Groups["l"].Value.Trim().ToLowerInvariant())) && text.Length <= 100;
    }

    public static bool IsDateOnly(Block b) => DateRecognizer.Default.TryParseWhole(b.Content.ToPlain(), out _);

    public static bool HasDate(Block b) => b.Date is not null;

    private static bool IsAnchor(Block b)
    {
        if (!IsHeaderLine(b))
        {
            return false;
        }

        var text = b.Content.ToPlain();
        var date = b.Date;
        return date is not null && (date.IsRange || text.Length <= 80);
    }

    private static List<Block> Flatten(IReadOnlyList<Block> input)
    {
        var output = new List<Block>();
        foreach (var b in input)
        {
            if (b.Kind == BlockKind.Row && b.Cells is { } cells)
            {
                var first = true;
                for (var c = 0; c < cells.Count; c++)
                {
                    foreach (var line in cells[c].Where(l => !l.IsEmpty))
                    {
                        output.Add(new Block { Kind = BlockKind.Text, Content = line, FirstLine = b.FirstLine, LastLine = b.LastLine, Boundary = first, Gap = first && b.Gap, Column = TableHeader.ColumnOf(b, c), Columns = b.Columns });
                        first = false;
                    }
                }

                continue;
            }

            if (b.Kind == BlockKind.Text && SplitBoldLead(b) is { } split)
            {
                output.AddRange(split);
                continue;
            }

            output.Add(b);
        }

        return output;
    }

    private static (List<Block>, List<RawEntry>) FromStarts(List<Block> blocks, List<int> starts)
    {
        var intro = blocks.Take(starts[0]).ToList();
        var entries = new List<RawEntry>();
        for (var s = 0; s < starts.Count; s++)
        {
            var end = s + 1 < starts.Count ? starts[s + 1] : blocks.Count;
            var entry = new RawEntry { Start = blocks[starts[s]] };
            entry.Header.Add(blocks[starts[s]]);
            var i = starts[s] + 1;
            while (i < end && entry.Header.Count < MaxHeaderLines && IsHeaderLine(blocks[i]) && blocks[i].Column != Vocabulary.TableColumn.Description
                   && (!blocks[i].Gap || HasDate(blocks[i]) || blocks[i].Content.IsAllEmphasized)
                   && !(blocks[i].Kind == BlockKind.Heading))
            {
                entry.Header.Add(blocks[i]);
                i++;
            }

            if (blocks[starts[s]].Kind == BlockKind.Heading && !entry.Header.Any(HasDate)
                && Enumerable.Range(i, Math.Max(0, Math.Min(end, i + MaxLinesBeforeDate + 1) - i)).FirstOrDefault(d => IsDateOnly(blocks[d]) && blocks[d].Kind == BlockKind.Text, -1) is var dateLine and >= 0)
            {
                // "### Organisation" / a line about it / "July 2012 – present" / "Role.", each after a blank line: the
                // date line standing alone near the heading dates the entry, and a short line right after it is a header
                // line too; the lines between stay the body's.
                entry.Header.Add(blocks[dateLine]);
                var taken = dateLine + 1 < end && blocks[dateLine + 1].Kind == BlockKind.Text && IsHeaderLine(blocks[dateLine + 1]) && !HasDate(blocks[dateLine + 1]) ? 2 : 1;
                if (taken == 2)
                {
                    entry.Header.Add(blocks[dateLine + 1]);
                }

                entry.Body.AddRange(blocks.Skip(i).Take(dateLine - i));
                i = dateLine + taken;
            }

            entry.Body.AddRange(blocks.Skip(i).Take(end - i));
            entries.Add(entry);
        }

        return (intro, entries);
    }

    private static (List<Block>, List<RawEntry>) FromAnchors(List<Block> blocks)
    {
        var entries = new List<RawEntry>();
        var owner = new int[blocks.Count];
        Array.Fill(owner, -1);
        var starts = new List<(int Start, int End)>();
        for (var a = 0; a < blocks.Count; a++)
        {
            if (owner[a] >= 0 || !IsAnchor(blocks[a]))
            {
                continue;
            }

            var dateOnly = IsDateOnly(blocks[a]);
            var start = a;
            while (start - 1 >= 0 && owner[start - 1] < 0 && a - (start - 1) < MaxHeaderLines - 1 && IsHeaderLine(blocks[start - 1]) && !IsAnchor(blocks[start - 1])
                   && (!blocks[start].Gap || dateOnly) && !blocks[start].Boundary && blocks[start - 1].Kind != BlockKind.Bullet
                   && PreviousEntryIsComplete(blocks, start - 1, starts))
            {
                start--;
            }

            var end = a;
            while (end + 1 < blocks.Count && end + 1 - start < MaxHeaderLines && IsHeaderLine(blocks[end + 1]) && !IsAnchor(blocks[end + 1])
                   && (dateOnly || end > a || NamesSomething(blocks[end + 1]))
                   && (!blocks[end + 1].Gap || dateOnly || HeaderHasOnlyDate(blocks, start, end) || (blocks[end + 1].Content.IsAllEmphasized && blocks[end + 1].Text.Length <= 80))
                   && !blocks[end + 1].Boundary && blocks[end + 1].Kind != BlockKind.Bullet
                   && !StartsNextEntry(blocks, end + 1))
            {
                end++;
            }

            for (var i = start; i <= end; i++)
            {
                owner[i] = starts.Count;
            }

            starts.Add((start, end));
        }

        if (starts.Count == 0)
        {
            return FromGroups(blocks);
        }

        var intro = blocks.Take(starts[0].Start).ToList();
        for (var e = 0; e < starts.Count; e++)
        {
            var (start, end) = starts[e];
            var next = e + 1 < starts.Count ? starts[e + 1].Start : blocks.Count;
            var entry = new RawEntry { Start = blocks[start] };
            entry.Header.AddRange(blocks.Skip(start).Take(end - start + 1));
            entry.Body.AddRange(blocks.Skip(end + 1).Take(next - end - 1));
            entries.Add(entry);
        }

        return (intro, entries);
    }

    /// <summary>Whether a line names a role, an organisation or a place (what may follow a dated title line).</summary>
    private static bool NamesSomething(Block b)
    {
        var text = b.Content.ToPlain();
        return Lexicon.TitleScore(text) > 0 || Lexicon.OrganisationScore(text) > 0 || LocationRecognizer.TryParse(text, out _) || b.Content.IsAllEmphasized;
    }

    private static bool HeaderHasOnlyDate(List<Block> blocks, int start, int end) =>
        Enumerable.Range(start, end - start + 1).All(i => IsDateOnly(blocks[i]));

    /// <summary>A header line followed (without a gap) by another short line and then a date line belongs to the next entry.</summary>
    private static bool StartsNextEntry(List<Block> blocks, int i) =>
        i + 1 < blocks.Count && !blocks[i + 1].Gap && IsAnchor(blocks[i + 1]) && !IsDateOnly(blocks[i]) && blocks[i].Gap;

    private static bool PreviousEntryIsComplete(List<Block> blocks, int candidate, List<(int Start, int End)> starts)
    {
        // A short line right after a previous entry's header (no gap) belongs to that header, not to this one.
        return starts.Count == 0 || candidate > starts[^1].End + 1 || blocks[candidate].Gap || candidate > starts[^1].End;
    }

    private static (List<Block>, List<RawEntry>) FromGroups(List<Block> blocks)
    {
        var entries = new List<RawEntry>();
        RawEntry? current = null;
        foreach (var b in blocks)
        {
            if (current is null || (b.Gap && b.Kind != BlockKind.Bullet && IsHeaderLine(b) && current.Body.Count + current.Header.Count > 0 && (current.Body.Count > 0 || b.Content.IsAllEmphasized)))
            {
                current = new RawEntry { Start = b };
                entries.Add(current);
                if (IsHeaderLine(b))
                {
                    current.Header.Add(b);
                    continue;
                }
            }

            if (current.Body.Count == 0 && IsHeaderLine(b) && !b.Gap && current.Header.Count < MaxHeaderLines)
            {
                current.Header.Add(b);
            }
            else
            {
                current.Body.Add(b);
            }
        }

        return ([], entries);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?<l>\p{Lu}[\p{L} ]{1,25}):\s+\S", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex LabelValue();
}
