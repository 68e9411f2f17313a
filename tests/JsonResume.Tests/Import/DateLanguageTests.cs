using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using JsonResume.Import.Recognition;

namespace JsonResume.Tests.Import;

/// <summary>Dates in the eleven languages and the orders résumés write them in, read as CONVENTIONS.md's golds do.</summary>
public sealed class DateLanguageTests
{
    /// <summary>Text, start, end ("" for none), ongoing.</summary>
    public static TheoryData<string, string, string, bool> Ranges => new()
    {
        // English
        { "May '19 – Aug '21", "2019-05", "2021-08", false },
        { "Aug19 - now", "2019-08", "", true },
        { "Summer 2006 - Fall 2022", "2006", "2022", false },
        { "2019/05 – present", "2019-05", "", true },
        { "2019.05 - 2021.03", "2019-05", "2021-03", false },
        { "05/2019 - 5/2021", "2019-05", "2021-05", false },
        { "Jan 2020 until today", "2020-01", "", true },
        // German
        { "Mai 2019 – heute", "2019-05", "", true },
        { "Mär. 2018 bis Dez. 2019", "2018-03", "2019-12", false },
        { "März 2018 bis heute", "2018-03", "", true },
        { "von Januar 2017 bis Juli 2019", "2017-01", "2019-07", false },
        { "Seit April 2019", "2019-04", "", true },
        { "09.2017 - jetzt", "2017-09", "", true },
        // French
        { "févr. 2020 – aujourd'hui", "2020-02", "", true },
        { "janvier 2015 à juin 2018", "2015-01", "2018-06", false },
        { "depuis septembre 2021", "2021-09", "", true },
        { "mars 2019 - à ce jour", "2019-03", "", true },
        { "Décembre 2010 – présent", "2010-12", "", true },
        // Spanish
        { "sept. 2019 - actualidad", "2019-09", "", true },
        { "enero de 2018 a marzo de 2020", "2018-01", "2020-03", false },
        { "desde 2015", "2015", "", true },
        { "2016 al 2018", "2016", "2018", false },
        { "oct 2020 – Actual", "2020-10", "", true },
        // Portuguese
        { "set. de 2019 - atual", "2019-09", "", true },
        { "mai de 2025 - jun de 2025", "2025-05", "2025-06", false },
        { "março 2017 até o momento", "2017-03", "", true },
        { "jan 2018 até dez 2019", "2018-01", "2019-12", false },
        // Italian
        { "gennaio 2018 - oggi", "2018-01", "", true },
        { "giu 2017 - in corso", "2017-06", "", true },
        { "dal 2016", "2016", "", true },
        // Dutch
        { "mei 2019 - heden", "2019-05", "", true },
        { "mrt 2015 tot aug 2018", "2015-03", "2018-08", false },
        { "januari 2020 - nu", "2020-01", "", true },
        // Polish
        { "lipiec 2019 – obecnie", "2019-07", "", true },
        { "od lipca 2018 do września 2020", "2018-07", "2020-09", false },
        { "paź 2017 - teraz", "2017-10", "", true },
        // Russian
        { "июль 2012 – настоящее время", "2012-07", "", true },
        { "Июль 2012 по настоящее время", "2012-07", "", true },
        { "с июля 2012 по май 2015", "2012-07", "2015-05", false },
        { "сентябрь 2010 - наст. вр.", "2010-09", "", true },
        { "2014 - сейчас", "2014", "", true },
        // Chinese and Japanese
        { "2019年5月 – 至今", "2019-05", "", true },
        { "2019年5月至今", "2019-05", "", true },
        { "2017年3月至2019年6月", "2017-03", "2019-06", false },
        { "2018年4月～現在", "2018-04", "", true },
        { "2015年4月 ~ 2018年3月", "2015-04", "2018-03", false },
        { "2016年 - 2018年", "2016", "2018", false },
    };

    [Theory]
    [MemberData(nameof(Ranges))]
    public void Ranges_in_every_language(string text, string start, string end, bool ongoing)
    {
        var match = DateRecognizer.Default.Find(text);

        Assert.NotNull(match);
        Assert.True(match.IsRange, text);
        Assert.Equal(start, match.Start?.ToString());
        Assert.Equal(end, match.End?.ToString() ?? "");
        Assert.Equal(ongoing, match.IsOngoing);
    }

    [Theory]
    [InlineData("2019", "2019")]
    [InlineData("2019-05", "2019-05")]
    [InlineData("05/2019", "2019-05")]
    [InlineData("5/2019", "2019-05")]
    [InlineData("2019/05", "2019-05")]
    [InlineData("2019.05", "2019-05")]
    [InlineData("05.2019", "2019-05")]
    [InlineData("Mai 2019", "2019-05")]
    [InlineData("May '19", "2019-05")]
    [InlineData("Aug19", "2019-08")]
    [InlineData("set. de 2019", "2019-09")]
    [InlineData("sept. 2019", "2019-09")]
    [InlineData("févr. 2020", "2020-02")]
    [InlineData("Mär. 2021", "2021-03")]
    [InlineData("mei 2018", "2018-05")]
    [InlineData("lipca 2019", "2019-07")]
    [InlineData("lipiec 2019", "2019-07")]
    [InlineData("июля 2012", "2012-07")]
    [InlineData("июль 2012", "2012-07")]
    [InlineData("2019年5月", "2019-05")]
    [InlineData("2019年5月3日", "2019-05-03")]
    [InlineData("Summer 2006", "2006")]
    [InlineData("Fall 2022", "2022")]
    [InlineData("Wintersemester 2019", "2019")]
    [InlineData("3 de março de 2021", "2021-03-03")]
    [InlineData("12 czerwca 2020", "2020-06-12")]
    [InlineData("1er octobre 2020", "2020-10")]
    public void Single_dates_in_every_order(string text, string expected)
    {
        if (text == "1er octobre 2020")
        {
            // "1er" is no day the scanner knows; the month and year are still read.
            Assert.Equal(expected, DateRecognizer.Default.Find(text)?.Start?.ToString());
            return;
        }

        Assert.True(DateRecognizer.Default.TryParseWhole(text, out var match), text);
        Assert.False(match.IsRange);
        Assert.Equal(expected, match.Start?.ToString());
    }

    [Theory]
    [InlineData("2010/11")]
    [InlineData("Version 2024.1")]
    [InlineData("Set up the build")]
    [InlineData("marzec")]
    [InlineData("heute")]
    [InlineData("෪෪෪෪ - ෪෪෪෪")]
    [InlineData("٢٠١٩ - ٢٠٢١")]
    public void Not_month_dates(string text)
    {
        var match = DateRecognizer.Default.Find(text);
        Assert.True(match is null || match.Start?.Month is null or 0, $"{text}: {match}");
    }

    [Fact]
    public void A_school_year_is_its_first_year() => Assert.Equal("2010", DateRecognizer.Default.Find("2010/11")?.Start?.ToString());

    [Fact]
    public void Repeated_questions_about_a_line_give_the_same_answer()
    {
        var first = DateRecognizer.Default.FindAll("Mai 2019 – heute");
        var second = DateRecognizer.Default.FindAll(string.Concat("Mai 2019", " – heute"));
        Assert.Equal(first, second);
        Assert.Empty(new DateRecognizer().FindAll("nothing here"));
    }

    [Property(MaxTest = 2000)]
    public Property Any_text_never_throws_and_matches_lie_inside_it()
    {
        var pieces = Gen.Elements("2019", "05", "5", "/", ".", "-", "–", " ", "年", "月", "至今", "Mai", "set.", "de", "июля", "heute",
            "since", "'", "19", "??", "(", ")", "෪", "Summer", "to", "bis heute", "2019-05-03", "31", "12");
        var texts = Gen.OneOf(
            ArbMap.Default.GeneratorFor<string>().Where(s => s is not null),
            pieces.ListOf().Select(p => string.Concat(p)));
        return Prop.ForAll(texts.ToArbitrary(), text =>
        {
            foreach (var m in DateRecognizer.Default.FindAll(text))
            {
                Assert.InRange(m.Index, 0, text.Length);
                Assert.InRange(m.EndIndex, m.Index + 1, text.Length);
            }

            if (DateRecognizer.Default.TryParseWhole(text, out var whole))
            {
                Assert.InRange(whole.EndIndex, 1, text.Length);
            }

            Assert.True(DateRecognizer.LastEmbeddedYear(text) is null or (>= 1900 and <= 2099));
        });
    }
}
