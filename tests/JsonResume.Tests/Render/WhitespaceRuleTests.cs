using JsonResume.Json;
using JsonResume.Layout;
using JsonResume.Render;
using JsonResume.Vocabulary;

namespace JsonResume.Tests.Render;

public sealed class WhitespaceRuleTests
{
    [Theory]
    [InlineData("  Senior\t\tEngineer \n", "Senior Engineer")]
    [InlineData("a\u00A0\u2003b", "a b")]
    [InlineData("a\u0000\u001Bb", "a b")]
    [InlineData("\r\n", "")]
    [InlineData("kept\u200Bformat", "kept\u200Bformat")]
    public void One_line_values_collapse_space_like_runs_and_are_trimmed(string value, string expected) =>
        Assert.Equal(expected, WhitespaceRule.NormalizeLine(value));

    [Theory]
    [InlineData("First line\nsame paragraph.\n\n\n  Second\tparagraph. ", "First line same paragraph.\n\nSecond paragraph.")]
    [InlineData("a\r\n \r\nb\u2029\u2029c", "a\n\nb\n\nc")]
    [InlineData(" \n\n ", "")]
    public void Prose_values_keep_paragraphs(string value, string expected) =>
        Assert.Equal(expected, WhitespaceRule.NormalizeProse(value));

    [Fact]
    public void The_documented_prose_fields_are_exactly_the_fields_laid_out_as_paragraphs()
    {
        var prose = new List<string>();
        if (ResumeShapes.Basics.Prose is { } b)
        {
            prose.Add("basics." + b.Json);
        }

        foreach (var section in ResumeShapes.Sections)
        {
            if (section.ProseField is { } field)
            {
                prose.Add($"{SectionNames.JsonName(section.Section)}[].{field}");
            }
        }

        Assert.Equal(WhitespaceRule.ProseFields.Order(StringComparer.Ordinal), prose.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Normalize_copies_and_leaves_extension_data_alone()
    {
        var original = ResumeJson.Read("""{"basics":{"name":" A  B ","summary":"x\n\n\ny","x-raw":" keep  me "}}""").Resume!;

        var normal = WhitespaceRule.Normalize(original);

        Assert.Equal(" A  B ", original.Basics!.Name);
        Assert.Equal("A B", normal.Basics!.Name);
        Assert.Equal("x\n\ny", normal.Basics.Summary);
        Assert.Equal(" keep  me ", normal.Basics.ExtensionData!["x-raw"].GetString());
    }
}
