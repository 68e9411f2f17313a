using JsonResume.Import;
using JsonResume.Import.Fields;
using JsonResume.Import.Recognition;

namespace JsonResume.Tests.Import;

/// <summary>General rules for entry shapes, references and addresses, each on a small invented document.</summary>
public sealed class EntryShapeRuleTests
{
    [Fact]
    public void A_long_paragraph_after_a_jobs_bullets_is_its_summary()
    {
        var text = "# Jane Roe\n\n## Experience\n\n### Baker @ Crumb Works\n_2015 - 2018_\n\n- Baked bread\n- Made rolls\n\n"
                   + "As the night baker I ran the ovens on my own, planned the doughs for the next morning and trained two apprentices in the craft.\n";
        var job = Assert.Single(ResumeImporter.Import(text).Resume.Work!);
        Assert.Equal(["Baked bread", "Made rolls"], job.Highlights!);
        Assert.StartsWith("As the night baker", job.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Courses_are_education_and_a_release_line_dates_a_project_named_with_its_language()
    {
        var text = "Jane Roe\n\nProjects\n- Breadline (Python)\n    - A tool for bakers.\n    - Published June 2011\n    - Plans the ovens.\n\n"
                   + "Courses\n- Sourdough Basics (Spring 2012)\n    - Via Crumb College\n";
        var resume = ResumeImporter.Import(text).Resume;
        var project = Assert.Single(resume.Projects!);
        Assert.Equal(("Breadline", "2011-06", "2011-06"), (project.Name, project.StartDate, project.EndDate));
        Assert.Equal(["Python"], project.Keywords!);
        Assert.DoesNotContain("Published June 2011", project.Highlights ?? []);
        Assert.NotNull(resume.Education);
        Assert.Null(resume.Certificates);
    }

    [Theory]
    [InlineData("Breadline (Python)", "Breadline", "Python")]
    [InlineData("Oven Tool (C, Lua)", "Oven Tool", "C|Lua")]
    public void A_name_with_technologies_in_parentheses_is_split(string text, string name, string technologies)
    {
        var split = JsonResume.Import.Fields.ProjectLines.NameWithTechnologies(text);
        Assert.NotNull(split);
        Assert.Equal(name, split.Value.Name);
        Assert.Equal(technologies.Split('|'), split.Value.Technologies);
    }

    [Theory]
    [InlineData("Breadline (a tool for bakers)")]
    [InlineData("Breadline")]
    public void Other_parentheses_stay_in_the_name(string text) =>
        Assert.Null(JsonResume.Import.Fields.ProjectLines.NameWithTechnologies(text));

    [Fact]
    public void A_reference_under_a_dated_marker_term_is_read_from_its_definition_and_a_legend_is_left_out()
    {
        var text = "# Jane Roe\n\n## Publications\n\nKey\n:    [*] journal article / [+] proceedings\n\n"
                   + "2024/03 [*]\n:    **Jane Roe**, John Doe: *Baking Bread at Night for Science*. In: Journal of Crumbs 17:99.&emsp;[&#8203;](https://doi.org/10.1/crumb)\n\n"
                   + "2023/06 [+]\n:    Jane Roe, John Doe: *Ovens Considered Harmful Today*. In: Proceedings of the Crumb Conference, pp. 1–8.\n";
        var result = ResumeImporter.Import(text);
        var publications = result.Resume.Publications!;
        Assert.Equal(2, publications.Count);
        Assert.Equal(("Baking Bread at Night for Science", "Journal of Crumbs", "2024-03", "https://doi.org/10.1/crumb"),
            (publications[0].Name, publications[0].Publisher, publications[0].ReleaseDate, publications[0].Url));
        Assert.Equal(("Ovens Considered Harmful Today", "Proceedings of the Crumb Conference"), (publications[1].Name, publications[1].Publisher));
    }

    [Fact]
    public void A_date_line_standing_apart_under_an_entry_heading_dates_the_entry()
    {
        var text = "# Jane Roe\n\n## Experience\n\n### Crumb Works\n\nA bakery in the old town.\n\nJuly 2012 – present\n\nHead Baker.\n\n* * *\nI bake.\n";
        var job = Assert.Single(ResumeImporter.Import(text).Resume.Work!);
        Assert.Equal("2012-07", job.StartDate);
        Assert.Null(job.EndDate);
    }

    [Theory]
    [InlineData("407 Baker Street, Springfield MA 02139", "407 Baker Street", "Springfield", "MA", "02139", null)]
    [InlineData("12 Oven Hall, 101 Crumb Rd, Athens, GA 30607.", "12 Oven Hall, 101 Crumb Rd", "Athens", "GA", "30607", null)]
    [InlineData("Bäckerstraße 5, 10115 Berlin, Germany", "Bäckerstraße 5", "Berlin", null, "10115", "DE")]
    public void One_line_postal_addresses(string text, string street, string city, string? region, string postal, string? country)
    {
        Assert.True(PostalAddress.TryParse(text, out var parsed, out var place));
        Assert.Equal((street, city, region, postal, country), (parsed, place.City, place.Region, place.PostalCode, place.CountryCode));
    }

    [Theory]
    [InlineData("Boston, MA")]
    [InlineData("2019, Baker at Crumb Works")]
    [InlineData("Baked 300 loaves, won 2 prizes")]
    public void Not_postal_addresses(string text) => Assert.False(PostalAddress.TryParse(text, out _, out _));

    [Fact]
    public void An_address_line_in_the_opening_fills_the_location()
    {
        var location = ResumeImporter.Import("Jane Roe\n407 Baker Street, Springfield MA 02139 -- jane@example.com\n").Resume.Basics!.Location!;
        Assert.Equal(("407 Baker Street", "Springfield", "MA", "02139"), (location.Address, location.City, location.Region, location.PostalCode));
        Assert.Null(location.CountryCode);
    }

    [Fact]
    public void Vancouver_references_give_title_journal_and_year()
    {
        var citation = Citation.Parse("Roe J, Doe AB, Handel A. Bread crumbs at diagnosis and recovery. Journal of Crumbs. 2020; 7(11).");
        Assert.Equal(("Bread crumbs at diagnosis and recovery", "Journal of Crumbs", 2020), (citation.Title, citation.Venue, citation.Year));
        Assert.Equal("Roe J, Doe AB, Handel A", citation.Authors);
    }
}
