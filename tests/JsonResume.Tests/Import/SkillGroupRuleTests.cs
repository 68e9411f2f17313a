using JsonResume.Import;
using JsonResume.Vocabulary;

namespace JsonResume.Tests.Import;

/// <summary>Skills grouped under sub-headings, and names in code spans among words, each on a small invented document.</summary>
public sealed class SkillGroupRuleTests
{
    private const string Head = "# Jane Roe\n\njane@example.org\n\n## Skills\n\n";

    [Fact]
    public void A_sub_heading_in_a_skills_section_groups_the_lines_below_it()
    {
        var text = Head + "### Baking\n\n- Sourdough\n- Croissants\n\n### Tools\n\n- Deck oven, Proofer\n";
        var skills = ResumeImporter.Import(text).Resume.Skills!;
        Assert.Equal(2, skills.Count);
        Assert.Equal(("Baking", null), (skills[0].Name, skills[0].Level));
        Assert.Equal(["Sourdough", "Croissants"], skills[0].Keywords!);
        Assert.Equal("Tools", skills[1].Name);
        Assert.Equal(["Deck oven", "Proofer"], skills[1].Keywords!);
    }

    [Theory]
    [InlineData("Expert")]
    [InlineData("Fortgeschritten")]
    [InlineData("Intermediaire")] // written without its accent
    [InlineData("Avanzado")]
    [InlineData("Продвинутый")]
    public void A_sub_heading_that_names_a_level_is_the_level_of_the_group(string heading)
    {
        var text = Head + $"### {heading}\n\n- Sourdough\n- Brioche\n";
        var skill = Assert.Single(ResumeImporter.Import(text).Resume.Skills!);
        Assert.Equal((null, heading), (skill.Name, skill.Level));
        Assert.Equal(["Sourdough", "Brioche"], skill.Keywords!);
    }

    [Theory]
    [InlineData("Expert", true)]
    [InlineData("intermédiaire:", true)]
    [InlineData("AVANCÉ", true)]
    [InlineData("Frontend", false)]
    [InlineData("Expert systems", false)]
    public void Levels_are_compared_without_case_and_accents(string text, bool level) => Assert.Equal(level, SkillLevels.IsLevel(text));

    [Fact]
    public void Names_in_code_spans_among_lower_case_words_are_the_items()
    {
        var text = Head + "- the languages [`Gleam`](https://gleam.example) and `Zig`, with the tool `make`\n- `Nix` only\n";
        var skill = Assert.Single(ResumeImporter.Import(text).Resume.Skills!);
        Assert.Equal(["Gleam", "Zig", "make", "Nix"], skill.Keywords!);
    }

    [Fact]
    public void A_capitalised_word_outside_the_spans_keeps_the_whole_line()
    {
        var text = Head + "- Python with `pandas`\n";
        var skill = Assert.Single(ResumeImporter.Import(text).Resume.Skills!);
        Assert.Contains(skill.Keywords!, k => k.Contains("Python", StringComparison.Ordinal));
    }

    [Fact]
    public void A_line_labelled_interests_among_skills_holds_interests()
    {
        var text = Head + "- Baking: Sourdough, Brioche\n- Hobbies: chess, climbing, kites.\n";
        var resume = ResumeImporter.Import(text).Resume;
        Assert.Equal("Baking", Assert.Single(resume.Skills!).Name);
        Assert.Equal(["chess", "climbing", "kites"], resume.Interests!.Select(i => i.Name));
    }

    [Fact]
    public void A_line_labelled_interests_in_a_section_without_counterpart_is_kept()
    {
        var text = Head + "- Baking: Sourdough\n\n## Talks\n\n- Interessen: Schach, Klettern\n- Ovens I have known, 2021\n";
        var result = ResumeImporter.Import(text);
        Assert.Equal(["Schach", "Klettern"], result.Resume.Interests!.Select(i => i.Name));
        Assert.Equal("Baking", Assert.Single(result.Resume.Skills!).Name);
    }
}
