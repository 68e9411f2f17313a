using System.Buffers;
using System.Text;

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
    /// Vectorised: line breaks are counted with span searches and only the text after the last one is looked at byte
    /// by byte (and not even that when it is ASCII), so placing every finding of a document is one fast pass.
    /// </summary>
    internal static void Advance(ReadOnlySpan<byte> utf8, ref int i, int end, ref int line, ref int column)
    {
        if (i >= end)
        {
            return;
        }

        // A CR whose LF is at or past the end is not a line break of its own and not a character: the LF ends the line.
        var crBeforeLf = utf8[end - 1] == (byte)'\r' && end < utf8.Length && utf8[end] == (byte)'\n';
        var segment = utf8[i..(crBeforeLf ? end - 1 : end)];
        var last = segment.LastIndexOfAny(LineBreaks);
        if (last < 0)
        {
            column += Characters(segment);
        }
        else
        {
            // Every LF and every CR is a break, except a CR followed by an LF (the pair is one). The last break is at the
            // end of head, and it is never a CR followed by an LF (that LF would be the last break).
            var head = segment[..(last + 1)];
            line += head.Count((byte)'\n') + head.Count((byte)'\r') - head.Count("\r\n"u8);
            column = 1 + Characters(segment[(last + 1)..]);
        }

        i = end;
    }

    private static readonly SearchValues<byte> LineBreaks = SearchValues.Create("\r\n"u8);

    // Characters of text without line breaks: its lead bytes.
    private static int Characters(ReadOnlySpan<byte> text)
    {
        if (Ascii.IsValid(text))
        {
            return text.Length;
        }

        var continuation = 0;
        foreach (var b in text)
        {
            continuation += (b & 0xC0) == 0x80 ? 1 : 0;
        }

        return text.Length - continuation;
    }
}
