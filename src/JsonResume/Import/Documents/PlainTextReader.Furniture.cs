namespace JsonResume.Import.Documents;

/// <summary>Lines around headings and pages that carry no content: page numbers and notes set beside a heading.</summary>
internal static partial class PlainTextReader
{
    /// <summary>A page number is set at least this far from the margin (centred or at the right).</summary>
    private const int MinPageNumberIndent = 20;

    /// <summary>At most this many digits: a page number, not a year.</summary>
    private const int MaxPageNumberDigits = 3;

    private static bool IsPageNumber(string line)
    {
        var trimmed = line.Trim();
        return trimmed.Length is > 0 and <= MaxPageNumberDigits && trimmed.All(char.IsAsciiDigit)
            && line.Length - line.TrimStart().Length >= MinPageNumberIndent;
    }

    /// <summary>A line that is one parenthesised remark, such as "(see below)".</summary>
    private static bool IsNote(string line)
    {
        var t = line.Trim();
        return t.Length > 2 && t[0] == '(' && t[^1] == ')' && t.IndexOf(')', StringComparison.Ordinal) == t.Length - 1;
    }
}
