using System.Buffers;
using System.Collections.ObjectModel;
using JsonResume.Model;

namespace JsonResume.Import.Recognition;

/// <summary>
/// Finds dates and date ranges as résumés write them, in eleven languages: <c>Aug 2022 – Present</c>,
/// <c>09.2017 - 09.2022</c>, <c>2011–2019</c>, <c>Jan. 2020 to Dec. 2021</c>, <c>(Fall 2012-present)</c>,
/// <c>2019/05</c>, <c>Mai 2019 bis heute</c>, <c>set. de 2019</c>, <c>июль 2012 – по настоящее время</c>,
/// <c>2019年5月至今</c>, <c>since 2019</c>, <c>2018-</c>. Month names come from a <see cref="MonthNames"/> table, the
/// words around dates from <c>Vocabulary/DateWords</c>. Results are partial ISO dates at the precision the text shows (a
/// season or a bare year gives a year). One left-to-right scan per text, linear in its length, ASCII digits only; the
/// last few texts' results are cached per thread, since the converter asks about the same line several times.
/// </summary>
internal partial class DateRecognizer
{
    private const int CacheSize = 16;

    /// <summary>Every token of the scan needs one of these: a date or range has an ASCII digit (its year), an unknown end
    /// (<c>???</c>) a question mark; a "present" word alone never makes a match.</summary>
    private static readonly SearchValues<char> s_matchChars = SearchValues.Create("0123456789?");

    [ThreadStatic]
    private static CacheEntry[]? t_cache;

    [ThreadStatic]
    private static int t_next;

    private readonly MonthNames _months;

    /// <summary>A recognizer using a month table.</summary>
    /// <param name="months">Month names; <see cref="MonthNames.Default"/> when null.</param>
    public DateRecognizer(MonthNames? months = null) => _months = months ?? MonthNames.Default;

    /// <summary>A recognizer with the built-in month table.</summary>
    public static DateRecognizer Default { get; } = new();

    /// <summary>Every date and range in the text, left to right, not overlapping; a range is one match.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The matches.</returns>
    public IReadOnlyList<DateMatch> FindAll(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.AsSpan().ContainsAny(s_matchChars))
        {
            return ReadOnlyCollection<DateMatch>.Empty; // most lines of a résumé: no scan, no cache entry
        }

        var cache = t_cache ??= new CacheEntry[CacheSize];
        var hash = text.GetHashCode(StringComparison.Ordinal);
        foreach (var e in cache)
        {
            if (e is not null && e.Hash == hash && ReferenceEquals(e.Owner, this) && string.Equals(e.Text, text, StringComparison.Ordinal))
            {
                return e.Result;
            }
        }

        var result = Combine(text, Scan(text)).AsReadOnly();
        cache[t_next] = new CacheEntry(this, text, hash, result);
        t_next = (t_next + 1) % CacheSize;
        return result;
    }

    /// <summary>The first range in the text, or else its first date; null when there is none.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The match.</returns>
    public DateMatch? Find(string text)
    {
        var all = FindAll(text);
        foreach (var m in all)
        {
            if (m.IsRange)
            {
                return m;
            }
        }

        return all.Count > 0 ? all[0] : null;
    }

    /// <summary>Parses a text that is exactly one date (or one range), such as <c>Aug 2022</c> or <c>2019-2021</c>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="match">The match, covering the whole text but for punctuation.</param>
    /// <returns>Whether the whole text is a date.</returns>
    public bool TryParseWhole(string text, out DateMatch match)
    {
        match = null!;
        var all = FindAll(text);
        if (all.Count != 1 || !IsOnlyPunctuation(text.AsSpan(0, all[0].Index)) || !IsOnlyPunctuation(text.AsSpan(all[0].EndIndex)))
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
        ArgumentNullException.ThrowIfNull(text);
        int? last = null;
        for (var i = 0; i < text.Length;)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                i++;
                continue;
            }

            var end = DigitsEnd(text, i);
            if (end - i == 4 && IsCenturyPrefix(text, i, allowEighteen: false))
            {
                last = Number(text, i, 4);
            }

            i = end;
        }

        return last;
    }

    private static bool IsOnlyPunctuation(ReadOnlySpan<char> rest)
    {
        foreach (var c in rest)
        {
            if (!(char.IsWhiteSpace(c) || char.IsPunctuation(c) || c is '|' or '•' or '·'))
            {
                return false;
            }
        }

        return true;
    }

    private static List<DateMatch> Combine(string text, List<Token> tokens)
    {
        var result = new List<DateMatch>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.Kind == TokenKind.Range)
            {
                result.Add(Widen(text, new DateMatch(t.Index, t.End - t.Index, t.Date, t.EndDate, true, false)));
                continue;
            }

            if (i + 1 < tokens.Count && t.Kind is TokenKind.Date or TokenKind.Unknown
                && tokens[i + 1].Kind is TokenKind.Date or TokenKind.Present or TokenKind.PresentWithSeparator
                && IsRangeGap(text.AsSpan(t.End, tokens[i + 1].Index - t.End), tokens[i + 1].Kind))
            {
                var next = tokens[i + 1];
                var start = t.Kind == TokenKind.Date ? t.Date : null;
                var end = next.Kind == TokenKind.Date ? next.Date : null;
                var from = WordBefore(text, t.Index, PhraseKind.From) ?? t.Index;
                result.Add(Widen(text, new DateMatch(from, next.End - from, start, end, true, next.Kind != TokenKind.Date)));
                i++;
                continue;
            }

            if (t.Kind != TokenKind.Date)
            {
                continue;
            }

            if (WordBefore(text, t.Index, PhraseKind.Since) is { } since)
            {
                result.Add(Widen(text, new DateMatch(since, t.End - since, t.Date, null, true, true)));
                continue;
            }

            if (OpenEnd(text, t.End) is { } dashEnd)
            {
                result.Add(Widen(text, new DateMatch(t.Index, dashEnd - t.Index, t.Date, null, true, true)));
                continue;
            }

            result.Add(Widen(text, new DateMatch(t.Index, t.End - t.Index, t.Date, null, false, false)));
        }

        return result;
    }

    /// <summary>Whether the text between two ends of a range is one separator (or nothing before an "until now" phrase).</summary>
    private static bool IsRangeGap(ReadOnlySpan<char> gap, TokenKind next)
    {
        var trimmed = gap.Trim();
        if (trimmed.Length == 0)
        {
            return next == TokenKind.PresentWithSeparator;
        }

        return DateWordIndex.IsSeparator(trimmed);
    }

    /// <summary>After a date: <c>2018 -</c> at the end, before two spaces, a closing parenthesis or a bar; where the dashes end.</summary>
    private static int? OpenEnd(string text, int index)
    {
        var i = SkipSpaces(text, index);
        var dashStart = i;
        while (i < text.Length && text[i] is '-' or '–' or '—')
        {
            i++;
        }

        if (i == dashStart)
        {
            return null;
        }

        var dashEnd = i;
        var after = SkipSpaces(text, i);
        return after == text.Length || after - dashEnd >= 2 || text[after] is ')' or '|' ? dashEnd : null;
    }

    /// <summary>Where a word of a kind ends right before a position (spaces between allowed): its start, or null.</summary>
    private static int? WordBefore(string text, int index, PhraseKind kind)
    {
        var end = index;
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        var start = end;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        if (start == end || (start > 0 && IsWordChar(text[start - 1])))
        {
            return null;
        }

        return DateWordIndex.Is(text.AsSpan(start, end - start), kind) ? start : null;
    }

    private static DateMatch Widen(string text, DateMatch m)
    {
        var before = m.Index - 1;
        while (before >= 0 && text[before] == ' ')
        {
            before--;
        }

        var after = m.EndIndex;
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

    private sealed record CacheEntry(DateRecognizer Owner, string Text, int Hash, IReadOnlyList<DateMatch> Result);
}
