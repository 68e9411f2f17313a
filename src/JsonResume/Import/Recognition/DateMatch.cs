using JsonResume.Model;

namespace JsonResume.Import.Recognition;

/// <summary>A date or a date range found in a piece of text.</summary>
/// <param name="Index">Where the match starts in the text.</param>
/// <param name="Length">How many characters it covers (surrounding parentheses included).</param>
/// <param name="Start">The first (or only) date; null when the text gives none (<c>??? – Present</c>).</param>
/// <param name="End">The end date of a closed range; null for a single date or an ongoing range.</param>
/// <param name="IsRange">Whether the text is a range rather than one date.</param>
/// <param name="IsOngoing">Whether the range runs to the present (<c>– Present</c>, <c>since 2019</c>, <c>2018-</c>).</param>
internal sealed record DateMatch(int Index, int Length, PartialDate? Start, PartialDate? End, bool IsRange, bool IsOngoing)
{
    /// <summary>Where the match ends (exclusive).</summary>
    public int EndIndex => Index + Length;

    /// <summary>The same match with both dates cut to year precision.</summary>
    /// <returns>The coarser match.</returns>
    public DateMatch ToYears() => this with
    {
        Start = Start is { } s ? PartialDate.FromYear(s.Year) : null,
        End = End is { } e ? PartialDate.FromYear(e.Year) : null,
    };
}
