using JsonResume.Import;
using JsonResume.Json;
using JsonResume.Render;
using JsonResume.Tests.Support;

namespace JsonResume.Tests.Render;

/// <summary>
/// examples/resume.json rendered in each of the eleven languages to examples/languages/resume.LANG.md, .txt and .html
/// (English is examples/resume.*, checked by <see cref="ExampleGoldenTests"/> and here with the language set). On a
/// mismatch the test writes <c>.actual</c> beside the expected file; <c>UPDATE_GOLDEN=1</c> rewrites the expected files.
/// </summary>
public sealed class LocalizedGoldenTests
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var language in RenderOptions.SupportedLanguages)
        {
            foreach (var extension in new[] { "md", "txt", "html" })
            {
                data.Add(language, extension);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Example_renders_in_each_language_exactly_as_checked_in(string language, string extension)
    {
        var options = new RenderOptions { Language = language };
        var resume = Example();
        var actual = extension switch
        {
            "md" => ResumeRenderer.ToMarkdown(resume, options),
            "txt" => ResumeRenderer.ToText(resume, options),
            _ => ResumeRenderer.ToHtml(resume, options),
        };
        var expected = language == "en"
            ? Repo.File("examples", "resume." + extension)
            : Repo.File("examples", "languages", $"resume.{language}.{extension}");
        Golden.AssertMatches(expected, actual);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Example_reads_back_exactly_in_each_language(string language, string extension)
    {
        if (extension == "html")
        {
            return; // HTML is not read back
        }

        var options = new RenderOptions { Language = language };
        var resume = Example();
        var back = extension == "md"
            ? ResumeImporter.ReadMarkdown(ResumeRenderer.ToMarkdown(resume, options))
            : ResumeImporter.ReadText(ResumeRenderer.ToText(resume, options));
        Assert.Empty(back.Diagnostics);
        Assert.Equal(ResumeJson.Write(resume), ResumeJson.Write(back.Resume!));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_converter_reads_each_languages_own_layout_exactly(string language, string extension)
    {
        if (extension == "html")
        {
            return; // HTML is not converted
        }

        var options = new RenderOptions { Language = language };
        var resume = Example();
        var rendered = extension == "md" ? ResumeRenderer.ToMarkdown(resume, options) : ResumeRenderer.ToText(resume, options);
        var result = ResumeImporter.Import(rendered, new ImportOptions { Format = extension == "md" ? ImportFormat.Markdown : ImportFormat.Text });
        Assert.Equal(ResumeJson.Write(resume), ResumeJson.Write(result.Resume));
        Assert.Equal(0, result.NotUnderstoodLines);
    }

    private static JsonResume.Model.Resume Example() => ResumeJson.Read(File.ReadAllBytes(Repo.File("examples", "resume.json"))).Resume!;
}
