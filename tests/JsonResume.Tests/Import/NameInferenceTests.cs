using JsonResume.Import.Recognition;

namespace JsonResume.Tests.Import;

public sealed class NameInferenceTests
{
    [Theory]
    [InlineData("Jane Q. Doe")]
    [InlineData("Martin Q. Hale III")]
    [InlineData("Ana de la Cruz")]
    [InlineData("Mira")]
    [InlineData("王小明")]
    [InlineData("山田 太郎")]
    [InlineData("김민준")]
    public void Person_names(string text) => Assert.True(NameInference.IsPersonName(text));

    [Theory]
    [InlineData("Senior Software Engineer")]
    [InlineData("University of Somewhere")]
    [InlineData("London, UK")]
    [InlineData("Experience")]
    [InlineData("jane doe")]
    [InlineData("高级软件工程师")]
    [InlineData("示例大学")]
    [InlineData("工作经历")]
    [InlineData("東京")]
    [InlineData("计算机科学与技术专业")]
    public void Not_person_names(string text) => Assert.False(NameInference.IsPersonName(text));

    [Fact]
    public void Email_local_part_agreeing_with_a_profile_slug() =>
        Assert.Equal("Jane Doe", NameInference.FromEmailAndSlugs("janedoe@example.com", ["somebody", "jane-doe-61a2b3"]));

    [Fact]
    public void No_name_when_the_slug_disagrees() =>
        Assert.Null(NameInference.FromEmailAndSlugs("janedoe@example.com", ["john-doe"]));

    [Fact]
    public void Email_local_part_and_the_surname_of_author_lists() =>
        Assert.Equal("Jane Doe", NameInference.FromEmailAndAuthors("janedoe@example.com", ["JQ Doe, A Smith", "B Jones, J Doe"]));

    [Theory]
    [InlineData("Hello!, my name is Jane", "Jane")]
    [InlineData("Hi, I'm Jane Doe.", "Jane Doe")]
    public void Names_stated_in_prose(string text, string expected) => Assert.Equal(expected, NameInference.FromProse(text));

    [Fact]
    public void A_role_is_not_a_name() => Assert.Null(NameInference.FromProse("I am a Research Engineer at the Institute."));

    [Fact]
    public void Shouting_becomes_title_case() => Assert.Equal("Senior Data Engineer & Platform Lead", NameInference.TitleCaseIfShouting("SENIOR DATA ENGINEER & PLATFORM LEAD"));
}
