using System.Text.RegularExpressions;

namespace JsonResume.Layout;

/// <summary>
/// The shape of the line under an entry heading: dates in ISO 8601 (a year, a year and month, or a full date), then an
/// optional place after <c>" · "</c>. A range reads <c>2019-03 – 2021-07 · Berlin</c> or, when it is still open,
/// <c>2019-03 – present · Berlin</c> (the "present" word of the language written: <c>heute</c>, <c>现在</c>; any of them
/// reads back); a single date reads <c>2020-06 · Example Foundation</c>.
/// </summary>
internal static partial class DateRangeLine
{
    /// <summary>What separates the start and the end of a range (an en dash with a space on each side).</summary>
    public const string RangeSeparator = " – ";

    /// <summary>What separates the dates from the place (a middle dot with a space on each side).</summary>
    public const string PlaceSeparator = " · ";

    /// <summary>Whether a value is a partial ISO 8601 date as the schema writes them: 2014, 2014-06 or 2014-06-29 (digits only, not a calendar check).</summary>
    /// <param name="value">A value.</param>
    /// <returns>Whether it has the shape.</returns>
    public static bool IsDateShape(string? value) => value is not null && IsDateShape(value.AsSpan());

    /// <summary>Whether text is a partial ISO 8601 date as the schema writes them (see <see cref="IsDateShape(string?)"/>).</summary>
    /// <param name="value">Text.</param>
    /// <returns>Whether it has the shape.</returns>
    public static bool IsDateShape(ReadOnlySpan<char> value) =>
        value.Length is 4 or 7 or 10 && IsDigits(value[..4])
        && (value.Length == 4 || (value[4] == '-' && IsDigits(value.Slice(5, 2))
            && (value.Length == 7 || (value[7] == '-' && IsDigits(value.Slice(8, 2))))));

    /// <summary>
    /// Whether reading <paramref name="line"/> back (<see cref="TryParseRange"/> when <paramref name="isRange"/>, else
    /// <see cref="TryParseSingle"/>) gives exactly these dates and place: the same steps on spans, nothing allocated.
    /// </summary>
    /// <param name="line">The line.</param>
    /// <param name="isRange">Whether it is read as a range.</param>
    /// <param name="start">The start or only date expected.</param>
    /// <param name="end">The end expected (null: open range, or a single date).</param>
    /// <param name="place">The place expected, or null.</param>
    /// <returns>Whether it reads back so.</returns>
    public static bool ReadsBackAs(string line, bool isRange, string start, string? end, string? place)
    {
        var at = line.IndexOf(PlaceSeparator, StringComparison.Ordinal);
        if ((at < 0) != (place is null) || (place is not null && !line.AsSpan(at + PlaceSeparator.Length).SequenceEqual(place)))
        {
            return false;
        }

        var dates = at < 0 ? line.AsSpan() : line.AsSpan(0, at);
        if (!isRange)
        {
            return end is null && IsDateShape(dates) && dates.SequenceEqual(start);
        }

        var r = dates.IndexOf(RangeSeparator, StringComparison.Ordinal);
        if (r < 0)
        {
            return false;
        }

        var first = dates[..r];
        var second = dates[(r + RangeSeparator.Length)..];
        if (second.IndexOf(RangeSeparator, StringComparison.Ordinal) >= 0 || !IsDateShape(first) || !first.SequenceEqual(start))
        {
            return false;
        }

        return IsDateShape(second) ? end is not null && second.SequenceEqual(end) : end is null && LayoutLanguage.IsPresent(second);
    }

    private static bool IsDigits(ReadOnlySpan<char> text) => !text.ContainsAnyExceptInRange('0', '9');

    /// <summary>Whether a line starts like a date line (with a date), which is how plain text tells it from a labelled line.</summary>
    /// <param name="line">A line.</param>
    /// <returns>Whether it starts with a date.</returns>
    public static bool StartsWithDate(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return LeadingIso().IsMatch(line);
    }

    /// <summary>Writes a range line.</summary>
    /// <param name="start">The start date.</param>
    /// <param name="end">The end date, or null for an open range.</param>
    /// <param name="place">The place, or null.</param>
    /// <param name="present">The word for the end of an open range (<see cref="LayoutLanguage.Present"/>).</param>
    /// <returns>The line.</returns>
    public static string FormatRange(string start, string? end, string? place, string present) =>
        place is null ? string.Concat(start, RangeSeparator, end ?? present) : string.Concat(start, RangeSeparator, end ?? present, PlaceSeparator, place);

    /// <summary>Writes a single-date line.</summary>
    /// <param name="date">The date.</param>
    /// <param name="place">The place, or null.</param>
    /// <returns>The line.</returns>
    public static string FormatSingle(string date, string? place) =>
        place is null ? date : string.Concat(date, PlaceSeparator, place);

    /// <summary>Reads a range line (see <see cref="FormatRange"/>).</summary>
    /// <param name="line">The line.</param>
    /// <param name="result">What it says.</param>
    /// <returns>Whether the line has the shape.</returns>
    public static bool TryParseRange(string line, out DateLine? result)
    {
        ArgumentNullException.ThrowIfNull(line);
        result = null;
        var (dates, place) = SplitPlace(line);
        var parts = dates.Split(RangeSeparator);
        if (parts.Length != 2 || !IsDateShape(parts[0]) || !(LayoutLanguage.IsPresent(parts[1]) || IsDateShape(parts[1])))
        {
            return false;
        }

        result = new DateLine(parts[0], IsDateShape(parts[1]) ? parts[1] : null, place);
        return true;
    }

    /// <summary>Reads a single-date line (see <see cref="FormatSingle"/>).</summary>
    /// <param name="line">The line.</param>
    /// <param name="result">What it says.</param>
    /// <returns>Whether the line has the shape.</returns>
    public static bool TryParseSingle(string line, out DateLine? result)
    {
        ArgumentNullException.ThrowIfNull(line);
        var (date, place) = SplitPlace(line);
        result = IsDateShape(date) ? new DateLine(date, null, place) : null;
        return result is not null;
    }

    private static (string Dates, string? Place) SplitPlace(string line)
    {
        var at = line.IndexOf(PlaceSeparator, StringComparison.Ordinal);
        return at < 0 ? (line, null) : (line[..at], line[(at + PlaceSeparator.Length)..]);
    }

    [GeneratedRegex("^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?( |\\z)", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingIso();
}
