using JsonResume.Model;
using JsonResume.Vocabulary;

namespace JsonResume.Import.Recognition;

/// <summary>Character helpers of the scan: ASCII digits only (other scripts' digits are never numbers here).</summary>
internal partial class DateRecognizer
{
    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_';

    private static bool IsWordCharAt(string text, int i) => i < text.Length && IsWordChar(text[i]);

    private static bool IsDigitAt(string text, int i) => i < text.Length && char.IsAsciiDigit(text[i]);

    private static int DigitsEnd(string text, int i)
    {
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        return i;
    }

    private static int LettersEnd(string text, int i)
    {
        while (i < text.Length && char.IsLetter(text[i]) && !Lexicon.IsCjk(text[i]))
        {
            i++;
        }

        return i;
    }

    private static int SkipSpaces(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    /// <summary>The value of ASCII digits known to be there (at most nine of them).</summary>
    private static int Number(string text, int i, int length)
    {
        var value = 0;
        for (var k = i; k < i + length; k++)
        {
            value = (value * 10) + (text[k] - '0');
        }

        return value;
    }

    /// <summary><c>19xx</c>, <c>20xx</c> (and <c>18xx</c> when allowed) at a position.</summary>
    private static bool IsCenturyPrefix(string text, int i, bool allowEighteen) =>
        i + 1 < text.Length && ((text[i] == '1' && (text[i + 1] == '9' || (allowEighteen && text[i + 1] == '8'))) || (text[i] == '2' && text[i + 1] == '0'));

    /// <summary>Exactly two digits at a position with a value in a range.</summary>
    private static int? TwoDigits(string text, int i, int min, int max)
    {
        if (!IsDigitAt(text, i) || !IsDigitAt(text, i + 1))
        {
            return null;
        }

        var value = Number(text, i, 2);
        return value >= min && value <= max ? value : null;
    }

    /// <summary>A four-digit year from 1900 to 2099 at a position, not followed by another digit.</summary>
    private static int? Year(string text, int i)
    {
        if (i + 4 > text.Length || DigitsEnd(text, i) != i + 4 || !IsCenturyPrefix(text, i, allowEighteen: false))
        {
            return null;
        }

        return Number(text, i, 4);
    }

    /// <summary>A two-digit year (<c>'19</c>, <c>Aug19</c>): up to 40 means 20xx, else 19xx.</summary>
    private static int? TwoDigitYear(string text, int i)
    {
        if (!IsDigitAt(text, i) || !IsDigitAt(text, i + 1) || IsDigitAt(text, i + 2))
        {
            return null;
        }

        var yy = Number(text, i, 2);
        return yy <= 40 ? 2000 + yy : 1900 + yy;
    }

    /// <summary>The end of a given word at a position (case-insensitive, a whole word), or the position itself.</summary>
    private static int AfterWord(string text, int i, string word) =>
        text.AsSpan(i).StartsWith(word, StringComparison.OrdinalIgnoreCase) && !IsWordCharAt(text, i + word.Length) ? i + word.Length : i;

    private static Token Dated(int start, int end, int year, int month, int day)
    {
        var date = month == 0 ? PartialDate.FromYear(year)
            : day == 0 ? PartialDate.FromMonth(year, month)
            : PartialDate.TryParse($"{year:D4}-{month:D2}-{day:D2}", out var full) ? full : PartialDate.FromMonth(year, month);
        return new Token(TokenKind.Date, start, end, date, null);
    }

    private enum TokenKind
    {
        Date,
        Present,
        PresentWithSeparator,
        Unknown,
        Range,
    }

    private sealed record Token(TokenKind Kind, int Index, int End, PartialDate? Date, PartialDate? EndDate);
}
