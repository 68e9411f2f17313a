using System.Text.RegularExpressions;

namespace JsonResume.Import.Documents;

/// <summary>
/// Tells Markdown from plain text by content, not by file name: Markdown headings, links, front matter, raw HTML,
/// fences and tables count for Markdown; rule-framed headings, column gaps and underlines without Markdown structure
/// count for plain text.
/// </summary>
internal static partial class FormatDetector
{
    /// <summary>Whether the lines read as Markdown rather than plain text.</summary>
    public static bool IsMarkdown(IReadOnlyList<string> lines)
    {
        double markdown = 0, text = 0;
        if (lines.Count > 0 && lines[0].Trim() == "---" && lines.Skip(1).Take(60).Any(l => l.Trim() is "---" or "..."))
        {
            markdown += 5;
        }

        foreach (var line in lines)
        {
            // Each pattern needs a character most lines lack ('#', "](", '<', '|', a run of dashes or spaces): that
            // character is looked for first, and the pattern tried only on the few lines that hold it.
            var span = line.AsSpan();
            var start = span.TrimStart();
            if (span.Contains('#') && AtxHeading().IsMatch(line))
            {
                markdown += 3;
            }

            if (span.Contains("](", StringComparison.Ordinal) && MarkdownLink().IsMatch(line))
            {
                markdown += 1.5;
            }

            if (span.Contains('<') && HtmlTag().IsMatch(line))
            {
                markdown += 2;
            }

            if (start.StartsWith("```", StringComparison.Ordinal) || start.StartsWith("~~~", StringComparison.Ordinal))
            {
                markdown += 2;
            }

            if (start.StartsWith('|') && TableRow().IsMatch(line))
            {
                markdown += 1;
            }

            if (span.StartsWith("> ", StringComparison.Ordinal) || span.TrimEnd().EndsWith('\\'))
            {
                markdown += 1;
            }

            if (span.StartsWith(':') && DefinitionMarker().IsMatch(line))
            {
                markdown += 2;
            }

            if (HasRuleRun(span) && FramedHeading().IsMatch(line.Trim()))
            {
                text += 3;
            }

            if (line.Contains('\t', StringComparison.Ordinal) || (span.Contains("    ", StringComparison.Ordinal) && ColumnGap().IsMatch(line)))
            {
                text += 0.5;
            }
        }

        return markdown >= 3 && markdown > text;
    }

    /// <summary>Two of '-', '=', '.' in a row: every <see cref="FramedHeading"/> holds such a run.</summary>
    private static bool HasRuleRun(ReadOnlySpan<char> line)
    {
        for (var i = line.IndexOfAny(RuleChars); i >= 0 && i + 1 < line.Length; i = line[(i + 1)..].IndexOfAny(RuleChars) is var next and >= 0 ? i + 1 + next : -1)
        {
            if (RuleChars.Contains(line[i + 1]))
            {
                return true;
            }
        }

        return false;
    }

    private const string RuleChars = "-=.";

    [GeneratedRegex(@"^\s{0,3}#{1,6}\s+\S", RegexOptions.CultureInvariant)]
    private static partial Regex AtxHeading();

    [GeneratedRegex(@"\[[^\]\n]+\]\([^)\s]+\)", RegexOptions.CultureInvariant)]
    private static partial Regex MarkdownLink();

    [GeneratedRegex(@"</?(?:a|img|div|table|tr|td|br|p|strong|em|style|span|center|ul|li|h[1-6]|section|details)\b[^>]*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HtmlTag();

    [GeneratedRegex(@"^:\s{1,4}\S", RegexOptions.CultureInvariant)]
    private static partial Regex DefinitionMarker();

    [GeneratedRegex(@"^\s*\|.*\|\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex TableRow();

    [GeneratedRegex(@"^(?:[-=]{2,}\s+\S.*\s+[-=]{2,}|\S.{0,50}?\s+[-=.]{4,})$", RegexOptions.CultureInvariant)]
    private static partial Regex FramedHeading();

    [GeneratedRegex(@"\S {4,}\S", RegexOptions.CultureInvariant)]
    private static partial Regex ColumnGap();
}
