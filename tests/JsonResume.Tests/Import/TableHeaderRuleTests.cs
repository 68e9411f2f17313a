using JsonResume.Import;
using JsonResume.Vocabulary;

namespace JsonResume.Tests.Import;

/// <summary>Tables read by their header row, each on a small invented document.</summary>
public sealed class TableHeaderRuleTests
{
    private const string Head = "# Jane Roe\n\njane@example.org\n\n";

    [Fact]
    public void An_education_table_header_says_which_cell_is_the_field_of_study()
    {
        var text = Head + "## Education\n\nYears | University | Field\n--- | --- | ---\n2001 - 2005 | **Lakeside Institute** | *Marine Biology*\n";
        var result = ResumeImporter.Import(text);
        var education = Assert.Single(result.Resume.Education!);
        Assert.Equal(("Lakeside Institute", "Marine Biology"), (education.Institution, education.Area));
        Assert.Equal(("2001", "2005"), (education.StartDate, education.EndDate));
        Assert.Null(education.ExtensionData?.GetValueOrDefault("summary"));
    }

    [Fact]
    public void A_degree_column_names_the_study_type_even_without_degree_words()
    {
        var text = Head + "## Education\n\n| School | Qualification | Dates |\n|---|---|---|\n| Hill College | Journeyman baker | 2010 - 2012 |\n";
        var education = Assert.Single(ResumeImporter.Import(text).Resume.Education!);
        Assert.Equal(("Hill College", "Journeyman baker"), (education.Institution, education.StudyType));
    }

    [Fact]
    public void A_german_header_row_is_layout_and_each_row_below_it_is_an_entry()
    {
        var text = Head + "## Berufserfahrung\n\n| Zeitraum | Firma | Position | Ort |\n|---|---|---|---|\n| 2015 - 2018 | Bäckerei Korn | Konditor | Hamburg |\n| 2018 - 2020 | Mühle Weiß | Bäcker | Bremen |\n";
        var work = ResumeImporter.Import(text).Resume.Work!;
        Assert.Equal(2, work.Count);
        Assert.Equal(("Bäckerei Korn", "Konditor", "Hamburg"), (work[0].Name, work[0].Position, work[0].Location));
        Assert.Equal(("Mühle Weiß", "Bäcker", "Bremen"), (work[1].Name, work[1].Position, work[1].Location));
        Assert.Equal(("2015", "2018"), (work[0].StartDate, work[0].EndDate));
    }

    [Fact]
    public void A_project_table_names_each_project_and_its_description()
    {
        var text = Head + "## Projects\n\n| Project | Description |\n|---|---|\n| Kiln | A small kiln controller |\n| Loom | Pattern cards for a hand loom |\n";
        var projects = ResumeImporter.Import(text).Resume.Projects!;
        Assert.Equal(["Kiln", "Loom"], projects.Select(p => p.Name));
        Assert.Equal(["A small kiln controller", "Pattern cards for a hand loom"], projects.Select(p => p.Description));
    }

    [Fact]
    public void A_table_without_a_header_row_keeps_its_first_row_as_content()
    {
        var text = Head + "## Education\n\n| 2001 - 2005 | Lakeside Institute |\n|---|---|\n| 2006 - 2008 | Hill College |\n";
        var education = ResumeImporter.Import(text).Resume.Education!;
        Assert.Equal(["Lakeside Institute", "Hill College"], education.Select(e => e.Institution));
    }

    [Theory]
    [InlineData("Company", "Organization")]
    [InlineData("Zeitraum:", "Dates")]
    [InlineData("Lieu", "Location")]
    [InlineData("专业", "Area")]
    [InlineData("Должность", "Position")]
    [InlineData("Marine Biology", null)]
    public void Header_cells_name_columns_in_many_languages(string cell, string? column) => Assert.Equal(column, TableColumns.Find(cell)?.ToString());
}
