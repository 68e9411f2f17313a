using System.Globalization;
using System.Text.RegularExpressions;
using JsonResume.Model;

namespace JsonResume.Import.Recognition;

/// <summary>
/// Finds dates and date ranges as résumés write them: <c>Aug 2022 – Present</c>, <c>09.2017 - 09.2022</c>,
/// <c>2011–2019</c>, <c>Jan. 2020 to Dec. 2021</c>, <c>12/2013 - present</c>, <c>(Fall 2012-present)</c>,
/// <c>2013-09 — 2014-01</c>, <c>since 2019</c>, <c>2018-</c>, <c>2019</c>. Month names come from a
/// <see cref="MonthNames"/> table, so other languages can be added. Results are partial ISO dates at the precision the
/// text shows (a season or a bare year gives a year).
/// </summary>
public sealed class DateRecognizer
{
    private const string Separator = @"(?:-{1,3}|[–—−~]|\bto\b|\buntil\b|\btill\b|\bthrough\b|\bthru\b|\ba\b|\bà\b|\bbis\b|\bhasta\b|\baté\b|\bal\b)";
    private const string PresentWords = @"(?:present|current(?:ly)?|now|today|ongoing|date|atual(?:mente)?|presente|actualidad|actual|aujourd['’]hui|heute|oggi|jetzt)\b";

    private static readonly Regex SeparatorOnly = new($@"^\s*{Separator}\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    private static readonly Regex OpenEnd = new(@"^\s*[-–—]+\s*(?:$|\s{2,}|\)|\|)", RegexOptions.CultureInvariant);
    private static readonly Regex SinceBefore = new(@"\b(?:since|depuis|desde|seit|dal)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    private static readonly Regex YearInToken = new(@"(?<!\d)((?:19|20)\d{2})(?!\d)", RegexOptions.CultureInvariant);

    private readonly MonthNames _months;
    private readonly Regex _single;
    private readonly Regex _present;
    private readonly Regex _sharedYear;

    /// <summary>A recognizer using a month table.</summary>
    /// <param name="months">Month names; <see cref="MonthNames.Default"/> when null.</param>
    public DateRecognizer(MonthNames? months = null)
    {
        _months = months ?? MonthNames.Default;
        var names = string.Join('|', _months.Names.OrderByDescending(n => n.Length).Select(Regex.Escape));
        var month = $@"(?<mn>{names})\.?";
        const string year = @"(?<y>(?:1[89]|20)\d{2})(?!\d)";
        const string before = @"(?<![\w/.:-])";
        var single = string.Join('|',
            $@"{before}(?<y>(?:1[89]|20)\d{{2}})[-/.](?<m>0[1-9]|1[0-2])[-/.](?<d>0[1-9]|[12]\d|3[01])(?!\d)",
            $@"{before}(?<d>0?[1-9]|[12]\d|3[01])(?<sep>[./])(?<m>0?[1-9]|1[0-2])\k<sep>{year}",
            $@"{before}(?<d>0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\s+(?:de\s+)?{month}(?:,|\s+de)?\s+{year}",
            $@"(?<![\w])\b{month}\s+(?<d>0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?,?\s+{year}",
            $@"(?<![\w])\b{month}(?:,|\s+de|\s+of)?\s*{year}",
            $@"(?<![\w])\b{month}\s*['’](?<yy>\d{{2}})(?!\d)",
            $@"(?<![\w])\b{month}(?<yy>\d{{2}})(?![\w])",
            $@"(?<![\w])\b(?<season>spring|summer|fall|autumn|winter)(?:\s+(?:term|semester|quarter))?,?\s+{year}",
            $@"{before}(?<y>(?:1[89]|20)\d{{2}})-(?<m>0[1-9]|1[0-2])(?![\d.])",
            $@"{before}(?<m>0?[1-9]|1[0-2])[./-]{year}",
            $@"(?<![\w/.:]){year}");
        _single = new Regex(single, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);
        _present = new Regex($@"(?<![\w])(?:{PresentWords}|\?{{2,}})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        _sharedYear = new Regex(
            $@"(?<![\w])\b(?<mn>{names})\.?\s*{Separator}\s*(?<mn2>{names})\.?,?\s+{year}",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);
    }

    /// <summary>A recognizer with the built-in month table.</summary>
    public static DateRecognizer Default { get; } = new();

    /// <summary>Every date and range in the text, left to right, not overlapping; a range is one match.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The matches.</returns>
    public IReadOnlyList<DateMatch> FindAll(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = Tokens(text);
        var result = new List<DateMatch>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.Kind == TokenKind.Range)
            {
                result.Add(Widen(text, t.Match!));
                continue;
            }

            if (i + 1 < tokens.Count && t.Kind is TokenKind.Date or TokenKind.Unknown
                && tokens[i + 1].Kind is TokenKind.Date or TokenKind.Present
                && SeparatorOnly.IsMatch(text[t.End..tokens[i + 1].Index]))
            {
                var next = tokens[i + 1];
                var start = t.Kind == TokenKind.Date ? t.Date : null;
                var end = next.Kind == TokenKind.Date ? next.Date : null;
                var from = ExtendBackwards(text, t.Index);
                result.Add(Widen(text, new DateMatch(from, next.End - from, start, end, true, next.Kind == TokenKind.Present)));
                i++;
                continue;
            }

            if (t.Kind != TokenKind.Date)
            {
                continue;
            }

            var since = SinceBefore.Match(text[..t.Index]);
            if (since.Success)
            {
                result.Add(Widen(text, new DateMatch(since.Index, t.End - since.Index, t.Date, null, true, true)));
                continue;
            }

            var open = OpenEnd.Match(text[t.End..]);
            if (open.Success)
            {
                var dash = text.AsSpan(t.End, open.Length).TrimEnd(" )|").Length;
                result.Add(Widen(text, new DateMatch(t.Index, t.End - t.Index + dash, t.Date, null, true, true)));
                continue;
            }

            result.Add(Widen(text, new DateMatch(t.Index, t.End - t.Index, t.Date, null, false, false)));
        }

        return result;
    }

    /// <summary>The first range in the text, or else its first date; null when there is none.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The match.</returns>
    public DateMatch? Find(string text)
    {
        var all = FindAll(text);
        return all.FirstOrDefault(m => m.IsRange) ?? (all.Count > 0 ? all[0] : null);
    }

    /// <summary>Parses a text that is exactly one date (or one range), such as <c>Aug 2022</c> or <c>2019-2021</c>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="match">The match, covering the whole text but for punctuation.</param>
    /// <returns>Whether the whole text is a date.</returns>
    public bool TryParseWhole(string text, out DateMatch match)
    {
        match = null!;
        var all = FindAll(text);
        if (all.Count != 1 || !IsOnlyPunctuation(text.Remove(all[0].Index, all[0].Length)))
        {
            return false;
        }

        match = all[0];
        return true;
    }

    /// <summary>A year written inside a token, such as <c>CONF2024</c> or <c>Summit2023</c> (the last one in the text).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The year, or null.</returns>
    public static int? LastEmbeddedYear(string text)
    {
        var matches = YearInToken.Matches(text);
        return matches.Count == 0 ? null : Number(matches[^1].Value);
    }

    private static bool IsOnlyPunctuation(string rest) => rest.All(c => char.IsWhiteSpace(c) || char.IsPunctuation(c) || c is '|' or '•' or '·');

    private static int ExtendBackwards(string text, int index)
    {
        var from = Regex.Match(text[..index], @"\b(?:from|de|von|du|dal)\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        return from.Success ? from.Index : index;
    }

    private static DateMatch Widen(string text, DateMatch m)
    {
        var start = m.Index;
        var end = m.EndIndex;
        var before = start - 1;
        while (before >= 0 && text[before] == ' ')
        {
            before--;
        }

        var after = end;
        while (after < text.Length && text[after] == ' ')
        {
            after++;
        }

        if (before >= 0 && after < text.Length && text[before] is '(' or '[' && text[after] is ')' or ']')
        {
            return m with { Index = before, Length = after + 1 - before };
        }

        return m;
    }

    private List<Token> Tokens(string text)
    {
        var tokens = new List<Token>();
        foreach (Match m in _sharedYear.Matches(text))
        {
            if (_months.TryGetMonth(m.Groups["mn"].Value, out var m1) && _months.TryGetMonth(m.Groups["mn2"].Value, out var m2))
            {
                var y = Number(m.Groups["y"].Value);
                tokens.Add(new Token(TokenKind.Range, m.Index, m.Index + m.Length, null,
                    new DateMatch(m.Index, m.Length, PartialDate.FromMonth(y, m1), PartialDate.FromMonth(y, m2), true, false)));
            }
        }

        foreach (Match m in _single.Matches(text))
        {
            if (!Overlaps(tokens, m.Index, m.Index + m.Length) && ToDate(m) is { } date)
            {
                tokens.Add(new Token(TokenKind.Date, m.Index, m.Index + m.Length, date, null));
            }
        }

        foreach (Match m in _present.Matches(text))
        {
            if (!Overlaps(tokens, m.Index, m.Index + m.Length))
            {
                tokens.Add(new Token(m.Value.StartsWith('?') ? TokenKind.Unknown : TokenKind.Present, m.Index, m.Index + m.Length, null, null));
            }
        }

        tokens.Sort((a, b) => a.Index.CompareTo(b.Index));
        return tokens;
    }

    private static bool Overlaps(List<Token> tokens, int start, int end) => tokens.Exists(t => t.Index < end && start < t.End);

    private PartialDate? ToDate(Match m)
    {
        int year;
        if (m.Groups["yy"].Success)
        {
            var yy = Number(m.Groups["yy"].Value);
            year = yy <= 40 ? 2000 + yy : 1900 + yy;
        }
        else
        {
            year = Number(m.Groups["y"].Value);
        }

        if (year is < 1900 or > 2099)
        {
            return null;
        }

        if (m.Groups["season"].Success)
        {
            return PartialDate.FromYear(year);
        }

        var month = 0;
        if (m.Groups["mn"].Success && !_months.TryGetMonth(m.Groups["mn"].Value, out month))
        {
            return null;
        }

        if (m.Groups["m"].Success)
        {
            month = Number(m.Groups["m"].Value);
        }

        var day = m.Groups["d"].Success ? Number(m.Groups["d"].Value) : 0;
        if (m.Groups["sep"].Success && m.Groups["sep"].Value == "/" && month <= 12 && day <= 12)
        {
            (month, day) = (day, month); // 3/12/2019: month first, as written in the US
        }

        if (month == 0)
        {
            return PartialDate.FromYear(year);
        }

        if (month > 12)
        {
            return null;
        }

        if (day > 0)
        {
            return PartialDate.TryParse(string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}-{day:D2}"), out var full) ? full : PartialDate.FromMonth(year, month);
        }

        return PartialDate.FromMonth(year, month);
    }

    private enum TokenKind
    {
        Date,
        Present,
        Unknown,
        Range,
    }

    private sealed record Token(TokenKind Kind, int Index, int End, PartialDate? Date, DateMatch? Match);

    /// <summary>The value of a run of decimal digits of any script: <c>\d</c> in a regular expression matches Sinhala
    /// or Arabic-Indic digits too, which int.Parse refuses.</summary>
    private static int Number(string digits) => digits.Aggregate(0, (n, c) => unchecked((n * 10) + (int)char.GetNumericValue(c)));
}
