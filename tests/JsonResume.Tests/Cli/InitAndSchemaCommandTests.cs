using JsonResume.Tests.Support;
using JsonResume.Validation;

namespace JsonResume.Tests.Cli;

/// <summary><c>jsonresume init</c> and <c>jsonresume schema</c>, run for real.</summary>
public sealed class InitAndSchemaCommandTests
{
    [Fact]
    public void Init_writes_the_example_resume_and_never_replaces_a_file()
    {
        using var dir = new TempFolder();
        var example = File.ReadAllBytes(Repo.File("examples", "resume.json"));

        var run = CliRunner.Run(dir.Path, ["init"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Stderr);
        Assert.StartsWith("Wrote resume.json: a fictional résumé that uses every field of JSON Resume 1.3.1.\n", run.Stdout.ReplaceLineEndings("\n"));
        var written = File.ReadAllBytes(dir.File("resume.json"));
        Assert.Equal(example, written);
        Assert.Empty(SchemaOracle.Errors(File.ReadAllText(dir.File("resume.json"))));
        Assert.True(ResumeValidator.Validate(written).IsValid);
        Assert.Equal(["resume.json"], dir.FileNames());

        File.WriteAllText(dir.File("resume.json"), "mine");
        var again = CliRunner.Run(dir.Path, ["init"]);
        Assert.Equal(2, again.ExitCode);
        Assert.Equal("", again.Stdout);
        Assert.Contains("resume.json already exists; init never replaces a file", again.Stderr);
        Assert.Equal("mine", File.ReadAllText(dir.File("resume.json")));

        var named = CliRunner.Run(dir.Path, ["init", "cv.json"]);
        Assert.Equal(0, named.ExitCode);
        Assert.Equal(example, File.ReadAllBytes(dir.File("cv.json")));
    }

    [Fact]
    public void Init_dash_prints_the_starter_resume()
    {
        var run = CliRunner.RunInRepo("init", "-");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(File.ReadAllText(Repo.File("examples", "resume.json")), run.Stdout);
    }

    [Fact]
    public void Schema_prints_the_bundled_schema_byte_for_byte()
    {
        var run = CliRunner.RunInRepo("schema");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Stderr);
        Assert.Equal(File.ReadAllText(Repo.File("schema", "resume.schema.json")), run.Stdout);
    }
}
