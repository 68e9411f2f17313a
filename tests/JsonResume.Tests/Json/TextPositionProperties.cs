using System.Text;
using FsCheck;
using FsCheck.Fluent;
using JsonResume.Diagnostics;
using JsonResume.Json;
using JsonResume.Tests.Support;

namespace JsonResume.Tests.Json;

/// <summary>
/// The vectorised line:column placement (<see cref="TextPosition.Advance"/>, used by <see cref="JsonLocator.Locate(ReadOnlySpan{byte}, ReadOnlySpan{long})"/>)
/// gives exactly what the plain definition gives: walk the bytes, LF, CR LF and a lone CR end a line, every lead byte is
/// a column. Texts are made of the pieces that matter (ASCII, two-, three- and four-byte characters, CR, LF, CR LF, a
/// byte order mark, stray continuation bytes), offsets anywhere, including between the CR and the LF of a pair.
/// </summary>
public sealed class TextPositionProperties
{
    private static readonly string[] Pieces = ["a", "{", " ", "é", "中", "😀", "\r", "\n", "\r\n", "\n\r", "\r\r\n", "xyz"];

    private static Gen<byte[]> Texts() =>
        from bom in Gen.Elements(false, false, true)
        from pieces in Gen.ListOf(Gen.Elements(Pieces))
        from stray in Gen.Elements(false, false, false, true)
        select Bytes(bom, pieces, stray);

    [Fact]
    public void Placing_offsets_in_one_pass_gives_the_plain_walk()
    {
        var cases =
            from text in Texts()
            from offsets in Gen.ListOf(Gen.Choose(-2, text.Length + 2))
            select (text, offsets: offsets.Select(o => (long)o).Order().ToArray());
        PropertyRuns.Check(cases, c =>
        {
            var expected = c.offsets.Select(o => Reference(c.text, o)).ToArray();
            Assert.Equal(expected, JsonLocator.Locate(c.text, c.offsets));
        });
    }

    [Fact]
    public void One_offset_gives_the_plain_walk()
    {
        var cases = from text in Texts() from offset in Gen.Choose(0, text.Length) select (text, offset);
        PropertyRuns.Check(cases, c => Assert.Equal(Reference(c.text, c.offset), TextPosition.FromUtf8Offset(c.text, c.offset)));
    }

    [Theory]
    [InlineData("ab\r\ncd", 3, 1, 3)] // on the LF of a pair: still the first line, the CR is no column
    [InlineData("ab\r\ncd", 4, 2, 1)]
    [InlineData("ab\rcd", 3, 2, 1)]
    [InlineData("é\n😀x", 7, 2, 2)]
    [InlineData("\uFEFFab", 4, 1, 2)]
    public void Known_positions(string text, int offset, int line, int column) =>
        Assert.Equal(new TextPosition(line, column), TextPosition.FromUtf8Offset(Encoding.UTF8.GetBytes(text), offset));

    private static byte[] Bytes(bool bom, IEnumerable<string> pieces, bool stray)
    {
        var bytes = new List<byte>();
        if (bom)
        {
            bytes.AddRange([0xEF, 0xBB, 0xBF]);
        }

        foreach (var piece in pieces)
        {
            bytes.AddRange(Encoding.UTF8.GetBytes(piece));
        }

        if (stray && bytes.Count > 0)
        {
            bytes.Insert(bytes.Count / 2, 0x80);
        }

        return [.. bytes];
    }

    // The definition, byte by byte (the implementation before it was vectorised).
    private static TextPosition Reference(byte[] utf8, long offset)
    {
        var line = 1;
        var column = 1;
        var start = utf8.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        var end = (int)Math.Clamp(offset, 0, utf8.Length);
        for (var i = start; i < end; i++)
        {
            var b = utf8[i];
            if (b == (byte)'\n' || (b == (byte)'\r' && (i + 1 >= utf8.Length || utf8[i + 1] != (byte)'\n')))
            {
                line++;
                column = 1;
            }
            else if (b != (byte)'\r' && (b & 0xC0) != 0x80)
            {
                column++;
            }
        }

        return new TextPosition(line, column);
    }
}
