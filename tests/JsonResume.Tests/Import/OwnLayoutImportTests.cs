using JsonResume.Diagnostics;
using JsonResume.Import;
using JsonResume.Json;
using JsonResume.Tests.Support;

namespace JsonResume.Tests.Import;

/// <summary>Documents in the library's own layout (what <c>render</c> writes) are imported exactly, with every line placed.</summary>
public sealed class OwnLayoutImportTests
{
    [Theory]
    [InlineData("resume.md")]
    [InlineData("resume.txt")]
    public void Rendered_examples_import_exactly(string name)
    {
        var text = File.ReadAllText(Repo.File("examples", name));
        var result = ResumeImporter.Import(text);
        var exact = name.EndsWith(".md", StringComparison.Ordinal) ? ResumeImporter.ReadMarkdown(text).Resume! : ResumeImporter.ReadText(text).Resume!;

        Assert.Equal(ResumeJson.Write(exact), ResumeJson.Write(result.Resume));
        Assert.DoesNotContain(result.Lines, l => l.Disposition == LineDisposition.NotUnderstood);
        Assert.Contains(result.Lines, l => l.Pointers.Contains("/work/1"));
    }
}
