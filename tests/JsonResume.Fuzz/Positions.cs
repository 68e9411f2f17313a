using System.Text;
using JsonResume.Diagnostics;

namespace JsonResume.Fuzz;

/// <summary>Every diagnostic's line:column lies inside the input (or is unknown: 0:0).</summary>
internal static class Positions
{
    public static void CheckBytes(byte[] input, IEnumerable<Diagnostic> diagnostics, string where)
    {
        var list = diagnostics.ToList();
        if (list.Count == 0)
        {
            return;
        }

        // Positions refer to the text as UTF-8 (UTF-16/32 with a byte order mark are transcoded first).
        var text = input switch
        {
            [0xFF, 0xFE, 0x00, 0x00, ..] or [0x00, 0x00, 0xFE, 0xFF, ..] or [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..] => Encoding.UTF8.GetBytes(Decode(input)),
            _ => input,
        };
        Check(LineWidths(text), list, where);
    }

    public static void CheckText(string text, IEnumerable<Diagnostic> diagnostics, string where)
    {
        var list = diagnostics.ToList();
        if (list.Count > 0)
        {
            Check(LineWidths(Encoding.UTF8.GetBytes(text.Replace('\uFEFF', ' '))), list, where);
        }
    }

    /// <summary>Lines as the importer counts them: <c>\n</c>, <c>\r\n</c> and a lone <c>\r</c> end a line.</summary>
    public static int LineCount(string text)
    {
        var count = 1;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                count++;
            }
        }

        return count;
    }

    private static void Check(List<int> widths, List<Diagnostic> diagnostics, string where)
    {
        foreach (var d in diagnostics)
        {
            var known = d.Line > 0;
            var inside = known
                ? d.Line <= widths.Count && d.Column >= 1 && d.Column <= widths[d.Line - 1] + 1
                : d.Column == 0;
            if (!inside)
            {
                throw new FuzzFailure($"{where}-position-outside-{d.Code}",
                    $"{d.Line}:{d.Column} with {widths.Count} lines (that line: {(known && d.Line <= widths.Count ? widths[d.Line - 1] : -1)} characters): {d.Message}");
            }
        }
    }

    /// <summary>The width of each line in characters, at most: one per UTF-8 lead byte (invalid bytes count one each).</summary>
    private static List<int> LineWidths(ReadOnlySpan<byte> utf8)
    {
        var widths = new List<int>();
        var width = 0;
        for (var i = utf8.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0; i < utf8.Length; i++)
        {
            var b = utf8[i];
            if (b == (byte)'\n' || (b == (byte)'\r' && (i + 1 >= utf8.Length || utf8[i + 1] != (byte)'\n')))
            {
                widths.Add(width);
                width = 0;
            }
            else if (b != (byte)'\r')
            {
                width++; // every byte: an upper bound on characters, also for invalid UTF-8
            }
        }

        widths.Add(width);
        return widths;
    }

    private static string Decode(byte[] input)
    {
        var encoding = input switch
        {
            [0xFF, 0xFE, 0x00, 0x00, ..] => new UTF32Encoding(false, true),
            [0x00, 0x00, 0xFE, 0xFF, ..] => new UTF32Encoding(true, true),
            [0xFE, 0xFF, ..] => (Encoding)new UnicodeEncoding(true, true),
            _ => new UnicodeEncoding(false, true),
        };
        return encoding.GetString(input, encoding.GetPreamble().Length, input.Length - encoding.GetPreamble().Length);
    }
}
