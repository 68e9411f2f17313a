using JsonResume.Import;
using JsonResume.Json;
using JsonResume.Render;
using JsonResume.Tests.Support;

namespace JsonResume.Tests.Cli;

/// <summary><c>render</c> writing files (atomically, never over an existing file without --force) and <c>roundtrip</c> exit codes, through the real CLI.</summary>
public sealed class RenderAndRoundTripCommandTests : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("jsonresume-render-");

    public void Dispose() => folder.Delete(recursive: true);

    [Fact]
    public void Render_writes_the_file_and_never_replaces_one_without_force()
    {
        File.Copy(Repo.File("examples", "resume.json"), Path.Combine(folder.FullName, "resume.json"));
        var resume = ResumeJson.Read(File.ReadAllBytes(Repo.File("examples", "resume.json"))).Resume!;
        var target = Path.Combine(folder.FullName, "cv.md");

        var first = CliRunner.Run(folder.FullName, ["render", "resume.json", "--to", "markdown", "-o", "cv.md"]);

        Assert.Equal((0, "", ""), (first.ExitCode, first.Stdout, first.Stderr));
        Assert.Equal(ResumeRenderer.ToMarkdown(resume), File.ReadAllText(target));

        File.WriteAllText(target, "mine");
        var refused = CliRunner.Run(folder.FullName, ["render", "resume.json", "--to", "text", "-o", "cv.md"]);

        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("cannot write cv.md: already exists (use --force to replace it)", refused.Stderr, StringComparison.Ordinal);
        Assert.Equal("mine", File.ReadAllText(target));

        var forced = CliRunner.Run(folder.FullName, ["render", "resume.json", "--to", "text", "-o", "cv.md", "--force"]);

        Assert.Equal(0, forced.ExitCode);
        Assert.Equal(ResumeRenderer.ToText(resume), File.ReadAllText(target));
        Assert.Equal(["cv.md", "resume.json"], folder.GetFiles().Select(f => f.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Render_reports_an_output_folder_that_does_not_exist()
    {
        File.Copy(Repo.File("examples", "resume.json"), Path.Combine(folder.FullName, "resume.json"));

        var run = CliRunner.Run(folder.FullName, ["render", "resume.json", "--to", "html", "-o", "no/such/cv.html"]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("cannot write no/such/cv.html: its folder does not exist", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Rendered_markdown_and_text_read_back_to_the_same_resume()
    {
        var resume = ResumeJson.Read(File.ReadAllBytes(Repo.File("examples", "resume.json"))).Resume!;
        var markdown = CliRunner.RunInRepo("render", "examples/resume.json", "--to", "markdown").Stdout;
        var text = CliRunner.RunInRepo("render", "examples/resume.json", "--to", "text", "--width", "40").Stdout;

        Assert.Equal(ResumeJson.Write(resume), ResumeJson.Write(ResumeImporter.ReadMarkdown(markdown).Resume!));
        Assert.Equal(ResumeJson.Write(resume), ResumeJson.Write(ResumeImporter.ReadText(text).Resume!));
    }

    [Fact]
    public void Roundtrip_exits_0_when_lossless_and_1_when_something_is_lost()
    {
        var lossless = CliRunner.RunInRepo("roundtrip", "examples/resume.json", "examples/invalid/wrong-types.json");
        var lossy = CliRunner.RunInRepo("roundtrip", "--no-extensions", "examples/invalid/wrong-types.json");

        Assert.Equal(0, lossless.ExitCode);
        Assert.Equal(1, lossy.ExitCode);
        Assert.Contains("  /work/0/startDate: removed 2016", lossy.Stdout, StringComparison.Ordinal);
    }
}
