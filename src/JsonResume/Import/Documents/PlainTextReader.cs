using System.Text.RegularExpressions;
using JsonResume.Import.Blocks;
using JsonResume.Import.Recognition;
using JsonResume.Vocabulary;

namespace JsonResume.Import.Documents;

/// <summary>
/// Reads a plain-text résumé into blocks: headings (underlined with <c>====</c>/<c>----</c>/dots, framed like
/// <c>--- SKILLS ---</c> or <c>SKILLS -----</c>, in capitals, or a bare known section name), bullets (<c>•-*+</c> and
/// numbers) with their wrapped continuation lines, and logical lines of text with wrapped prose joined.
/// </summary>
internal static partial class PlainTextReader
{
    public static List<Block> Read(IReadOnlyList<string> lines, int from, int to, LineLedger ledger)
    {
        var kinds = new LineKind[to - from];
        var headingText = new string?[to - from];
        for (var i = from; i < to; i++)
        {
            (kinds[i - from], headingText[i - from]) = Classify(lines[i]);
        }

        MarkUnderlines(lines, from, kinds, headingText);
        MarkListHeadings(lines, from, kinds, headingText);
        MarkColonHeadings(lines, from, kinds, headingText);
        var wrapAt = WrapWidth(lines, from, to);
        var blocks = new List<Block>();
        for (var k = 0; k < kinds.Length; k++)
        {
            var line = from + k + 1;
            switch (kinds[k])
            {
                case LineKind.Blank:
                    break;
                case LineKind.Rule:
                    ledger.Markup(line, line);
                    break;
                case LineKind.StrongHeading:
                case LineKind.CapsHeading:
                case LineKind.PlainHeading:
                case LineKind.ColonHeading:
                    blocks.Add(new Block
                    {
                        Kind = BlockKind.Heading,
                        Level = kinds[k] == LineKind.StrongHeading && headingText[k]!.Length > 0 && UnderlineChar(lines, from, k, kinds) == '=' ? 1 : 2,
                        Style = kinds[k] switch { LineKind.StrongHeading => HeadingStyle.Strong, LineKind.CapsHeading => HeadingStyle.Capitals, LineKind.ColonHeading => HeadingStyle.Label, _ => HeadingStyle.Plain },
                        Content = TextInline.Parse(headingText[k]!),
                        FirstLine = line,
                        LastLine = line,
                    });
                    break;
                case LineKind.Bullet:
                    k = ReadBullet(lines, from, k, kinds, wrapAt, blocks);
                    break;
                default:
                    k = ReadText(lines, from, k, kinds, wrapAt, blocks);
                    break;
            }
        }

        return blocks;
    }

    private static int ReadBullet(IReadOnlyList<string> lines, int from, int k, LineKind[] kinds, int wrapAt, List<Block> blocks)
    {
        var m = BulletPattern().Match(lines[from + k]);
        var indent = Indent(m.Groups["indent"].Value);
        var textColumn = m.Groups["text"].Index;
        var text = m.Groups["text"].Value;
        var last = k;
        while (last + 1 < kinds.Length && kinds[last + 1] == LineKind.Text)
        {
            var next = lines[from + last + 1];
            var nextIndent = Indent(next[..(next.Length - next.TrimStart().Length)]);
            var continues = nextIndent > indent && nextIndent >= Math.Min(textColumn, indent + 2)
                || (nextIndent <= indent && char.IsLower(next.TrimStart()[0]) && !LineJoiner.EndsSentence(text) && text.Length >= 30);
            if (!continues)
            {
                break;
            }

            text += " " + next.Trim();
            last++;
        }

        blocks.Add(new Block
        {
            Kind = BlockKind.Bullet,
            Level = indent >= 6 ? 2 : indent >= 3 ? 1 : 0,
            Content = TextInline.Parse(text, columns: false),
            FirstLine = from + k + 1,
            LastLine = from + last + 1,
        });
        _ = wrapAt;
        return last;
    }

    private static int ReadText(IReadOnlyList<string> lines, int from, int k, LineKind[] kinds, int wrapAt, List<Block> blocks)
    {
        var first = k;
        var raw = lines[from + k].Trim();
        var content = TextInline.Parse(raw);
        var text = new System.Text.StringBuilder(raw);
        var spliceable = TextInline.IsSpliceable(raw);
        while (k + 1 < kinds.Length && kinds[k + 1] == LineKind.Text)
        {
            var nextRaw = lines[from + k + 1].Trim();
            var next = TextInline.Parse(nextRaw);
            if (!LineJoiner.ShouldJoin(content, next, wrapAt))
            {
                break;
            }

            // Joining re-reads the inline marks of the whole logical line only when one may span the join; otherwise
            // the two parsed lines are spliced, which gives the same result without re-reading (linear time on a long
            // run of wrapped lines).
            var canSplice = spliceable && TextInline.CanSplice(text, nextRaw);
            text.Append(' ').Append(nextRaw);
            spliceable = canSplice;
            content = canSplice ? RichText.Join(content, next) : TextInline.Parse(text.ToString());
            k++;
        }

        blocks.Add(new Block { Kind = BlockKind.Text, Content = content, FirstLine = from + first + 1, LastLine = from + k + 1 });
        return k;
    }

    private static (LineKind, string?) Classify(string raw)
    {
        var line = raw.TrimEnd();
        var trimmed = line.Trim();
        if (trimmed.Length == 0)
        {
            return (LineKind.Blank, null);
        }

        if (IsPageNumber(line))
        {
            // A page number standing alone far from the margin (word-processor and PDF exports) is page furniture.
            return (LineKind.Rule, null);
        }

        if (RulePattern().IsMatch(trimmed) || trimmed is "." or "·")
        {
            // A lone dot between entries (word-processor exports) separates them like a rule.
            return (LineKind.Rule, null);
        }

        if (FramedPattern().Match(trimmed) is { Success: true } framed && IsHeadingText(framed.Groups["t"].Value))
        {
            return (LineKind.StrongHeading, framed.Groups["t"].Value.Trim());
        }

        if (EndsWithRule(trimmed) && TrailingRulePattern().Match(trimmed) is { Success: true } trailing && IsHeadingText(trailing.Groups["t"].Value))
        {
            return (LineKind.StrongHeading, trailing.Groups["t"].Value.Trim());
        }

        if (BulletPattern().IsMatch(line))
        {
            return (LineKind.Bullet, null);
        }

        var indent = line.Length - line.TrimStart().Length;
        if (indent <= 2 && IsCapsHeading(trimmed))
        {
            return (LineKind.CapsHeading, trimmed.TrimEnd(':').Trim());
        }

        if (indent <= 2 && SpaceWords.Count(trimmed) <= 4 && !trimmed.EndsWith('.')
            && !trimmed.Contains("  ", StringComparison.Ordinal) && !trimmed.Contains('\t', StringComparison.Ordinal)
            && SectionNames.Classify(trimmed) != ResumeSection.Unknown && SectionNames.IsPureHeading(trimmed))
        {
            return (LineKind.PlainHeading, trimmed.TrimEnd(':').Trim());
        }

        return (LineKind.Text, null);
    }

    /// <summary>Whether the text ends in four of '-', '=', '.': every <see cref="TrailingRulePattern"/> does.</summary>
    private static bool EndsWithRule(string text) =>
        text.Length >= 4 && !text.AsSpan(text.Length - 4).ContainsAnyExcept("-=.");

    private static bool IsHeadingText(string text)
    {
        var t = text.Trim();
        return t.Length is > 0 and <= 60 && t.Any(char.IsLetter) && !t.Contains('@', StringComparison.Ordinal) && !t.Contains("://", StringComparison.Ordinal);
    }

    private static bool IsCapsHeading(string text)
    {
        if (text.Length > 50)
        {
            return false; // the first condition below, asked before counting (most lines are longer)
        }

        var letters = text.Count(char.IsLetter);
        return text.Length <= 50 && letters >= 3 && !text.Any(char.IsLower) && letters >= text.Count(char.IsDigit) * 3
            && SpaceWords.Count(text) <= 6
            && !text.Contains('@', StringComparison.Ordinal) && !text.Contains("   ", StringComparison.Ordinal) && !text.Contains('\t', StringComparison.Ordinal)
            && !text.EndsWith(',') && !text.StartsWith('(') && !text.Contains("://", StringComparison.Ordinal)
            && !Regex.IsMatch(text, @"^[A-Z](\s+[A-Z]){2,}", RegexOptions.CultureInvariant);
    }

    /// <summary>A rule right under a short line (with nothing above it) makes that line a heading.</summary>
    private static void MarkUnderlines(IReadOnlyList<string> lines, int from, LineKind[] kinds, string?[] headingText)
    {
        for (var k = 1; k < kinds.Length; k++)
        {
            if (kinds[k] != LineKind.Rule || kinds[k - 1] is not (LineKind.Text or LineKind.CapsHeading or LineKind.PlainHeading))
            {
                continue;
            }

            var rule = lines[from + k].Trim();
            var h = k - 1;
            if (h >= 1 && IsNote(lines[from + h]) && kinds[h - 1] is LineKind.Text or LineKind.CapsHeading or LineKind.PlainHeading)
            {
                // "SKILLS" / "(details below)" / "------": a parenthesised note between a heading and its rule.
                h--;
            }

            var text = lines[from + h].Trim();
            var aboveIsBreak = h < 1 || kinds[h - 1] is LineKind.Blank or LineKind.Rule || kinds[h - 1] is LineKind.StrongHeading;
            var ratio = (double)rule.Length / Math.Max(1, text.Length);
            var headingLike = kinds[h] != LineKind.Text || ratio is >= 0.5 and <= 2.5;
            if (aboveIsBreak && headingLike && IsHeadingText(text) && !text.Contains(':', StringComparison.Ordinal))
            {
                kinds[h] = LineKind.StrongHeading;
                headingText[h] = LetterSpaced().Replace(text, m => m.Value.Replace(" ", "", StringComparison.Ordinal)).TrimEnd(':');
            }
        }
    }

    /// <summary>Plain headings with a list right under them may be longer than free-standing ones.</summary>
    private const int MaxListHeadingWords = 7;

    /// <summary>
    /// "Selected Open Source Projects and Publications" over a list: a short line after a blank line, not a sentence, that
    /// names a known section and is directly followed by list items, is a heading (the list is its content).
    /// </summary>
    private static void MarkListHeadings(IReadOnlyList<string> lines, int from, LineKind[] kinds, string?[] headingText)
    {
        for (var k = 1; k + 1 < kinds.Length; k++)
        {
            if (kinds[k] != LineKind.Text || kinds[k - 1] != LineKind.Blank || kinds[k + 1] != LineKind.Bullet)
            {
                continue;
            }

            var raw = lines[from + k];
            var text = raw.Trim();
            if (raw.Length - raw.TrimStart().Length <= 2 && !text.EndsWith('.') && !text.Contains("  ", StringComparison.Ordinal) && !text.Contains('\t', StringComparison.Ordinal)
                && SpaceWords.Count(text) <= MaxListHeadingWords && IsHeadingText(text)
                && SectionNames.Classify(text) != ResumeSection.Unknown)
            {
                kinds[k] = LineKind.PlainHeading;
                headingText[k] = text.TrimEnd(':').Trim();
            }
        }
    }

    private static char UnderlineChar(IReadOnlyList<string> lines, int from, int k, LineKind[] kinds) =>
        k + 1 < kinds.Length && kinds[k + 1] == LineKind.Rule ? lines[from + k + 1].Trim()[0] : '-';

    private static int WrapWidth(IReadOnlyList<string> lines, int from, int to)
    {
        var lengths = Enumerable.Range(from, to - from).Select(i => lines[i].TrimEnd().Length).Where(n => n > 0).Order().ToList();
        if (lengths.Count == 0)
        {
            return 80;
        }

        var p80 = lengths[(int)(lengths.Count * 0.8) is var i && i >= lengths.Count ? lengths.Count - 1 : i];
        return Math.Max(45, (int)(p80 * 0.7));
    }

    private static int Indent(string whitespace) => whitespace.Sum(c => c == '\t' ? 4 : 1);

    [GeneratedRegex(@"^(?:[=\-_*~.#+•·─━═]\s?){3,}$", RegexOptions.CultureInvariant)]
    private static partial Regex RulePattern();

    [GeneratedRegex(@"^[-=#*~]{2,}\s+(?<t>[^-=#*~].*?)\s+[-=#*~]{2,}$", RegexOptions.CultureInvariant)]
    private static partial Regex FramedPattern();

    [GeneratedRegex(@"^(?<t>[^-=.\s].{0,58}?)\s+[-=.]{4,}$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingRulePattern();

    [GeneratedRegex(@"^(?<indent>\s*)(?:--|[-*+•·‣◦▪►–●■◆❖➢→✓✔]|\d{1,2}[.)])\s+(?<text>\S.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex BulletPattern();

    [GeneratedRegex(@"\b(?:\p{L} ){2,}\p{L}\b", RegexOptions.CultureInvariant)]
    private static partial Regex LetterSpaced();

    private enum LineKind
    {
        Blank,
        Rule,
        Text,
        Bullet,
        StrongHeading,
        CapsHeading,
        PlainHeading,
        ColonHeading,
    }
}
