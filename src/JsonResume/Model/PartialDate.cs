using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace JsonResume.Model;

/// <summary>
/// A typed view of a JSON Resume date (<c>2014</c>, <c>2014-06</c> or <c>2014-06-29</c>) that knows its precision.
/// The model keeps dates as strings exactly as written; use <see cref="TryParse(string?, out PartialDate)"/> where a
/// typed date helps. <see cref="ToString"/> gives back the same text, so parsing and printing round-trip.
/// Ordering compares the earliest day each value can mean, then the precision.
/// </summary>
public readonly record struct PartialDate : IComparable<PartialDate>
{
    private PartialDate(int year, int month, int day, DatePrecision precision) =>
        (Year, Month, Day, Precision) = (year, month, day, precision);

    /// <summary>The year (1000 to 2999, as the schema's pattern allows).</summary>
    public int Year { get; }

    /// <summary>The month (1 to 12), or 0 when only the year is given.</summary>
    public int Month { get; }

    /// <summary>The day of the month, or 0 when not given.</summary>
    public int Day { get; }

    /// <summary>How much is given.</summary>
    public DatePrecision Precision { get; }

    /// <summary>A year.</summary>
    /// <param name="year">The year.</param>
    /// <returns>The date.</returns>
    public static PartialDate FromYear(int year) => Create(year, 0, 0);

    /// <summary>A month of a year.</summary>
    /// <param name="year">The year.</param>
    /// <param name="month">The month, 1 to 12.</param>
    /// <returns>The date.</returns>
    public static PartialDate FromMonth(int year, int month) => Create(year, month, 0);

    /// <summary>A day.</summary>
    /// <param name="year">The year.</param>
    /// <param name="month">The month, 1 to 12.</param>
    /// <param name="day">The day, which must exist in that month.</param>
    /// <returns>The date.</returns>
    public static PartialDate FromDay(int year, int month, int day) => Create(year, month, day);

    /// <summary>Parses <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>; the date must exist (no month 13, no 30 February).</summary>
    /// <param name="text">The text.</param>
    /// <param name="date">The date, when the text is one.</param>
    /// <returns>Whether the text is a real partial date.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out PartialDate date)
    {
        date = default;
        return text is not null && TryParse(text.AsSpan(), out date);
    }

    /// <summary>Parses <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c> without allocating; the date must exist.</summary>
    /// <param name="text">The text.</param>
    /// <param name="date">The date, when the text is one.</param>
    /// <returns>Whether the text is a real partial date.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out PartialDate date)
    {
        date = default;
        if (text.Length != 4 && text.Length != 7 && text.Length != 10)
        {
            return false;
        }

        if (!TryDigits(text, 0, 4, out var year) || year < 1000 || year > 2999)
        {
            return false;
        }

        var month = 0;
        var day = 0;
        if (text.Length >= 7 && (text[4] != '-' || !TryDigits(text, 5, 2, out month) || month is < 1 or > 12))
        {
            return false;
        }

        if (text.Length == 10 && (text[7] != '-' || !TryDigits(text, 8, 2, out day) || day < 1 || day > DateTime.DaysInMonth(year, month)))
        {
            return false;
        }

        date = new PartialDate(year, month, day, (DatePrecision)(text.Length switch { 4 => 1, 7 => 2, _ => 3 }));
        return true;
    }

    /// <summary>Parses a date, throwing when the text is not one.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The date.</returns>
    /// <exception cref="FormatException">The text is not a real partial date.</exception>
    public static PartialDate Parse(string text) =>
        TryParse(text, out var date) ? date : throw new FormatException($"\"{text}\" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD.");

    /// <summary>The earliest day this value can mean (the first of the month or of the year).</summary>
    /// <returns>That day.</returns>
    public DateOnly ToFirstDay() => new(Year, Math.Max(Month, 1), Math.Max(Day, 1));

    /// <summary>The latest day this value can mean (the last of the month or of the year).</summary>
    /// <returns>That day.</returns>
    public DateOnly ToLastDay() => Precision switch
    {
        DatePrecision.Year => new DateOnly(Year, 12, 31),
        DatePrecision.Month => new DateOnly(Year, Month, DateTime.DaysInMonth(Year, Month)),
        _ => new DateOnly(Year, Month, Day),
    };

    /// <inheritdoc/>
    public int CompareTo(PartialDate other)
    {
        var byDay = ToFirstDay().CompareTo(other.ToFirstDay());
        return byDay != 0 ? byDay : Precision.CompareTo(other.Precision);
    }

    /// <summary>Whether one date comes before another.</summary>
    public static bool operator <(PartialDate left, PartialDate right) => left.CompareTo(right) < 0;

    /// <summary>Whether one date comes after another.</summary>
    public static bool operator >(PartialDate left, PartialDate right) => left.CompareTo(right) > 0;

    /// <summary>Whether one date comes before another or is the same.</summary>
    public static bool operator <=(PartialDate left, PartialDate right) => left.CompareTo(right) <= 0;

    /// <summary>Whether one date comes after another or is the same.</summary>
    public static bool operator >=(PartialDate left, PartialDate right) => left.CompareTo(right) >= 0;

    /// <summary>The schema's form: <c>2014</c>, <c>2014-06</c> or <c>2014-06-29</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Precision switch
    {
        DatePrecision.Year => Year.ToString("D4", CultureInfo.InvariantCulture),
        DatePrecision.Month => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}"),
        DatePrecision.Day => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{Day:D2}"),
        _ => "",
    };

    private static PartialDate Create(int year, int month, int day)
    {
        var text = day > 0 ? $"{year:D4}-{month:D2}-{day:D2}" : month > 0 ? $"{year:D4}-{month:D2}" : $"{year:D4}";
        return TryParse(string.Create(CultureInfo.InvariantCulture, $"{text}"), out var date)
            ? date
            : throw new ArgumentOutOfRangeException(nameof(year), $"{text} is not a real date between 1000 and 2999.");
    }

    private static bool TryDigits(ReadOnlySpan<char> text, int start, int count, out int value)
    {
        value = 0;
        for (var i = start; i < start + count; i++)
        {
            if (text[i] is < '0' or > '9')
            {
                return false;
            }

            value = (value * 10) + (text[i] - '0');
        }

        return true;
    }
}
