using System.Text.RegularExpressions;
using JsonResume.Import.Blocks;
using JsonResume.Import.Recognition;
using JsonResume.Import.Sections;
using JsonResume.Model;
using JsonResume.Vocabulary;

namespace JsonResume.Import.Fields;

/// <summary>
/// Reads skills and interests: <c>Name: a, b, c</c> lines, bold or first-column names, table rows, grids of keywords
/// (pooled under the section's title), bullets, continuation lines, and for interests the prose under a name.
/// </summary>
internal static partial class SkillReader
{
    public static void Read(Section section, ImportContext ctx, bool interests)
    {
        (string? Name, List<string> Keywords, List<Block> Blocks)? current = null;
        var items = new List<(string? Name, List<string> Keywords, List<Block> Blocks, string? Summary)>();
        var pooled = (Keywords: new List<string>(), Blocks: new List<Block>());
        var levels = new Dictionary<int, string>(); // item index -> level, for groups under a level sub-heading
        int? group = null; // the item a sub-heading opened: the lines under it are its keywords
        Block? previous = null;
        var descriptions = interests ? [] : NestedDescriptions(section.Blocks);
        foreach (var block in section.Blocks)
        {
            if (block.Kind == BlockKind.Image)
            {
                ctx.Ledger.Reject(block, "an image in a list section");
                continue;
            }

            if (descriptions.Contains(block))
            {
                ctx.Ledger.Reject(block, "a description of the skill above it, not a skill");
                previous = block;
                continue;
            }

            if (!interests && block.Kind == BlockKind.Heading && block.Content.ToPlain().Trim() is { Length: > 0 } heading)
            {
                // "### Frontend" or "### Expert" inside a skills section: a group named by its heading, or of that level.
                var level = SkillLevels.IsLevel(heading);
                items.Add((level ? null : Tidy(heading), [], [block], null));
                if (level)
                {
                    levels[items.Count - 1] = Tidy(heading);
                }

                group = items.Count - 1;
                current = null;
                previous = block;
                continue;
            }

            if (!interests && TryLabelledInterests(block, ctx))
            {
                current = null;
                previous = block;
                continue;
            }

            var lines = block.Kind == BlockKind.Row && block.Cells is { } cells ? [Row(cells)] : new[] { block.Content };
            foreach (var line in lines)
            {
                var (label, rest) = Label(line);
                var text = line.ToPlain();
                if (label is not null && !interests && rest is not null && IsSpokenLanguages(label, rest))
                {
                    LanguageReader.ReadItems(rest, block, ctx);
                    current = null;
                }
                else if (label is not null)
                {
                    items.Add((label, rest is null ? [] : Items(rest), [block], null));
                    current = (label, items[^1].Keywords, items[^1].Blocks);
                }
                else if (interests && items.Count > 0 && previous is not null && !block.Gap && ReferenceEquals(items[^1].Blocks[^1], previous) && text.Any(char.IsLower) && block.Kind != BlockKind.Bullet)
                {
                    var last = items[^1];
                    last.Blocks.Add(block);
                    items[^1] = last with { Summary = last.Summary is null ? line.ToFieldText() : last.Summary + " " + line.ToFieldText() };
                }
                else if (current is { } c && previous is not null && !block.Gap && block.Kind == previous.Kind && block.Kind != BlockKind.Bullet && !LineJoiner.IsSentence(text) && !interests)
                {
                    c.Keywords.AddRange(ListItems(line));
                    c.Blocks.Add(block);
                }
                else if (interests && label is null && block.Kind == BlockKind.Text && ListedInterests(text) is { } listed)
                {
                    // "Climbing, chess, sourdough baking": a list of hobbies on one line is one interest each.
                    items.AddRange(listed.Select(name => ((string?)name, new List<string>(), new List<Block> { block }, (string?)null)));
                    current = null;
                }
                else if (LineJoiner.IsSentence(text) || (interests && items.Count > 0 && text.Split(' ').Length > 6))
                {
                    if (interests && items.Count > 0)
                    {
                        var last = items[^1];
                        last.Blocks.Add(block);
                        items[^1] = last with { Summary = last.Summary is null ? line.ToFieldText() : last.Summary + " " + line.ToFieldText() };
                    }
                    else
                    {
                        ctx.Ledger.Reject(block, "running text in a list section");
                    }
                }
                else if (interests)
                {
                    items.Add((NameInference.TitleCaseIfShouting(text.TrimEnd(':')), [], [block], null));
                    current = null;
                }
                else
                {
                    var (keywords, blocks) = group is { } g ? (items[g].Keywords, items[g].Blocks) : (pooled.Keywords, pooled.Blocks);
                    keywords.AddRange(block.Kind == BlockKind.Bullet ? BulletItems(line) : ListItems(line));
                    blocks.Add(block);
                    current = null;
                }
            }

            previous = block;
        }

        var leveled = items.Select((_, i) => levels.GetValueOrDefault(i)).ToList();
        if (pooled.Keywords.Count > 0)
        {
            leveled.Insert(0, null);
            items.Insert(0, (NameInference.TitleCaseIfShouting(section.Title.Trim().TrimEnd(':', '#', ' ').Trim()), pooled.Keywords, pooled.Blocks, null));
        }

        for (var i = 0; i < items.Count; i++)
        {
            var (name, keywords, blocks, summary) = items[i];
            var distinct = keywords.Where(k => k.Length > 0).ToList();
            object owner;
            if (interests)
            {
                var interest = new Interest { Name = name, Keywords = distinct.Count > 0 ? distinct : null };
                if (summary is not null)
                {
                    (interest.ExtensionData ??= [])["summary"] = EntryText.StringElement(summary);
                }

                (ctx.Resume.Interests ??= []).Add(interest);
                owner = interest;
            }
            else
            {
                var skill = new Skill { Name = name, Level = leveled[i], Keywords = distinct.Count > 0 ? distinct : null };
                (ctx.Resume.Skills ??= []).Add(skill);
                owner = skill;
            }

            foreach (var b in blocks)
            {
                ctx.Ledger.Claim(b, owner);
            }
        }
    }

    /// <summary>The name of a skill line and its list: <c>Name: list</c>, <c>**Name** list</c>, <c>Name⇥list</c>.</summary>
    private static (string? Label, string? Items) Label(RichText line)
    {
        var text = line.Text.Trim();
        var colon = ColonLabel().Match(line.ToPlain());
        if (colon.Success && !colon.Groups["label"].Value.Contains("://", StringComparison.Ordinal))
        {
            var rest = colon.Groups["rest"].Value.Trim();
            return (Tidy(colon.Groups["label"].Value), rest.Length > 0 ? rest : null);
        }

        var runs = line.Runs().ToList();
        if (runs.Count >= 2 && (runs[0].Style & RunStyle.Bold) != 0)
        {
            var label = line.Slice(runs[0].Start, runs[0].Length).ToPlain();
            var rest = line.Slice(runs[0].Length, line.Length - runs[0].Length).ToPlain().TrimStart(':', '-', '–', '—', ' ');
            if (label.Split(' ').Length <= 5 && rest.Length > 0)
            {
                return (Tidy(label), rest);
            }
        }

        var tab = text.IndexOf('\t', StringComparison.Ordinal);
        if (tab > 0)
        {
            var first = text[..tab].Trim();
            var rest = text[(tab + 1)..].Trim();
            var columns = text.Split('\t').Length;
            if (first.Split(' ').Length <= 4 && rest.Length > 0 && columns == 2)
            {
                return (Tidy(first), rest.Replace('\t', ' '));
            }
        }

        return (null, null);
    }

    /// <summary>"Spoken languages: …", or "Languages: English (native), French (B2)": levels say these are spoken languages.</summary>
    private static bool IsSpokenLanguages(string label, string items)
    {
        if (SectionNames.Classify(label) != ResumeSection.Languages)
        {
            return false;
        }

        var lower = label.ToLowerInvariant();
        return lower.Contains("spoken", StringComparison.Ordinal) || lower.Contains("foreign", StringComparison.Ordinal) || lower.Contains("human", StringComparison.Ordinal)
            || FluencyWords.Mentions(items);
    }

    /// <summary>The items of a list line: a line of code spans (<c>`C#` `.NET` `SQL Server`</c>), maybe joined by
    /// lower-case words, lists its spans, whatever spaces they hold; other lines are split at separators.</summary>
    private static List<string> ListItems(RichText line)
    {
        var spans = new List<string>();
        var prose = false;
        foreach (var (start, length, style) in line.Runs())
        {
            var run = line.Text.Substring(start, length);
            if ((style & RunStyle.Code) != 0)
            {
                spans.Add(run.Trim());
            }
            else if (run.Any(char.IsUpper) || run.Any(char.IsDigit))
            {
                return KeywordSplitter.Split(line.Text.Trim());
            }
            else
            {
                prose |= run.Any(char.IsLetter);
            }
        }

        // "the languages `Go` and `Rust`": names in code spans among lower-case words are the items, the words only
        // connect them; without such words a lone span is split like any other line.
        return spans.Count >= 2 || (prose && spans.Count == 1) ? spans.Where(s => s.Length > 0).ToList() : KeywordSplitter.Split(line.Text.Trim());
    }

    /// <summary>A bullet is one item ("Best Practices Evangelist") unless it holds a list of its own.</summary>
    private static List<string> BulletItems(RichText line)
    {
        var text = line.ToPlain().Trim().TrimEnd('.', ';').Trim();
        return text.IndexOfAny(BulletListSeparators) >= 0 || text.Contains(" / ", StringComparison.Ordinal) || line.Runs().Any(r => (r.Style & RunStyle.Code) != 0)
            ? ListItems(line)
            : [text];
    }

    private static readonly System.Buffers.SearchValues<char> BulletListSeparators = System.Buffers.SearchValues.Create(",;·•|\t⋅∙、，；｜");

    /// <summary>A list's items; a sentence without separators stays one item.</summary>
    private static List<string> Items(string rest) =>
        LineJoiner.IsSentence(rest) && rest.IndexOfAny([',', ';', '·', '•', '|']) < 0 ? [rest.Trim().TrimEnd('.')] : KeywordSplitter.Split(rest);

    private static RichText Row(IReadOnlyList<IReadOnlyList<RichText>> cells)
    {
        if (cells.Count < 2)
        {
            return cells.Count == 1 && cells[0].Count > 0 ? cells[0][0] : RichText.Empty;
        }

        var name = string.Join(" ", cells[0].Select(c => c.ToPlain()));
        var rest = string.Join(", ", cells.Skip(1).SelectMany(c => c).Select(c => c.ToPlain()).Where(t => t.Length > 0));
        return RichText.Plain(rest.Length > 0 ? $"{name}: {rest}" : name);
    }

    private static string Tidy(string label) => NameInference.TitleCaseIfShouting(label.Trim().Trim('*', '_', ':', ' '));

    [GeneratedRegex(@"^(?<label>[^:：]{1,40}?)\s*[:：]\s*(?<rest>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex ColonLabel();
}
