using System.Text;
using System.Text.Unicode;
using JsonResume.Diagnostics;

namespace JsonResume.Import.Documents;

/// <summary>
/// Turns the bytes of a document into text: a byte order mark names UTF-8, UTF-16 or UTF-32 (either byte order);
/// without one, valid UTF-8 is UTF-8 and anything else is read as Windows-1252, the usual encoding of older text files
/// written on Windows (every byte is a character there, so nothing is lost). Line breaks and form feeds are kept as
/// they are. Bytes that are not text (NUL bytes, or too many control characters) are refused.
/// </summary>
internal static class TextInput
{
    /// <summary>
    /// The share of characters (besides tab, line breaks and form feed) that may be control characters before the
    /// input counts as binary: a text file has almost none, a binary file has many.
    /// </summary>
    public const double MaxControlShare = 0.10;

    /// <summary>The Windows code page 1252 (western European), in the runtime's code-page encodings.</summary>
    private const int Windows1252 = 1252;

    private static readonly Lazy<Encoding> Legacy = new(() => CodePagesEncodingProvider.Instance.GetEncoding(Windows1252)
        ?? throw new InvalidOperationException("The runtime has no Windows-1252 encoding."));

    /// <summary>Decodes a document.</summary>
    /// <param name="bytes">The document's bytes.</param>
    /// <param name="text">The text, when it is text.</param>
    /// <param name="refusal">Why it is not text (an error), otherwise null.</param>
    /// <returns>Whether the bytes are text.</returns>
    public static bool TryDecode(ReadOnlySpan<byte> bytes, out string text, out Diagnostic? refusal)
    {
        text = Decode(bytes);
        refusal = NotText(text);
        return refusal is null;
    }

    private static string Decode(ReadOnlySpan<byte> b)
    {
        // UTF-32 LE before UTF-16 LE: its mark FF FE 00 00 starts with UTF-16 LE's FF FE.
        if (b.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
        {
            return new UTF32Encoding(bigEndian: false, byteOrderMark: false).GetString(b[4..]);
        }

        if (b.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
        {
            return new UTF32Encoding(bigEndian: true, byteOrderMark: false).GetString(b[4..]);
        }

        if (b.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return Encoding.UTF8.GetString(b[3..]);
        }

        if (b.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Encoding.Unicode.GetString(b[2..]);
        }

        if (b.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Encoding.BigEndianUnicode.GetString(b[2..]);
        }

        return Utf8.IsValid(b) ? Encoding.UTF8.GetString(b) : Legacy.Value.GetString(b);
    }

    private static Diagnostic? NotText(string text)
    {
        var controls = 0;
        var nul = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\0' && nul < 0)
            {
                nul = i;
            }

            if (char.IsControl(c) && c is not ('\t' or '\n' or '\r' or '\f'))
            {
                controls++;
            }
        }

        if (nul < 0 && controls <= MaxControlShare * text.Length)
        {
            return null;
        }

        var why = nul >= 0
            ? "it holds NUL characters"
            : $"{controls:N0} of its {text.Length:N0} characters are control characters";
        return new Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.NotText, $"The input is not text ({why}); it was not read.")
        {
            Line = 1,
            Column = 1,
            Hint = "Give the résumé as text: Markdown, plain text or JSON, in UTF-8, UTF-16, UTF-32 or Windows-1252.",
        };
    }
}
