using JsonResume.Vocabulary;

namespace JsonResume.Layout;

/// <summary>
/// Finds, from the lines alone and without parsing, a line that <see cref="MarkdownLayoutReader"/> certainly reports
/// as a problem: a heading written with <c>#</c> marks at the margin that is of level four or deeper, a second
/// level-one heading, or a level-two heading whose text (plain, without any inline mark) is not a section heading.
/// A caller that has no use for a reading with a problem (the converter) then skips the parse. Such a line is always a
/// heading of the document itself: at the margin it interrupts a paragraph and closes a list or a quote (CommonMark);
/// only a fenced code block or an HTML block could hold it as text, so a document with a line that could open one is
/// not screened.
/// </summary>
internal static class MarkdownLayoutScreen
{
    /// <summary>What makes the reader see a heading's text as more than its characters: escapes, emphasis, code, links, HTML, entities, a closing sequence.</summary>
    private static readonly System.Buffers.SearchValues<char> InlineMarks = System.Buffers.SearchValues.Create("\\`*_[]<>&!#");

    /// <summary>The deepest heading level of the own layout (entries).</summary>
    private const int DeepestLevel = 3;

    /// <summary>The 1-based number of the first line the reader certainly reports, or 0.</summary>
    /// <param name="lines">The document's lines (line breaks normalised to <c>\n</c>).</param>
    /// <returns>The line, or 0 when none is certain.</returns>
    public static int FirstProblemLine(IReadOnlyList<string> lines)
    {
        foreach (var line in lines)
        {
            if (line.AsSpan().TrimStart().StartsWith('<') || line.Contains("```", StringComparison.Ordinal) || line.Contains("~~~", StringComparison.Ordinal))
            {
                return 0;
            }
        }

        var levelOne = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            var level = HeadingLevel(lines[i]);
            if (level > DeepestLevel || (level == 1 && ++levelOne == 2))
            {
                return i + 1;
            }

            if (level == 2 && lines[i].AsSpan(level).Trim(" \t") is var title && !title.ContainsAny(InlineMarks)
                && !SectionNames.TryRecognize(title.ToString(), out _))
            {
                return i + 1;
            }
        }

        return 0;
    }

    /// <summary>The level of a heading written with <c>#</c> marks from the margin (one to six marks, then a space, a tab or the end), else 0.</summary>
    private static int HeadingLevel(string line)
    {
        var marks = 0;
        while (marks < line.Length && line[marks] == '#')
        {
            marks++;
        }

        return marks is >= 1 and <= 6 && (marks == line.Length || line[marks] is ' ' or '\t') ? marks : 0;
    }
}
