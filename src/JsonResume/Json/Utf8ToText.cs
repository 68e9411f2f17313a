using System.Text;

namespace JsonResume.Json;

/// <summary>
/// Decodes UTF-8 given in pieces (a character may be split between two) to a <see cref="TextWriter"/>, through one
/// small buffer: a large output is never held as one string.
/// </summary>
internal sealed class Utf8ToText(TextWriter output)
{
    private readonly Decoder decoder = new UTF8Encoding(false).GetDecoder();
    private readonly char[] chars = new char[16 * 1024];

    /// <summary>Decodes and writes the next piece.</summary>
    public void Write(ReadOnlySpan<byte> bytes) => Decode(bytes, last: false);

    /// <summary>Writes what is left of a character the last piece began.</summary>
    public void Finish() => Decode([], last: true);

    private void Decode(ReadOnlySpan<byte> bytes, bool last)
    {
        bool completed;
        do
        {
            decoder.Convert(bytes, chars, last, out var bytesUsed, out var charsUsed, out completed);
            output.Write(chars, 0, charsUsed);
            bytes = bytes[bytesUsed..];
        }
        while (bytes.Length > 0 || !completed);
    }
}
