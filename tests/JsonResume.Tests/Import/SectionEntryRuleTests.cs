using JsonResume.Import;

namespace JsonResume.Tests.Import;

/// <summary>Rules about which lines form which section and which entry (issue 10), each on a small invented document.</summary>
public sealed class SectionEntryRuleTests
{
    [Fact]
    public void An_italic_run_in_title_before_the_paragraph_is_the_role()
    {
        var text = "# Jane Roe\n\n## Experience\n\n2015 - 2018\n:   Crumb Works\n\n*Night Baker*. Baked the bread of the whole town every night, and trained the apprentices in the oven work.\n";
        var job = Assert.Single(ResumeImporter.Import(text).Resume.Work!);
        Assert.Equal(("Crumb Works", "Night Baker"), (job.Name, job.Position));
        Assert.StartsWith("Baked the bread", job.Summary, StringComparison.Ordinal);
    }
    [Fact]
    public void Labelled_lines_of_a_project_give_its_description_keywords_and_highlights()
    {
        var text = "# Jane Roe\n\n## Projects\n\n### Bread Timer\n* Introduction: An app that rings when the loaf is done.\n* Technology: kotlin, sqlite\n* Responsibility:\n    0. wrote the timer\n    1. drew the icons\n\n### Crumb Map\n* Description: A map of bakeries.\n";
        var projects = ResumeImporter.Import(text).Resume.Projects!;
        Assert.Equal(2, projects.Count);
        Assert.Equal("An app that rings when the loaf is done.", projects[0].Description);
        Assert.Equal(["kotlin", "sqlite"], projects[0].Keywords!);
        Assert.Equal(["wrote the timer", "drew the icons"], projects[0].Highlights!);
        Assert.Equal("A map of bakeries.", projects[1].Description);
    }

    [Fact]
    public void A_list_of_links_is_one_entry_per_item()
    {
        var text = "# Jane Roe\n\n## Courses\n\n* [Sourdough Basics](https://courses.example.com/sourdough)\n* [Oven Physics](https://learn.example.org/ovens)\n\n## Open Source\n\n* [**crumbdb** a store for crumbs](https://code.example.com/crumbdb)\n    * [fixed the cache](https://code.example.com/crumbdb/pull/1)\n* [https://code.example.com/loaf](https://code.example.com/loaf/pull/7)\n* [Fix a typo](https://code.example.com/rye/pull/2)\n";
        var resume = ResumeImporter.Import(text).Resume;
        Assert.Equal([("Sourdough Basics", "https://courses.example.com/sourdough"), ("Oven Physics", "https://learn.example.org/ovens")],
            resume.Education!.Select(e => (e.Area, e.Url)));
        Assert.All(resume.Education!, e => Assert.Null(e.Institution));
        Assert.Equal(["crumbdb", "https://code.example.com/loaf", "Fix a typo"], resume.Projects!.Select(p => p.Name));
        Assert.Equal("https://code.example.com/loaf/pull/7", resume.Projects![1].Url);
        Assert.Equal(["fixed the cache"], resume.Projects![0].Highlights!);
    }
    [Fact]
    public void An_undated_heading_over_dated_sub_headings_only_labels_a_group()
    {
        var text = "# Jane Roe\n\n## Experience\n\n### Developer @ Crumb Works\n_2015 - 2018_\n\n- Baked bread\n\n### Side jobs I had while at school\n\n#### Sugar Hall\n_2010 - 2011_\n\n- Made cakes\n\n#### Rye Corner\n_2008 - 2009_\n\n- Sold loaves\n";
        var work = ResumeImporter.Import(text).Resume.Work!;
        Assert.Equal([("Crumb Works", "2015"), ("Sugar Hall", "2010"), ("Rye Corner", "2008")], work.Select(w => (w.Name, w.StartDate)));
        Assert.Equal(["Made cakes"], work[1].Highlights!);
    }

    [Theory]
    [InlineData("Degree: Master of Baking", "Master of Baking", null)]
    [InlineData("Abschluss: Bäckermeister", "Bäckermeister", null)]
    [InlineData("Major: Food Chemistry", null, "Food Chemistry")]
    [InlineData("Fachrichtung Lebensmitteltechnik", null, "Lebensmitteltechnik")]
    public void A_labelled_line_under_a_school_gives_the_degree_or_the_field(string line, string? studyType, string? area)
    {
        var text = $"# Jane Roe\n\n## Education\n\n### Crumb College\n_2010 - 2014_\n\n{line}\n";
        var education = Assert.Single(ResumeImporter.Import(text).Resume.Education!);
        Assert.Equal(("Crumb College", studyType, area), (education.Institution, education.StudyType, education.Area));
    }
    [Theory]
    [InlineData("- **Master en Boulangerie** à l'[Académie du Pain](https://pain.example.org/) (France)", "Académie du Pain", "Boulangerie")]
    [InlineData("- **Master in Backkunst** an der Universität Brotstadt", "Universität Brotstadt", "Backkunst")]
    [InlineData("- **Licence en Chimie appliquée à la Boulangerie**", null, "Chimie appliquée à la Boulangerie")]
    public void At_in_another_language_separates_the_field_from_the_school(string line, string? institution, string area)
    {
        var text = $"# Jane Roe\n\n## Diplômes\n\n{line}\n";
        var education = Assert.Single(ResumeImporter.Import(text).Resume.Education!);
        Assert.Equal((institution, area), (education.Institution, education.Area));
    }
}
