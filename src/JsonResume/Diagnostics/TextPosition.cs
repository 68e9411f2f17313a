namespace JsonResume.Diagnostics;

/// <summary>A 1-based line and column in a text; <see cref="Unknown"/> is 0:0.</summary>
/// <param name="Line">1-based line number.</param>
/// <param name="Column">1-based column, counted in Unicode characters (scalar values).</param>
public readonly record struct TextPosition(int Line, int Column)
{
    /// <summary>No known position.</summary>
    public static TextPosition Unknown => default;

    /// <summary>Whether this is a real position.</summary>
    public bool IsKnown => Line > 0;

    /// <summary>
    /// The position of a byte offset in UTF-8 text. Lines end at <c>\n</c>, <c>\r\n</c> or a lone <c>\r</c>;
    /// a byte order mark does not count as a column. Only called when a diagnostic is reported.
    /// </summary>
    /// <param name="utf8">The whole text.</param>
    /// <param name="offset">A byte offset into it (clamped to its length).</param>
    /// <returns>The 1-based line and column.</returns>
    public static TextPosition FromUtf8Offset(ReadOnlySpan<byte> utf8, long offset)
    {
        var line = 1;
        var column = 1;
        var i = utf8.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        Advance(utf8, ref i, (int)Math.Clamp(offset, 0, utf8.Length), ref line, ref column);

        return new TextPosition(line, column);
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Line}:{Column}";

    /// <summary>
    /// Moves a line:column position from byte <paramref name="i"/> to byte <paramref name="end"/> of UTF-8 text: CR LF,
    /// CR and LF end a line; a column is a character (lead bytes only). The one definition every locator uses.
    /// </summary>
    internal static void Advance(ReadOnlySpan<byte> utf8, ref int i, int end, ref int line, ref int column)
    {
        for (; i < end; i++)
        {
            var b = utf8[i];
            if (b == (byte)'\n' || (b == (byte)'\r' && (i + 1 >= utf8.Length || utf8[i + 1] != (byte)'\n')))
            {
                line++;
                column = 1;
            }
            else if (b != (byte)'\r' && (b & 0xC0) != 0x80)
            {
                column++; // count lead bytes only: one per character
            }
        }
    }
}
