using System.Text;

namespace JsonResume.Fuzz;

/// <summary>
/// Turns fuzz bytes into a .NET string for the text targets. Like UTF-8 with replacement characters, except that an
/// encoded surrogate (ED A0 80 … ED BF BF, "WTF-8") becomes that lone surrogate: text entry points take strings, and a
/// string can hold what no UTF-8 file can.
/// </summary>
internal static class Wtf8
{
    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        var sb = new StringBuilder(bytes.Length);
        while (!bytes.IsEmpty)
        {
            if (bytes is [0xED, >= 0xA0 and <= 0xBF, >= 0x80 and <= 0xBF, ..])
            {
                sb.Append((char)(0xD000 | ((bytes[1] & 0x3F) << 6) | (bytes[2] & 0x3F)));
                bytes = bytes[3..];
                continue;
            }

            Rune.DecodeFromUtf8(bytes, out var rune, out var consumed);
            sb.Append(rune.ToString());
            bytes = bytes[Math.Max(consumed, 1)..];
        }

        return sb.ToString();
    }
}
