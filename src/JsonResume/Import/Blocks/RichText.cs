using System.Text;
using JsonResume.Import.Recognition;

namespace JsonResume.Import.Blocks;

/// <summary>
/// One logical line of a document as plain text, with the emphasis of every character and the links it holds.
/// Column breaks of plain-text layouts (tabs, wide gaps, dotted leaders) are kept as <c>\t</c>.
/// </summary>
internal sealed class RichText
{
    public static readonly RichText Empty = new("", [], []);

    public RichText(string text, RunStyle[] styles, IReadOnlyList<LinkSpan> links)
    {
        Text = text;
        Styles = styles;
        Links = links;
    }

    private string? plain;

    public string Text { get; }

    public RunStyle[] Styles { get; }

    public IReadOnlyList<LinkSpan> Links { get; }

    public int Length => Text.Length;

    public bool IsEmpty => Text.Length == 0;

    /// <summary>Whether every letter or digit is bold.</summary>
    public bool IsAllBold => All(RunStyle.Bold);

    /// <summary>Whether every letter or digit is italic.</summary>
    public bool IsAllItalic => All(RunStyle.Italic);

    /// <summary>Whether every letter or digit is bold or italic.</summary>
    public bool IsAllEmphasized => All(RunStyle.Bold | RunStyle.Italic);

    /// <summary>Whether the whole text is one link.</summary>
    public bool IsOneLink => Links.Count == 1 && Links[0].Start == 0 && Links[0].Length == Text.TrimEnd().Length;

    public static RichText Plain(string text) => new(text, new RunStyle[text.Length], []);

    /// <summary>
    /// <paramref name="a"/>, a space and <paramref name="b"/>, as the builder would make them (two spans of one link
    /// meeting at the space become one); linear in the two lengths, without re-reading any marks.
    /// </summary>
    public static RichText Join(RichText a, RichText b)
    {
        if (a.IsEmpty || b.IsEmpty)
        {
            return a.IsEmpty ? b : a;
        }

        var text = string.Concat(a.Text, " ", b.Text);
        var styles = new RunStyle[text.Length];
        a.Styles.CopyTo(styles, 0);
        b.Styles.CopyTo(styles, a.Length + 1);
        var links = new List<LinkSpan>(a.Links.Count + b.Links.Count);
        links.AddRange(a.Links);
        foreach (var link in b.Links)
        {
            var shifted = link with { Start = link.Start + a.Length + 1 };
            var last = links.Count > 0 ? links[^1] : null;
            if (last is not null && last.Url == shifted.Url && shifted.Start <= last.End + 1 && shifted.Length > 0 && last.Length > 0)
            {
                links[^1] = last with { Length = Math.Max(last.End, shifted.End) - last.Start };
                continue;
            }

            links.Add(shifted);
        }

        return new RichText(text, styles, links);
    }

    public RichText Slice(int start, int length)
    {
        var end = start + length;
        if (Links.Count == 0)
        {
            return new RichText(Text.Substring(start, length), Styles[start..end], []); // most text: no query over links
        }

        var links = Links.Where(l => (l.Start < end && l.End > start) || (l.Length == 0 && l.Start >= start && l.Start <= end))
            .Select(l => new LinkSpan(Math.Max(l.Start, start) - start, Math.Min(l.End, end) - Math.Max(l.Start, start), l.Url))
            .ToList();
        return new RichText(Text.Substring(start, length), Styles[start..end], links);
    }

    /// <summary>The text with surrounding white space and punctuation trimmed.</summary>
    public RichText Trim(string extra = "")
    {
        var start = 0;
        var end = Text.Length;
        while (start < end && (char.IsWhiteSpace(Text[start]) || extra.Contains(Text[start], StringComparison.Ordinal)))
        {
            start++;
        }

        while (end > start && (char.IsWhiteSpace(Text[end - 1]) || extra.Contains(Text[end - 1], StringComparison.Ordinal)))
        {
            end--;
        }

        return start == 0 && end == Text.Length ? this : Slice(start, end - start);
    }

    /// <summary>The index in <see cref="Links"/> of the first link covering a position, or -1.</summary>
    public int LinkIndexAt(int position)
    {
        for (var n = 0; n < Links.Count; n++)
        {
            if (Links[n].Start <= position && position < Links[n].End)
            {
                return n;
            }
        }

        return -1;
    }

    /// <summary>Splits on a separator string (ordinal), trimming the parts.</summary>
    public List<RichText> Split(string separator)
    {
        var parts = new List<RichText>();
        var from = 0;
        int at;
        while ((at = Text.IndexOf(separator, from, StringComparison.Ordinal)) >= 0)
        {
            parts.Add(Slice(from, at - from).Trim());
            from = at + separator.Length;
        }

        parts.Add(Slice(from, Text.Length - from).Trim());
        return parts;
    }

    /// <summary>The runs of text with one style each.</summary>
    public IEnumerable<(int Start, int Length, RunStyle Style)> Runs()
    {
        var start = 0;
        for (var i = 1; i <= Text.Length; i++)
        {
            if (i == Text.Length || Styles[i] != Styles[start])
            {
                yield return (start, i - start, Styles[start]);
                start = i;
            }
        }
    }

    /// <summary>The text as written, for a field: a link keeps only its text (hand-written résumés' fields hold the
    /// document's words, not its link syntax); emphasis and columns dropped.</summary>
    public string ToFieldText() => ToMarkdown(keepLinks: false);

    /// <summary>The text as Markdown: links to absolute addresses as <c>[text](url)</c>; emphasis and columns dropped.</summary>
    public string ToMarkdown() => ToMarkdown(keepLinks: true);

    private string ToMarkdown(bool keepLinks)
    {
        if (Links.Count == 0)
        {
            return ToPlain(); // what the builder below gives without a link, kept once
        }

        var sb = new StringBuilder(Text.Length + 16);
        var i = 0;
        foreach (var link in Links.OrderBy(l => l.Start))
        {
            if (link.Start < i)
            {
                continue;
            }

            sb.Append(Text, i, link.Start - i);
            var label = Text.Substring(link.Start, link.Length);
            var url = WebAddress.Normalize(link.Url);
            if (!keepLinks || url is null || WebAddress.Normalize(label) is not null || label.Trim().Length == 0)
            {
                sb.Append(label);
            }
            else
            {
                sb.Append('[').Append(label).Append("](").Append(link.Url).Append(')');
            }

            i = link.End;
        }

        sb.Append(Text, i, Text.Length - i);
        return TextCleaner.Collapse(sb.ToString().Replace('\t', ' '));
    }

    /// <summary>The plain text with column breaks turned into spaces.</summary>
    /// <summary>The text without column breaks and with runs of spaces collapsed (computed once: readers ask often).</summary>
    public string ToPlain() => plain ??= TextCleaner.Collapse(Text.Replace('\t', ' '));

    public override string ToString() => Text;

    private bool All(RunStyle style)
    {
        var any = false;
        for (var i = 0; i < Text.Length; i++)
        {
            if (char.IsLetterOrDigit(Text[i]))
            {
                if ((Styles[i] & style) == 0)
                {
                    return false;
                }

                any = true;
            }
        }

        return any;
    }
}
