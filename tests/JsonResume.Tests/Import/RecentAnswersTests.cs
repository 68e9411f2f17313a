using JsonResume.Vocabulary;

namespace JsonResume.Tests.Import;

/// <summary>The converter's table of recent answers: each text computed once while kept, and bounded.</summary>
public sealed class RecentAnswersTests
{
    [Fact]
    public void A_kept_text_is_not_computed_again()
    {
        var answers = new RecentAnswers<int>();
        var calls = 0;
        int Length(string s)
        {
            calls++;
            return s.Length;
        }

        Assert.Equal(5, answers.Get("Acme.", Length));
        Assert.Equal(5, answers.Get(string.Concat("Ac", "me."), Length)); // an equal text, not the same string
        Assert.Equal(1, calls);
        Assert.Equal(3, answers.Get("Inc", Length));
        Assert.Equal(2, calls);
    }

    [Fact]
    public void When_full_it_starts_again_and_answers_the_same()
    {
        var answers = new RecentAnswers<int>(capacity: 4);
        var calls = 0;
        int Length(string s)
        {
            calls++;
            return s.Length;
        }

        for (var round = 0; round < 3; round++)
        {
            foreach (var text in new[] { "a", "bb", "ccc", "dddd", "eeeee", "ffffff" })
            {
                Assert.Equal(text.Length, answers.Get(text, Length));
            }
        }

        Assert.True(calls > 6, "six texts through a table of four are computed again");
        Assert.True(calls <= 18);
    }
}
