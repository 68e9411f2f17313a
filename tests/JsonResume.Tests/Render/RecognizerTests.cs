using JsonResume.Layout;
using JsonResume.Vocabulary;

namespace JsonResume.Tests.Render;

public sealed class RecognizerTests
{
    [Theory]
    [InlineData("Experience", ResumeSection.Work)]
    [InlineData("PROFESSIONAL EXPERIENCE", ResumeSection.Work)]
    [InlineData("## Work History:", ResumeSection.Work)]
    [InlineData("Honours & Awards", ResumeSection.Awards)]
    [InlineData("Key Skills", ResumeSection.Skills)]
    [InlineData("publications", ResumeSection.Publications)]
    [InlineData("Volunteering", ResumeSection.Volunteer)]
    public void Section_headings_are_recognised_in_any_case_and_with_synonyms(string heading, object expected)
    {
        Assert.True(SectionNames.TryRecognize(heading, out var section));
        Assert.Equal((ResumeSection)expected, section);
    }

    [Fact]
    public void Every_section_recognises_its_own_title_and_json_name()
    {
        foreach (var section in SectionNames.All)
        {
            Assert.True(SectionNames.TryRecognize(SectionNames.Title(section).ToUpperInvariant(), out var a));
            Assert.True(SectionNames.TryRecognize(SectionNames.JsonName(section), out var b));
            Assert.Equal(section, a);
            Assert.Equal(section, b);
        }

        Assert.False(SectionNames.TryRecognize("Summary", out _));
    }

    [Theory]
    [InlineData("2019-03 – present · Berlin", "2019-03", null, "Berlin")]
    [InlineData("2019 – 2021-07-31", "2019", "2021-07-31", null)]
    [InlineData("2014-06 – 2015 · A · B", "2014-06", "2015", "A · B")]
    public void Date_range_lines_read_back(string line, string start, string? end, string? place)
    {
        Assert.True(DateRangeLine.TryParseRange(line, out var parsed));
        Assert.Equal(new DateLine(start, end, place), parsed);
        Assert.Equal(line, DateRangeLine.FormatRange(start, end, place, "present"));
    }

    [Theory]
    [InlineData("March 2019 – present")]
    [InlineData("2019-03")]
    [InlineData("2019-03 - present")]
    [InlineData("2019-03 – later")]
    public void Other_lines_are_not_date_ranges(string line) => Assert.False(DateRangeLine.TryParseRange(line, out _));

    [Fact]
    public void Titles_split_at_the_first_separators_only()
    {
        Assert.Equal(["Engineer", "Example Corp"], EntryTitle.Split("Engineer · Example Corp", 2));
        Assert.Equal(["A", "B · C"], EntryTitle.Split("A · B · C", 2));
        Assert.Empty(EntryTitle.Split(EntryTitle.Untitled, 3));
        Assert.Empty(EntryTitle.Split("(ohne Titel)", 3));
    }
}
