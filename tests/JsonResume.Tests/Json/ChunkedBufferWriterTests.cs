using System.Text;
using JsonResume.Json;

namespace JsonResume.Tests.Json;

/// <summary>
/// The pooled chunk writer with a limit stops keeping (and only counts) past it, and <see cref="ResumeJson.WriteUtf8"/>,
/// which writes an output larger than <see cref="ResumeJson.HeldTwiceAtMost"/> twice (counted, then straight into the
/// result), gives the bytes every other sink gets.
/// </summary>
public sealed class ChunkedBufferWriterTests
{
    [Theory]
    [InlineData(100_000, true)]
    [InlineData(99_999, false)]
    public void With_a_limit_it_keeps_everything_up_to_the_limit_and_counts_past_it(long keepAtMost, bool keptAll)
    {
        var expected = Enumerable.Range(0, 100_000).Select(i => (byte)i).ToArray();
        using var writer = new ChunkedBufferWriter(keepAtMost);
        for (var at = 0; at < expected.Length; at += 777)
        {
            var piece = expected.AsSpan(at, Math.Min(777, expected.Length - at));
            piece.CopyTo(writer.GetSpan(piece.Length));
            writer.Advance(piece.Length);
        }

        Assert.Equal(expected.Length, writer.Written);
        Assert.Equal(keptAll, writer.KeptAll);
        if (keptAll)
        {
            Assert.Equal(expected, writer.ToArray());
        }
        else
        {
            Assert.Throws<InvalidOperationException>(writer.ToArray);
        }
    }

    [Fact]
    public void An_output_too_large_to_hold_twice_is_written_the_same()
    {
        // Extension data nested 200 deep is written indented: about 200 bytes out per byte in, so 200 KB of it is more
        // than WriteUtf8 holds twice.
        var deep = new string('[', 200) + "1" + new string(']', 200);
        var json = new StringBuilder("{\"basics\":{\"name\":\"Ada Example\"},\"x-deep\":[");
        json.AppendJoin(',', Enumerable.Repeat(deep, 500)).Append("]}");
        var resume = ResumeJson.Read(json.ToString()).Resume!;
        using var stream = new MemoryStream();
        ResumeJson.Write(resume, stream);

        var written = ResumeJson.WriteUtf8(resume);

        Assert.True(written.Length > ResumeJson.HeldTwiceAtMost);
        Assert.Equal(stream.ToArray(), written);
    }
}
