using JsonResume.Vocabulary;

namespace JsonResume.Tests.Import;

/// <summary>The word tables that tell titles, organisations, schools and cities apart, in scripts with and without spaces.</summary>
public sealed class LexiconTests
{
    [Theory]
    [InlineData("Senior Software Engineer")]
    [InlineData("高级软件工程师")]
    [InlineData("シニアエンジニア")]
    [InlineData("백엔드 개발자")]
    public void Job_titles(string text) => Assert.True(Lexicon.TitleScore(text) > 0);

    [Theory]
    [InlineData("示例科技有限公司")]
    [InlineData("株式会社サンプル")]
    [InlineData("テスト商事株式会社")]
    [InlineData("Example Labs GmbH")]
    public void Organisations(string text)
    {
        Assert.True(Lexicon.OrganisationScore(text) > 0);
        Assert.Equal(0, Lexicon.TitleScore(text));
    }

    [Theory]
    [InlineData("示例大学")]
    [InlineData("東京大学")]
    [InlineData("University of Somewhere")]
    public void Schools(string text) => Assert.True(Lexicon.IsSchool(text));

    [Theory]
    [InlineData("开发经验")]
    [InlineData("计算机科学")]
    public void Cjk_words_that_only_contain_a_head_are_not_titles(string text) => Assert.Equal(0, Lexicon.TitleScore(text));

    [Theory]
    [InlineData("Milano")]
    [InlineData("München")]
    [InlineData("Warszawa")]
    [InlineData("Москва")]
    [InlineData("Lisboa")]
    public void Cities_under_their_own_names(string text) => Assert.True(Lexicon.IsKnownCity(text));
}
