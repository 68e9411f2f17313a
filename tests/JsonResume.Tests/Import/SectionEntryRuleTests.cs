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
}
