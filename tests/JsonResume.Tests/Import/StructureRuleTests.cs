using JsonResume.Diagnostics;
using JsonResume.Import;
using JsonResume.Import.Fields;
using JsonResume.Vocabulary;

namespace JsonResume.Tests.Import;

/// <summary>General rules of the converter for hand-written résumés, each on a small invented document.</summary>
public sealed class StructureRuleTests
{
    [Fact]
    public void A_prose_job_line_gives_role_organisation_and_dates()
    {
        var text = "Jane Roe\n\nEXPERIENCE\n\n* 4 years as Night Baker at Crumb Works from 2016 to today\n\n* 2 years Pastry Chef at Sugar Hall From 2012 to 2014\n";
        var work = ResumeImporter.Import(text).Resume.Work!;
        Assert.Equal(2, work.Count);
        Assert.Equal(("Night Baker", "Crumb Works", "2016", null), (work[0].Position, work[0].Name, work[0].StartDate, work[0].EndDate));
        Assert.Equal(("Pastry Chef", "Sugar Hall", "2012", "2014"), (work[1].Position, work[1].Name, work[1].StartDate, work[1].EndDate));
    }

    [Theory]
    [InlineData("3 years as Baker at Crumb Works", 11)]
    [InlineData("1 year Baker at Crumb Works", 7)]
    [InlineData("2 ans en tant que Boulanger chez Mie", 18)]
    [InlineData("Baker at Crumb Works", 0)]
    [InlineData("3 apples as gifts", 0)]
    public void The_duration_in_front_of_a_prose_job_is_measured(string text, int length) =>
        Assert.Equal(length, ProseJobLine.DurationLength(text));

    [Fact]
    public void An_unknown_section_of_dated_entries_is_read_as_work()
    {
        var text = "# Jane Roe\n\n## Education\n\n- B.A., Baking, Crumb College, 2010\n\n## Earlier Doings\n\n2015 - 2018\n:   Crumb Works\n\n*Baker*. Baked bread at night.\n\n2012 - 2015\n:   Sugar Hall\n\n*Pastry Chef*. Made cakes.\n";
        var result = ResumeImporter.Import(text);
        var work = result.Resume.Work!;
        Assert.Equal(2, work.Count);
        Assert.Equal(("Crumb Works", "2015", "2018"), (work[0].Name, work[0].StartDate, work[0].EndDate));
        Assert.Equal(("Sugar Hall", "2012", "2015"), (work[1].Name, work[1].StartDate, work[1].EndDate));
    }

    [Fact]
    public void A_section_JSON_Resume_has_no_place_for_stays_out_even_when_dated()
    {
        var text = "# Jane Roe\n\n## Education\n\n- B.A., Baking, Crumb College, 2010\n\n## Invited Talks\n\n### Bread at Night, Crumb Conference (2015 - 2016)\n\nA talk.\n\n### Cakes, Sugar Meetup (2012 - 2013)\n\nAnother talk.\n";
        var result = ResumeImporter.Import(text);
        Assert.Null(result.Resume.Work);
        Assert.Contains(result.Lines, l => l.Disposition == LineDisposition.NotUnderstood && l.Reason!.Contains("Invited Talks", StringComparison.Ordinal));
    }

    [Fact]
    public void A_parenthesised_note_between_a_heading_and_its_rule_leaves_the_heading_a_heading()
    {
        var text = "Jane Roe\n\nWORK EXPERIENCE\n.......................\n\n* Baker at Crumb Works, 2015 - 2018\n\n\nMORE ABOUT ME\n(see below)\n.......................\n\nI like bread.\n";
        var result = ResumeImporter.Import(text);
        var job = Assert.Single(result.Resume.Work!);
        Assert.Null(job.Highlights);
        Assert.Equal(LineDisposition.NotUnderstood, result.Lines[12].Disposition);
    }

    [Fact]
    public void Page_numbers_are_furniture_and_a_form_feed_does_not_hide_a_colon_heading()
    {
        var text = "Jane Roe\n\nEducation:\n- 2010. B.S., Baking, Crumb College.\n\nAwards:\n- Golden Loaf, Crumb Guild, 2012.\n\n                                   1\n\fTeaching:\nBaking tutor                                   2011 - 2012\n- Taught bread.\n";
        var result = ResumeImporter.Import(text);
        Assert.Equal(LineDisposition.Markup, result.Lines[8].Disposition);
        var job = Assert.Single(result.Resume.Work!);
        Assert.Equal(("Baking tutor", "2011", "2012"), (job.Position, job.StartDate, job.EndDate));
    }

    [Fact]
    public void A_sentence_after_an_awards_date_is_its_summary()
    {
        var text = "Jane Roe\n\nAwards:\n• Golden Loaf Grant, Crumb Guild, awarded 2012.\n  Paid for two years of flour.\n";
        var award = Assert.Single(ResumeImporter.Import(text).Resume.Awards!);
        Assert.Equal(("Golden Loaf Grant", "Crumb Guild", "2012"), (award.Title, award.Awarder, award.Date));
        Assert.StartsWith("Paid for two years of flour", award.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void A_course_given_via_a_provider_is_the_field_studied_there()
    {
        var text = "Jane Roe\n\nEducation:\n- Bread Science (Spring 2012)\n    - Via Crumb Academy\n";
        var education = Assert.Single(ResumeImporter.Import(text).Resume.Education!);
        Assert.Equal(("Crumb Academy", "Bread Science", "2012"), (education.Institution, education.Area, education.EndDate));
    }

    [Fact]
    public void A_definition_list_of_languages_gives_each_its_level()
    {
        var text = "# Jane Roe\n\n## Languages\n\nItalian\n:   Native\n\nDutch\n:   Fluent reading and writing\n\n    2019\n      ~ Some Certificate B2\n";
        var languages = ResumeImporter.Import(text).Resume.Languages!;
        Assert.Equal([("Italian", "Native"), ("Dutch", "Fluent reading and writing")], languages.Select(l => (l.Name, l.Fluency)));
    }

    [Theory]
    [InlineData("Tecnologías", ResumeSection.Skills)]
    [InlineData("Werkzeuge", ResumeSection.Skills)]
    [InlineData("Leadership & Activities", ResumeSection.Volunteer)]
    public void Headings_in_more_words(string heading, object expected) => Assert.Equal((ResumeSection)expected, SectionNames.Classify(heading));

    [Fact]
    public void A_list_of_keywords_under_an_unknown_heading_is_a_skill_group()
    {
        var text = "Jane Roe\n\nExperience\n----------\n\nNight Baker, Crumb Works\n2016 - 2019\n\nKitchen Gear\n------------\n\n* Stone ovens\n* Rye starters\n* Tools: whisk, dough scraper\n\nTalks\n-----\n\n* Why sourdough rises faster in summer than it does in winter, and what to do.\n* Bread at scale\n";
        var result = ResumeImporter.Import(text);
        var skill = Assert.Single(result.Resume.Skills!, s => s.Name == "Kitchen Gear");
        Assert.Equal(["Stone ovens", "Rye starters"], skill.Keywords);
        Assert.Contains(result.Resume.Skills!, s => s.Name == "Tools" && s.Keywords!.SequenceEqual(["whisk", "dough scraper"]));
        Assert.DoesNotContain(result.Resume.Skills!, s => s.Name == "Talks");
    }
}
