using System.Text.RegularExpressions;
using JsonResume.Model;

namespace JsonResume.Migration;

/// <summary>Reads the date forms older and hand-written résumés use and gives their JSON Resume form.</summary>
internal static partial class LegacyDates
{
    private static readonly string[] OpenEnded = ["present", "current", "currently", "now", "today", "ongoing", "till date", "to date", "-", ""];

    private static readonly string[] Months =
    [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];

    /// <summary>Whether a value means "not ended yet" (<c>Present</c>, <c>current</c>, <c>now</c>, empty…).</summary>
    public static bool IsOpenEnded(string value) => OpenEnded.Contains(value.Trim().ToLowerInvariant());

    /// <summary>The ISO partial date for a legacy form, or null when the text is not a date this knows.</summary>
    public static string? ToIso(string value)
    {
        var text = value.Trim();
        if (PartialDate.TryParse(text, out _))
        {
            return null; // already current
        }

        Match m;
        if ((m = Timestamp().Match(text)).Success && PartialDate.TryParse(m.Groups[1].Value, out var day))
        {
            return day.ToString();
        }

        if ((m = MonthSlashYear().Match(text)).Success)
        {
            return Month(Number(m.Groups["y"].Value), Number(m.Groups["m"].Value));
        }

        if ((m = UsDate().Match(text)).Success)
        {
            var (y, mo, d) = (Int(m, "y"), Int(m, "m"), Int(m, "d"));
            return y is >= 1000 and <= 2999 && mo is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, mo)
                ? PartialDate.FromDay(y, mo, d).ToString()
                : null;
        }

        if ((m = MonthNameYear().Match(text)).Success)
        {
            var index = Array.IndexOf(Months, m.Groups["name"].Value[..3].ToLowerInvariant());
            return index < 0 ? null : Month(Int(m, "y"), index + 1);
        }

        return null;
    }

    private static int Int(Match m, string group) => Number(m.Groups[group].Value);

    private static string? Month(int year, int month) =>
        year is >= 1000 and <= 2999 && month is >= 1 and <= 12 ? PartialDate.FromMonth(year, month).ToString() : null;

    [GeneratedRegex(@"^(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}")]
    private static partial Regex Timestamp();

    [GeneratedRegex(@"^(?<m>\d{1,2})[/.-](?<y>\d{4})$")]
    private static partial Regex MonthSlashYear();

    [GeneratedRegex(@"^(?<m>\d{1,2})/(?<d>\d{1,2})/(?<y>\d{4})$")]
    private static partial Regex UsDate();

    [GeneratedRegex(@"^(?<name>[A-Za-z]{3,9})\.?,?\s+(?<y>\d{4})$")]
    private static partial Regex MonthNameYear();

    /// <summary>The value of a run of decimal digits of any script: <c>\d</c> in a regular expression matches Sinhala
    /// or Arabic-Indic digits too, which int.Parse refuses.</summary>
    private static int Number(string digits) => digits.Aggregate(0, (n, c) => unchecked((n * 10) + (int)char.GetNumericValue(c)));
}
