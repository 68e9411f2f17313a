using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using JsonResume.Import.Blocks;

namespace JsonResume.Tests.Import;

/// <summary>
/// The plain-text reader splices parsed lines instead of re-reading a growing logical line (linear time on long runs
/// of wrapped lines); splicing must give exactly what re-reading gives whenever it is allowed.
/// </summary>
public sealed class LineSpliceTests
{
    [Property(MaxTest = 1000)]
    public Property Splicing_equals_reading_the_joined_line_whenever_it_is_allowed()
    {
        var pieces = Gen.Elements("ab", "Word", " ", "   ", "\t", "*", "**", "[x](http://a.io)", "[", "]", "(", ")", "&amp;", "&", ":rocket:",
            ":", ".", "....", "-", "----", "_", "·", "…", "http://a.io", "<http://b.io>", "https://a.io/x", "\u00a0", "2019", "É");
        var line = pieces.ListOf().Select(p => string.Concat(p).Trim()).Where(s => s.Length > 0);
        return Prop.ForAll(line.ListOf().Where(l => l.Count >= 2).ToArbitrary(), lines =>
        {
            var joined = new System.Text.StringBuilder(lines[0]);
            var content = TextInline.Parse(lines[0]);
            var spliceable = TextInline.IsSpliceable(lines[0]);
            foreach (var next in lines.Skip(1))
            {
                var canSplice = spliceable && TextInline.CanSplice(joined, next);
                joined.Append(' ').Append(next);
                spliceable = canSplice;
                var expected = TextInline.Parse(joined.ToString());
                content = canSplice ? RichText.Join(content, TextInline.Parse(next)) : expected;
                Assert.Equal(expected.Text, content.Text);
                Assert.Equal(expected.Styles, content.Styles);
                Assert.Equal(expected.Links, content.Links);
            }
        });
    }

    [Fact]
    public void A_mark_that_spans_two_lines_is_read_across_them()
    {
        var joined = new System.Text.StringBuilder("**Night baker at");
        Assert.False(TextInline.IsSpliceable(joined.ToString()));
        Assert.False(TextInline.CanSplice(new System.Text.StringBuilder("Contact...."), "x"));
        Assert.False(TextInline.CanSplice(new System.Text.StringBuilder("see"), "....page 2"));
        Assert.False(TextInline.CanSplice(new System.Text.StringBuilder("done :rocket:"), "next"));
        Assert.True(TextInline.CanSplice(new System.Text.StringBuilder("wrapped"), "line"));
    }
}
