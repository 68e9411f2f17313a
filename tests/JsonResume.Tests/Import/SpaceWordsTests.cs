using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using JsonResume.Import.Recognition;

namespace JsonResume.Tests.Import;

/// <summary>
/// The readers' word counts come from <see cref="SpaceWords.Count"/> instead of splitting each text into an array: the
/// count must be the split's, on any text (the rules compare it with their bounds, so one off changes a decision).
/// </summary>
public sealed class SpaceWordsTests
{
    [Property(MaxTest = 2000)]
    public Property Counts_what_splitting_at_spaces_without_empty_entries_counts()
    {
        var pieces = Gen.Elements("a", "Word", " ", "  ", "\t", "\u00a0", ",", "é", "\n", "");
        return Prop.ForAll(pieces.ListOf().Select(string.Concat).ToArbitrary(), text =>
            Assert.Equal(text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length, SpaceWords.Count(text)));
    }

    [Theory]
    [InlineData("", 0)]
    [InlineData("   ", 0)]
    [InlineData("Senior  night baker ", 3)]
    [InlineData("tab\tinside", 1)]
    public void Counts_words_between_spaces(string text, int expected) => Assert.Equal(expected, SpaceWords.Count(text));
}
