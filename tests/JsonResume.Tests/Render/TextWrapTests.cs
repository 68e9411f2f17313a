using System.Text;
using FsCheck.Fluent;
using JsonResume.Layout;
using JsonResume.Tests.Support;

namespace JsonResume.Tests.Render;

public sealed class TextWrapTests
{
    [Fact]
    public void Lines_fit_the_width_unless_they_hold_one_long_word_and_join_back_exactly() =>
        PropertyRuns.Check(
            Gen.Zip(Gen.Choose(20, 90), Gen.ListOf(Gen.Elements("a", "word", "longer-word", "é😀", "https://example.com/a/very/long/path/that/does/not/fit/anywhere/at/all"))),
            t =>
            {
                var (width, words) = (t.Item1, t.Item2.ToList());
                var value = string.Join(' ', words);
                var sb = new StringBuilder();

                TextWrap.Append(sb, "  Label: ", value, "      ", width);

                var lines = sb.ToString().TrimEnd('\n').Split('\n');
                Assert.All(lines, l => Assert.True(TextWrap.Width(l) <= width || l.Trim().Replace("Label: ", "", StringComparison.Ordinal).Split(' ').Length == 1, $"too long: '{l}'"));
                Assert.All(lines, l => Assert.False(l.EndsWith(' '), $"trailing space: '{l}'"));
                var joined = string.Join(' ', lines.Select((l, i) => i == 0 ? l["  Label:".Length..].TrimStart() : l.TrimStart()));
                Assert.Equal(value, joined);
            });
}
