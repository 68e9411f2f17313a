using System.Net;
using System.Text.RegularExpressions;

namespace JsonResume.Import.Blocks;

/// <summary>
/// Reads the inline marks that plain-text résumés carry over from word processors and Markdown: <c>**bold**</c>,
/// <c>*italic*</c>, stray <c>**</c> (dropped), <c>[text](url)</c>, <c>&lt;url&gt;</c>, <c>&lt;URL:url&gt;</c>, bare addresses and HTML
/// entities. Column gaps (tabs, three or more spaces, dotted or dashed leaders) become <c>\t</c>.
/// </summary>
internal static partial class TextInline
{
    public static RichText Parse(string line, bool columns = true)
    {
        var builder = new RichTextBuilder(line.Length);
        Append(builder, line, RunStyle.None, columns);
        return builder.Build();
    }

    public static void Append(RichTextBuilder builder, string text, RunStyle style, bool columns = true)
    {
        text = TextCleaner.DropShortcodes(text.Contains('&', StringComparison.Ordinal) ? WebUtility.HtmlDecode(text) : text);
        // Each pattern needs a character most lines lack; it is looked for first (a pattern that cannot match leaves the
        // text as it is, so skipping it changes nothing).
        if (columns && MayHoldLeader(text))
        {
            text = Leader().Replace(text, "\t");
        }

        if (columns && (text.Contains('\t', StringComparison.Ordinal) || text.Contains("   ", StringComparison.Ordinal)))
        {
            text = Gap().Replace(text, "\t");
        }

        var pos = 0;
        var bold = false;
        var italic = false;
        if (text.AsSpan().IndexOfAny(TokenStarts) < 0 && !text.Contains("://", StringComparison.Ordinal))
        {
            builder.Append(text, style);
            return;
        }

        foreach (Match m in Token().Matches(text))
        {
            if (m.Index > pos)
            {
                builder.Append(text[pos..m.Index], Style(style, bold, italic));
            }

            pos = m.Index + m.Length;
            if (m.Groups["link"].Success)
            {
                builder.OpenLink(m.Groups["url"].Value);
                Append(builder, m.Groups["label"].Value, Style(style, bold, italic), columns: false);
                builder.CloseLink();
            }
            else if (m.Groups["auto"].Success)
            {
                var url = m.Groups["auto"].Value;
                builder.OpenLink(url);
                builder.Append(url, Style(style, bold, italic));
                builder.CloseLink();
            }
            else if (m.Groups["both"].Success)
            {
                if (bold || HasCloser(text, pos, "**"))
                {
                    bold = !bold;
                }

                if (italic || HasCloser(text, pos, "*"))
                {
                    italic = !italic;
                }
            }
            else if (m.Groups["strong"].Success)
            {
                if (bold || HasCloser(text, pos, m.Value))
                {
                    bold = !bold;
                }
            }
            else if (m.Groups["em"].Success)
            {
                var opening = pos < text.Length && !char.IsWhiteSpace(text[pos]) && (m.Index == 0 || !char.IsLetterOrDigit(text[m.Index - 1]));
                var closing = m.Index > 0 && !char.IsWhiteSpace(text[m.Index - 1]) && (pos >= text.Length || !char.IsLetterOrDigit(text[pos]));
                if (italic && closing)
                {
                    italic = false;
                }
                else if (!italic && opening && HasCloser(text, pos, m.Value))
                {
                    italic = true;
                }
                else if (!opening && !closing)
                {
                    builder.Append(m.Value, Style(style, bold, italic));
                }
            }
        }

        if (pos < text.Length)
        {
            builder.Append(text[pos..], Style(style, bold, italic));
        }
    }

    /// <summary>
    /// Whether a source line holds no mark that can pair with text of another line (emphasis, a link label, an HTML
    /// entity): such lines read the same alone as inside a longer line.
    /// </summary>
    public static bool IsSpliceable(string line) => line.AsSpan().IndexOfAny(CrossLineMarks) < 0;

    /// <summary>
    /// Whether <c>Parse(joined + " " + next)</c> equals <c>RichText.Join(Parse(joined), Parse(next))</c>, given that both
    /// are <see cref="IsSpliceable"/> and trimmed: no leader can form across the space and no icon shortcode can touch it
    /// (one dropped at the start of <paramref name="next"/> would leave its white space to merge with the joining space).
    /// </summary>
    public static bool CanSplice(System.Text.StringBuilder joined, string next) =>
        joined.Length > 0 && next.Length > 0 && IsSpliceable(next)
        && !LeaderChars.Contains(joined[^1]) && joined[^1] != ':' && !LeaderChars.Contains(next[0]) && next[0] != ':';

    private const string CrossLineMarks = "*[&";

    /// <summary>Every <see cref="Token"/> starts with one of these or holds "://".</summary>
    private const string TokenStarts = "*[<";

    /// <summary>Every <see cref="Leader"/> holds a run of one of its characters.</summary>
    private static bool MayHoldLeader(string text) =>
        text.Contains("....", StringComparison.Ordinal) || text.Contains("----", StringComparison.Ordinal) || text.Contains("____", StringComparison.Ordinal)
        || text.Contains("···", StringComparison.Ordinal) || text.Contains("……", StringComparison.Ordinal);

    private const string LeaderChars = ".-_·…";

    private static bool HasCloser(string text, int from, string mark) => text.IndexOf(mark, from, StringComparison.Ordinal) > from;

    private static RunStyle Style(RunStyle style, bool bold, bool italic) =>
        style | (bold ? RunStyle.Bold : RunStyle.None) | (italic ? RunStyle.Italic : RunStyle.None);

    [GeneratedRegex(@"(?<link>\[(?<label>[^\]\n]+)\]\((?<url>[^)\s]+)(?:\s+""[^""]*"")?\))|<(?:URL:)?(?<auto>(?:https?|ftp)://[^>\s]+)>|(?<auto>(?<![\w/])(?:https?|ftp)://[^\s<>()""'\]]+[^\s<>()""'\].,;:!?*])|(?<both>\*\*\*)|(?<strong>\*\*)|(?<em>(?<![\w*])\*(?!\*)|(?<!\*)\*(?![\w*]))", RegexOptions.CultureInvariant)]
    private static partial Regex Token();

    [GeneratedRegex(@"(?<=\S)\s*(?:\.{4,}|-{4,}|_{4,}|·{3,}|…{2,})\s*(?=\S)", RegexOptions.CultureInvariant)]
    private static partial Regex Leader();

    [GeneratedRegex(@"(?<=\S)(?:\t[\t ]*| {3,})(?=\S)", RegexOptions.CultureInvariant)]
    private static partial Regex Gap();
}
