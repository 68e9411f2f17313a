using JsonResume.Import.Recognition;

namespace JsonResume.Tests.Import;

public sealed class DateRecognizerTests
{
    [Theory]
    [InlineData("August 2022 – Present", "2022-08", null, true)]
    [InlineData("Aug 2022 - Present", "2022-08", null, true)]
    [InlineData("09.2017 - 09.2022", "2017-09", "2022-09", false)]
    [InlineData("10.2022 - present", "2022-10", null, true)]
    [InlineData("2011 – 2019", "2011", "2019", false)]
    [InlineData("2011–2019", "2011", "2019", false)]
    [InlineData("2016-2017", "2016", "2017", false)]
    [InlineData("Jan. 2020 to Dec. 2021", "2020-01", "2021-12", false)]
    [InlineData("12/2013 - present", "2013-12", null, true)]
    [InlineData("(Fall 2012-present)", "2012", null, true)]
    [InlineData("(2013-09 — 2014-01)", "2013-09", "2014-01", false)]
    [InlineData("from Sep 2010 to Jun 2015", "2010-09", "2015-06", false)]
    [InlineData("November 2012 -- present", "2012-11", null, true)]
    [InlineData("3/2010 - 1/2013.", "2010-03", "2013-01", false)]
    [InlineData("Jan – Mar 2020", "2020-01", "2020-03", false)]
    [InlineData("since 2019", "2019", null, true)]
    [InlineData("2018-        Northwind", "2018", null, true)]
    [InlineData("mai de 2025 - jun de 2025", "2025-05", "2025-06", false)]
    [InlineData("Aug19 - now", "2019-08", null, true)]
    public void Ranges(string text, string start, string? end, bool ongoing)
    {
        var match = DateRecognizer.Default.Find(text);
        Assert.NotNull(match);
        Assert.True(match.IsRange);
        Assert.Equal(start, match.Start?.ToString());
        Assert.Equal(end, match.End?.ToString());
        Assert.Equal(ongoing, match.IsOngoing);
    }

    [Theory]
    [InlineData("2019", "2019")]
    [InlineData("July 2022", "2022-07")]
    [InlineData("Jun 2015", "2015-06")]
    [InlineData("19.03.1985", "1985-03-19")]
    [InlineData("2019-04-01", "2019-04-01")]
    [InlineData("March 3, 2021", "2021-03-03")]
    public void Single_dates(string text, string expected)
    {
        Assert.True(DateRecognizer.Default.TryParseWhole(text, out var match));
        Assert.False(match.IsRange);
        Assert.Equal(expected, match.Start?.ToString());
    }

    [Theory]
    [InlineData("+44 (0)7400 123456")]
    [InlineData("CIFAR-10 and 443-458")]
    [InlineData("managed 300 services")]
    [InlineData("Set up the build")]
    public void Not_dates(string text) => Assert.Null(DateRecognizer.Default.Find(text));

    [Fact]
    public void The_span_covers_surrounding_parentheses()
    {
        const string text = "Senior Developer, Acme (2019-04 — Present)";
        var match = DateRecognizer.Default.Find(text)!;
        Assert.Equal("(2019-04 — Present)", text.Substring(match.Index, match.Length));
    }

    [Fact]
    public void Month_names_extend_to_other_languages()
    {
        var months = MonthNames.Default.With([new KeyValuePair<string, int>("novembrum", 11)]);
        var match = new DateRecognizer(months).Find("novembrum 2020 - present");
        Assert.Equal("2020-11", match?.Start?.ToString());
        Assert.NotEqual(11, DateRecognizer.Default.Find("novembrum 2020 - present")?.Start?.Month);
    }

    [Theory]
    [InlineData("Present")]
    [InlineData("August – present")]
    [InlineData("Jan – Mar")]
    [InlineData("Summer term")]
    [InlineData("bis heute")]
    public void Without_a_digit_or_a_question_mark_nothing_is_found(string text) => Assert.Empty(DateRecognizer.Default.FindAll(text));

    [Fact]
    public void An_unknown_start_needs_no_digit()
    {
        // FindAll skips its scan for texts without digits, but not for these: "??" is an unknown end of a range
        var match = DateRecognizer.Default.Find("?? – Present");
        Assert.NotNull(match);
        Assert.True(match.IsRange);
        Assert.True(match.IsOngoing);
        Assert.Null(match.Start);
    }

    [Fact]
    public void Embedded_years_are_found() => Assert.Equal(2024, DateRecognizer.LastEmbeddedYear("Workshop2024"));
}
