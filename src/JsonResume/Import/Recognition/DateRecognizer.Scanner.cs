using JsonResume.Model;
using JsonResume.Vocabulary;

namespace JsonResume.Import.Recognition;

/// <summary>The scan: dates, "present" words and unknown ends (<c>???</c>) found left to right in one pass.</summary>
internal partial class DateRecognizer
{
    /// <summary>A slash-separated two-digit number one above the year is a school year (<c>2010/11</c>), not a month.</summary>
    private const int SchoolYearStep = 1;

    private const int MinYear = 1900;

    private List<Token> Scan(string text)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsAsciiDigit(c))
            {
                var atStart = i == 0 || !IsWordChar(text[i - 1]) || Lexicon.IsCjk(text[i - 1]);
                if (atStart && NumericDate(text, i) is { } date)
                {
                    tokens.Add(date);
                    i = date.End;
                    continue;
                }

                i = DigitsEnd(text, i);
                continue;
            }

            if (char.IsLetter(c))
            {
                var cjk = Lexicon.IsCjk(c);
                if (cjk || i == 0 || !IsWordChar(text[i - 1]))
                {
                    if (WordDate(text, i) is { } word)
                    {
                        tokens.Add(word);
                        i = word.End;
                        continue;
                    }

                    if (DateWordIndex.PresentAt(text, i) is { } present)
                    {
                        var kind = present.Kind == PhraseKind.Present ? TokenKind.Present : TokenKind.PresentWithSeparator;
                        tokens.Add(new Token(kind, i, present.End, null, null));
                        i = present.End;
                        continue;
                    }
                }

                i = cjk ? i + 1 : LettersEnd(text, i);
                continue;
            }

            if (c == '?' && i + 1 < text.Length && text[i + 1] == '?')
            {
                var end = i;
                while (end < text.Length && text[end] == '?')
                {
                    end++;
                }

                tokens.Add(new Token(TokenKind.Unknown, i, end, null, null));
                i = end;
                continue;
            }

            i++;
        }

        return tokens;
    }

    /// <summary>A date starting with a number: <c>2019-05-03</c>, <c>19.03.1985</c>, <c>3 March 2021</c>,
    /// <c>2019年5月</c>, <c>2019-05</c>, <c>2019.05</c>, <c>05/2019</c>, <c>2019</c>.</summary>
    /// <summary>Whether a dash and another <c>YYYY/MM</c> follow, so <c>2009/10 – 2010/06</c> reads as months, not a school year.</summary>
    private static bool OpensMonthRange(string text, int i)
    {
        var j = i;
        while (j < text.Length && (char.IsWhiteSpace(text[j]) || text[j] is '\u2009' or '\u00a0'))
        {
            j++;
        }

        if (j >= text.Length || text[j] is not ('-' or '–' or '—'))
        {
            return false;
        }

        j++;
        while (j < text.Length && (char.IsWhiteSpace(text[j]) || text[j] is '\u2009' or '\u00a0'))
        {
            j++;
        }

        return j + 7 <= text.Length && DigitsEnd(text, j) == j + 4 && text[j + 4] == '/' && TwoDigits(text, j + 5, 1, 12) is not null && !IsDigitAt(text, j + 7);
    }

    private Token? NumericDate(string text, int i)
    {
        var end = DigitsEnd(text, i);
        var length = end - i;
        var prev = i == 0 ? ' ' : text[i - 1];
        var strict = prev is not ('/' or '.' or ':' or '-');
        if (length == 4 && IsCenturyPrefix(text, i, allowEighteen: true))
        {
            var year = Number(text, i, 4);
            if (strict && end < text.Length && text[end] is '-' or '/' or '.'
                && TwoDigits(text, end + 1, 1, 12) is { } m && end + 3 < text.Length && text[end + 3] is '-' or '/' or '.'
                && TwoDigits(text, end + 4, 1, 31) is { } d && !IsDigitAt(text, end + 6))
            {
                return Dated(i, end + 6, year, m, d);
            }

            if (end < text.Length && text[end] == '年')
            {
                return CjkDate(text, i, end + 1, year);
            }

            if (strict && end < text.Length && text[end] is '-' or '/' or '.' && TwoDigits(text, end + 1, 1, 12) is { } month
                && !IsDigitAt(text, end + 3) && !(end + 3 < text.Length && text[end + 3] == '.' && IsDigitAt(text, end + 4))
                && !(text[end] == '/' && month == (year + SchoolYearStep) % 100 && !OpensMonthRange(text, end + 3)))
            {
                return Dated(i, end + 3, year, month, 0);
            }

            return prev is '/' or '.' or ':' || year < MinYear ? null : Dated(i, end, year, 0, 0);
        }

        if (!strict || length > 2)
        {
            return null;
        }

        var first = Number(text, i, length);
        if (end < text.Length && text[end] is '.' or '/')
        {
            var sep = text[end];
            var mEnd = DigitsEnd(text, end + 1);
            if (mEnd - end - 1 is 1 or 2 && mEnd < text.Length && text[mEnd] == sep && Year(text, mEnd + 1) is { } y && first is >= 1 and <= 31)
            {
                var month = Number(text, end + 1, mEnd - end - 1);
                var day = first;
                if (sep == '/' && month <= 12 && day <= 12)
                {
                    (month, day) = (day, month); // 3/12/2019: month first, as written in the US
                }

                return month is >= 1 and <= 12 ? Dated(i, mEnd + 5, y, month, day) : null;
            }
        }

        if (first is >= 1 and <= 31 && DayMonthYear(text, i, end, first) is { } dmy)
        {
            return dmy;
        }

        if (first is >= 1 and <= 12 && end < text.Length && text[end] is '.' or '/' or '-' && Year(text, end + 1) is { } year2)
        {
            return Dated(i, end + 5, year2, first, 0);
        }

        return null;
    }

    /// <summary><c>3 March 2021</c>, <c>3rd of March, 2021</c>, <c>3 de março de 2021</c>.</summary>
    private Token? DayMonthYear(string text, int i, int end, int day)
    {
        var p = end;
        if (p + 1 < text.Length && text.AsSpan(p, 2) is "st" or "nd" or "rd" or "th" or "ST" or "ND" or "RD" or "TH")
        {
            p += 2;
        }

        var q = SkipSpaces(text, p);
        if (q == p)
        {
            return null;
        }

        if (AfterWord(text, q, "de") is var de && de > q && SkipSpaces(text, de) is var afterDe && afterDe > de)
        {
            q = afterDe;
        }

        var mEnd = LettersEnd(text, q);
        if (mEnd == q || !_months.TryGetMonth(text.AsSpan(q, mEnd - q), out var month))
        {
            return null;
        }

        p = mEnd < text.Length && text[mEnd] == '.' ? mEnd + 1 : mEnd;
        if (p < text.Length && text[p] == ',')
        {
            p++;
        }
        else if (SkipSpaces(text, p) is var s && s > p && AfterWord(text, s, "de") is var linked && linked > s)
        {
            p = linked;
        }

        var y = SkipSpaces(text, p);
        return y > p && Year(text, y) is { } year ? Dated(i, y + 4, year, month, day) : null;
    }

    /// <summary><c>2019年5月</c>, <c>2019年5月3日</c>, <c>2019年</c>.</summary>
    private static Token CjkDate(string text, int i, int afterYear, int year)
    {
        var mEnd = DigitsEnd(text, afterYear);
        if (mEnd - afterYear is 1 or 2 && mEnd < text.Length && text[mEnd] == '月' && Number(text, afterYear, mEnd - afterYear) is var month and >= 1 and <= 12)
        {
            var dEnd = DigitsEnd(text, mEnd + 1);
            if (dEnd - mEnd - 1 is 1 or 2 && dEnd < text.Length && text[dEnd] is '日' && Number(text, mEnd + 1, dEnd - mEnd - 1) is var day and >= 1 and <= 31)
            {
                return Dated(i, dEnd + 1, year, month, day);
            }

            return Dated(i, mEnd + 1, year, month, 0);
        }

        return Dated(i, afterYear, year, 0, 0);
    }

    /// <summary>A date starting with a word: a month (<c>Aug 2022</c>, <c>May '19</c>, <c>Aug19</c>, <c>March 3, 2021</c>,
    /// <c>Jan – Mar 2020</c>) or a season (<c>Summer 2006</c>).</summary>
    private Token? WordDate(string text, int i)
    {
        var run = LettersEnd(text, i);
        if (_months.TryGetMonth(text.AsSpan(i, run - i), out var month))
        {
            var p = run < text.Length && text[run] == '.' ? run + 1 : run;
            return SharedYear(text, i, p, month) ?? MonthDate(text, i, run, p, month);
        }

        if (DateWordIndex.Is(text.AsSpan(i, run - i), PhraseKind.Season))
        {
            var p = SkipSpaces(text, run);
            var term = LettersEnd(text, p);
            if (p > run && text.AsSpan(p, term - p) is var w && (w.Equals("term", StringComparison.OrdinalIgnoreCase)
                || w.Equals("semester", StringComparison.OrdinalIgnoreCase) || w.Equals("quarter", StringComparison.OrdinalIgnoreCase)))
            {
                run = term;
            }

            if (run < text.Length && text[run] == ',')
            {
                run++;
            }

            var y = SkipSpaces(text, run);
            return y > run && Year(text, y) is { } year ? Dated(i, y + 4, year, 0, 0) : null;
        }

        return null;
    }

    private static Token? MonthDate(string text, int i, int run, int p, int month)
    {
        var s = SkipSpaces(text, p);
        if (s > p)
        {
            var dEnd = DigitsEnd(text, s);
            if (dEnd - s is 1 or 2 && Number(text, s, dEnd - s) is var day and >= 1 and <= 31)
            {
                var q = dEnd + 1 < text.Length && text.AsSpan(dEnd, 2) is "st" or "nd" or "rd" or "th" ? dEnd + 2 : dEnd;
                q = q < text.Length && text[q] == ',' ? q + 1 : q;
                var y = SkipSpaces(text, q);
                if (y > q && Year(text, y) is { } dy)
                {
                    return Dated(i, y + 4, dy, month, day);
                }
            }
        }

        // "Jan 2021", "Jan, 2021", and written without a space: "jan/2021" (Brazil, Portugal), "Jan-2021" (India).
        var link = p < text.Length && (text[p] == ',' || (p == run && text[p] is '/' or '-')) ? p + 1 : p;
        if (link == p && s > p)
        {
            foreach (var word in (ReadOnlySpan<string>)["de", "del", "of"])
            {
                var after = AfterWord(text, s, word);
                if (after > s)
                {
                    link = after;
                    break;
                }
            }
        }

        var ys = SkipSpaces(text, link);
        if (Year(text, ys) is { } year)
        {
            return Dated(i, ys + 4, year, month, 0);
        }

        if (s < text.Length && text[s] is '\'' or '’' && TwoDigitYear(text, s + 1) is { } apostrophe)
        {
            return Dated(i, s + 3, apostrophe, month, 0);
        }

        return TwoDigitYear(text, p) is { } yy && !IsWordCharAt(text, p + 2) ? Dated(i, p + 2, yy, month, 0) : null;
    }

    /// <summary><c>Jan – Mar 2020</c>: two months sharing one year.</summary>
    private Token? SharedYear(string text, int i, int p, int first)
    {
        var s = SkipSpaces(text, p);
        var sepEnd = DateWordIndex.SeparatorAt(text, s);
        if (sepEnd is null)
        {
            return null;
        }

        var m2 = SkipSpaces(text, sepEnd.Value);
        var run = LettersEnd(text, m2);
        if (run == m2 || (m2 > 0 && IsWordChar(text[m2 - 1])) || !_months.TryGetMonth(text.AsSpan(m2, run - m2), out var second))
        {
            return null;
        }

        var q = run < text.Length && text[run] == '.' ? run + 1 : run;
        q = q < text.Length && text[q] == ',' ? q + 1 : q;
        var y = SkipSpaces(text, q);
        if (y == q || Year(text, y) is not { } year)
        {
            return null;
        }

        return new Token(TokenKind.Range, i, y + 4, PartialDate.FromMonth(year, first), PartialDate.FromMonth(year, second));
    }
}
