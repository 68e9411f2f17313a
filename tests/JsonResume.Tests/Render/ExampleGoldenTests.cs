using JsonResume.Json;
using JsonResume.Render;
using JsonResume.Tests.Support;

namespace JsonResume.Tests.Render;

/// <summary>
/// examples/resume.json rendered to examples/resume.md, .txt and .html (checked in). On a mismatch the test writes
/// <c>resume.EXT.actual</c> beside the expected file; <c>UPDATE_GOLDEN=1</c> rewrites the expected files instead.
/// </summary>
public sealed class ExampleGoldenTests
{
    public static TheoryData<string> Formats => new() { "md", "txt", "html" };

    [Theory]
    [MemberData(nameof(Formats))]
    public void Example_renders_exactly_as_checked_in(string extension)
    {
        var resume = ResumeJson.Read(File.ReadAllBytes(Repo.File("examples", "resume.json"))).Resume!;
        var actual = extension switch
        {
            "md" => ResumeRenderer.ToMarkdown(resume),
            "txt" => ResumeRenderer.ToText(resume),
            _ => ResumeRenderer.ToHtml(resume),
        };
        Golden.AssertMatches(Repo.File("examples", "resume." + extension), actual);
    }
}
