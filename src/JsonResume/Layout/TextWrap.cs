using System.Globalization;
using System.Text;

namespace JsonResume.Layout;

/// <summary>
/// Wraps one-line values at spaces. Values follow <see cref="WhitespaceRule"/> (single spaces between words), so joining
/// the wrapped lines with one space gives the value back exactly.
/// </summary>
internal static class TextWrap
{
    /// <summary>
    /// Appends <paramref name="prefix"/> followed by the value, wrapped at <paramref name="width"/> columns; continuation
    /// lines start with <paramref name="continuation"/>. A word longer than a line stays whole. No trailing spaces.
    /// </summary>
    public static void Append(StringBuilder sb, string prefix, string value, string continuation, int width)
    {
        if (value.Length == 0)
        {
            sb.Append(prefix.TrimEnd(' ')).Append('\n');
            return;
        }

        sb.Append(prefix);
        AppendWords(sb, Width(prefix), value, continuation, width);
    }

    /// <summary>
    /// Appends a non-empty value wrapped as <see cref="Append"/> does, after a prefix already appended that took
    /// <paramref name="column"/> columns.
    /// </summary>
    public static void AppendWords(StringBuilder sb, int column, string value, string continuation, int width)
    {
        var first = true;
        var rest = value.AsSpan();
        while (true)
        {
            var space = rest.IndexOf(' ');
            var word = space < 0 ? rest : rest[..space];
            var w = Width(word);
            if (!first && column + 1 + w > width)
            {
                sb.Append('\n').Append(continuation).Append(word);
                column = continuation.Length + w;
            }
            else
            {
                if (!first)
                {
                    sb.Append(' ');
                    column++;
                }

                sb.Append(word);
                column += w;
            }

            first = false;
            if (space < 0)
            {
                break;
            }

            rest = rest[(space + 1)..];
        }

        sb.Append('\n');
    }

    /// <summary>The width of text in columns, counting each grapheme cluster once.</summary>
    public static int Width(string text) => Width(text.AsSpan());

    /// <summary>The width of text in columns, counting each grapheme cluster once.</summary>
    public static int Width(ReadOnlySpan<char> text)
    {
        // Below U+0300 (combining marks start there) every character is a cluster of its own.
        if (text.IndexOfAnyExceptInRange('\0', '\u02FF') < 0)
        {
            return text.Length;
        }

        var count = 0;
        while (!text.IsEmpty)
        {
            text = text[StringInfo.GetNextTextElementLength(text)..];
            count++;
        }

        return count;
    }

    /// <summary>
    /// The width of text on a terminal: <see cref="Width(string)"/>, with East Asian wide and full-width characters (Unicode
    /// East_Asian_Width W and F: CJK ideographs, kana, Hangul, full-width forms) counting two columns. Used to underline
    /// section headings and line up labels, so Chinese and Japanese headings get an underline as long as they look.
    /// </summary>
    public static int Columns(string text)
    {
        var width = Width(text);
        foreach (var c in text)
        {
            if (IsWide(c))
            {
                width++;
            }
        }

        return width;
    }

    private static bool IsWide(char c) =>
        c is (>= '\u1100' and <= '\u115F') or (>= '\u2E80' and <= '\u303E') or (>= '\u3041' and <= '\u33FF')
            or (>= '\u3400' and <= '\u4DBF') or (>= '\u4E00' and <= '\u9FFF') or (>= '\uA000' and <= '\uA4CF')
            or (>= '\uAC00' and <= '\uD7A3') or (>= '\uF900' and <= '\uFAFF') or (>= '\uFE30' and <= '\uFE4F')
            or (>= '\uFF00' and <= '\uFF60') or (>= '\uFFE0' and <= '\uFFE6');
}
