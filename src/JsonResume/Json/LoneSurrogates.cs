using JsonResume.Diagnostics;

namespace JsonResume.Json;

/// <summary>
/// Finds <c>\uD800</c>-style escapes that stand for half a UTF-16 surrogate pair. They are legal JSON grammar but not
/// Unicode: no UTF-8 (or UTF-16) text can hold them, System.Text.Json refuses to read them as strings, and no file
/// written from the value could carry it. Each one is an error (<see cref="DiagnosticCodes.LoneSurrogate"/>) at its
/// line:column, and the escape is read as <c>\uFFFD</c> (same length, so every other position stays true) so that the
/// rest of the document is still read and checked. One pass, linear in the input.
/// </summary>
internal static class LoneSurrogates
{
    /// <summary>Returns the text with every lone surrogate escape replaced by <c>\ufffd</c> (the input itself when there
    /// is none), adding an error for each to <paramref name="diagnostics"/>.</summary>
    public static ReadOnlyMemory<byte> Replace(ReadOnlyMemory<byte> utf8, List<Diagnostic> diagnostics)
    {
        var result = Replace(utf8, out var found);
        diagnostics.AddRange(found ?? []);
        return result;
    }

    /// <summary>As above; <paramref name="diagnostics"/> stays null (nothing allocated) when there is no lone surrogate.</summary>
    public static ReadOnlyMemory<byte> Replace(ReadOnlyMemory<byte> utf8, out List<Diagnostic>? diagnostics)
    {
        diagnostics = null;
        byte[]? copy = null;
        var span = utf8.Span;
        List<(long Offset, Diagnostic Diagnostic)>? found = null;
        var i = 0;
        while (i < span.Length)
        {
            var slash = span[i..].IndexOf((byte)'\\');
            if (slash < 0)
            {
                break;
            }

            var at = i + slash;
            if (Hex4(span, at) is not { } unit)
            {
                i = at + 2; // \\, \" and the like: the next byte is not the start of an escape
                continue;
            }

            var high = unit is >= 0xD800 and <= 0xDBFF;
            var low = unit is >= 0xDC00 and <= 0xDFFF;
            if (high && Hex4(span, at + 6) is >= 0xDC00 and <= 0xDFFF)
            {
                i = at + 12; // a whole pair
                continue;
            }

            if (high || low)
            {
                copy ??= utf8.ToArray();
                "\\ufffd"u8.CopyTo(copy.AsSpan(at));
                (found ??= []).Add((at, new Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.LoneSurrogate,
                    $"\"\\u{unit:x4}\" is half of a UTF-16 surrogate pair without its other half: not a Unicode character, so no UTF-8 file can hold it; it was read as U+FFFD.")
                {
                    Found = System.Text.Encoding.UTF8.GetString(span.Slice(at, 6)),
                    Hint = "Remove the escape, or write the whole pair (\\ud83d\\ude00 for 😀) or the character itself.",
                }));
            }

            i = at + 6;
        }

        if (found is null)
        {
            return utf8;
        }

        // Placed in one pass (ascending offsets), however many there are.
        var positions = JsonLocator.Locate(span, found.Select(f => f.Offset).ToArray());
        diagnostics = [];
        for (var k = 0; k < found.Count; k++)
        {
            diagnostics.Add(found[k].Diagnostic.At(positions[k]));
        }

        return copy ?? utf8;
    }

    /// <summary>Whether JSON text holds a lone surrogate escape (nothing allocated).</summary>
    public static bool Any(ReadOnlySpan<byte> span)
    {
        var i = 0;
        while (i < span.Length)
        {
            var slash = span[i..].IndexOf((byte)'\\');
            if (slash < 0)
            {
                return false;
            }

            var at = i + slash;
            if (Hex4(span, at) is not { } unit)
            {
                i = at + 2;
                continue;
            }

            if (unit is >= 0xD800 and <= 0xDBFF && Hex4(span, at + 6) is >= 0xDC00 and <= 0xDFFF)
            {
                i = at + 12;
                continue;
            }

            if (unit is >= 0xD800 and <= 0xDFFF)
            {
                return true;
            }

            i = at + 6;
        }

        return false;
    }

    /// <summary>The code unit of a <c>\uXXXX</c> escape starting at <paramref name="at"/>, or null.</summary>
    private static int? Hex4(ReadOnlySpan<byte> span, int at)
    {
        if (at + 6 > span.Length || span[at] != (byte)'\\' || span[at + 1] != (byte)'u')
        {
            return null;
        }

        var value = 0;
        for (var k = at + 2; k < at + 6; k++)
        {
            var digit = HexDigit(span[k]);
            if (digit < 0)
            {
                return null;
            }

            value = (value << 4) | digit;
        }

        return value;
    }

    private static int HexDigit(byte b) => b switch
    {
        >= (byte)'0' and <= (byte)'9' => b - '0',
        >= (byte)'a' and <= (byte)'f' => b - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => b - 'A' + 10,
        _ => -1,
    };
}
