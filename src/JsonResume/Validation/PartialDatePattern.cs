namespace JsonResume.Validation;

/// <summary>
/// The schema's pattern of a partial ISO 8601 date, <c>^([1-2][0-9]{3}-[0-1][0-9]-[0-3][0-9]|[1-2][0-9]{3}-[0-1][0-9]|[1-2][0-9]{3})$</c>,
/// written out: every résumé has dates, and a regex here made every validate run initialise the regex engine. The
/// generator uses it for exactly that pattern text (<see cref="SchemaValidator"/>); the tests prove it equal to the regex.
/// </summary>
internal static class PartialDatePattern
{
    /// <summary>Whether the text matches the pattern: YYYY, YYYY-MM or YYYY-MM-DD with the digit ranges the pattern
    /// allows, and, as the regex's <c>$</c> does, one final line feed.</summary>
    /// <param name="text">The text.</param>
    /// <returns>Whether it matches.</returns>
    public static bool IsMatch(ReadOnlySpan<char> text)
    {
        if (text.EndsWith('\n'))
        {
            text = text[..^1];
        }

        return text.Length is 4 or 7 or 10
            && text[0] is '1' or '2' && char.IsAsciiDigit(text[1]) && char.IsAsciiDigit(text[2]) && char.IsAsciiDigit(text[3])
            && (text.Length == 4 || (text[4] == '-' && text[5] is '0' or '1' && char.IsAsciiDigit(text[6])
                && (text.Length == 7 || (text[7] == '-' && text[8] is >= '0' and <= '3' && char.IsAsciiDigit(text[9])))));
    }
}
