using JsonResume.Import.Recognition;

namespace JsonResume.Import.Documents;

/// <summary>Headings written like the document's known ones: "Teaching and mentoring:" where "Education:" is a heading.</summary>
internal static partial class PlainTextReader
{
    /// <summary>A document writes its headings this way when at least this many known headings end with a colon.</summary>
    private const int MinColonHeadings = 2;

    /// <summary>A colon heading is a short label.</summary>
    private const int MaxColonHeadingWords = 5;

    /// <summary>
    /// Where known section headings stand alone on a line ending with a colon ("Education:", "Awards:"), every other
    /// line of that shape (at the margin, a few words, nothing after the colon, content below) is a heading too, known
    /// or not: an unknown one then closes the section above instead of running into it.
    /// </summary>
    private static void MarkColonHeadings(IReadOnlyList<string> lines, int from, LineKind[] kinds, string?[] headingText)
    {
        var known = 0;
        for (var k = 0; k < kinds.Length; k++)
        {
            if (kinds[k] is LineKind.PlainHeading or LineKind.CapsHeading && IsColonLabel(lines[from + k]))
            {
                known++;
            }
        }

        if (known < MinColonHeadings)
        {
            return;
        }

        for (var k = 0; k + 1 < kinds.Length; k++)
        {
            if (kinds[k] == LineKind.Text && IsColonLabel(lines[from + k]) && kinds[k + 1] is LineKind.Bullet or LineKind.Text
                && (k == 0 || kinds[k - 1] is LineKind.Blank or LineKind.Rule || !lines[from + k - 1].TrimEnd().EndsWith(':')))
            {
                kinds[k] = LineKind.ColonHeading;
                headingText[k] = lines[from + k].Trim().TrimEnd(':').Trim();
            }
        }
    }

    private static bool IsColonLabel(string raw)
    {
        var text = raw.TrimStart('\f').TrimEnd();
        return text.Length > 1 && text.EndsWith(':') && !char.IsWhiteSpace(text[0]) && IsHeadingText(text)
            && SpaceWords.Count(text) <= MaxColonHeadingWords
            && char.IsUpper(text[0]) && text.IndexOf(':', StringComparison.Ordinal) == text.Length - 1;
    }
}
