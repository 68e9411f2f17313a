using JsonResume.Tests.Support;

namespace JsonResume.Tests.Cli;

/// <summary>Batch runs with <c>--jobs</c> and progress, and shell completion through the <c>[suggest]</c> directive.</summary>
public sealed class BatchAndCompletionTests
{
    [Fact]
    public void Several_jobs_give_the_same_report_in_input_order()
    {
        using var dir = new TempFolder();
        var sources = Directory.GetFiles(Repo.File("examples"), "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var names = new List<string>();
        for (var copy = 0; copy < 6; copy++)
        {
            foreach (var source in sources)
            {
                var name = $"{copy}-{Path.GetFileName(source)}";
                File.Copy(source, dir.File(name));
                names.Add(name);
            }
        }

        // Input order is the order of the arguments, not alphabetical: reverse it to tell the two apart.
        names.Reverse();
        var one = CliRunner.Run(dir.Path, ["validate", "--format", "json", .. names]);
        var four = CliRunner.Run(dir.Path, ["validate", "--format", "json", "--jobs", "4", .. names]);
        var perCore = CliRunner.Run(dir.Path, ["validate", "--jobs", "0", .. names]);
        var perCoreText = CliRunner.Run(dir.Path, ["validate", .. names]);

        Assert.Equal(2, one.ExitCode);
        Assert.Equal(one.ExitCode, four.ExitCode);
        Assert.Equal(one.Stdout, four.Stdout);
        Assert.Equal(perCoreText.Stdout, perCore.Stdout);
        Assert.Equal("", four.Stderr); // no progress: standard error is not a terminal
        var paths = System.Text.RegularExpressions.Regex.Matches(four.Stdout, "\"path\": \"([^\"]+)\"").Select(m => m.Groups[1].Value);
        Assert.Equal(names, paths);
    }

    [Fact]
    public void Roundtrip_with_several_jobs_reports_in_input_order()
    {
        var files = Directory.GetFiles(Repo.File("examples"), "*.json", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(Repo.Root, p).Replace('\\', '/')).Order(StringComparer.Ordinal).Reverse().ToList();

        var one = CliRunner.Run(Repo.Root, ["roundtrip", "--format", "json", .. files]);
        var three = CliRunner.Run(Repo.Root, ["roundtrip", "--format", "json", "--jobs", "3", .. files]);

        Assert.Equal(one.ExitCode, three.ExitCode);
        Assert.Equal(one.Stdout, three.Stdout);
        var firstPath = System.Text.RegularExpressions.Regex.Match(three.Stdout, "\"path\": \"([^\"]+)\"").Groups[1].Value;
        Assert.Equal(files[0], firstPath);
    }

    [Fact]
    public void Progress_goes_to_standard_error_and_is_erased()
    {
        var files = new[] { "examples/resume.json", "examples/invalid/old-field-names.json", "examples/invalid/bad-dates.json" };
        var quiet = CliRunner.Run(Repo.Root, ["validate", "--jobs", "2", .. files]);
        var shown = CliRunner.Run(Repo.Root, ["validate", "--jobs", "2", .. files],
            environment: new Dictionary<string, string?> { ["JSONRESUME_PROGRESS"] = "always" });

        Assert.Equal(quiet.Stdout, shown.Stdout);
        Assert.Equal(quiet.ExitCode, shown.ExitCode);
        Assert.Equal("", quiet.Stderr);
        Assert.Matches(@"^(\r\e\[Kvalidating [1-3]/3: examples/[a-z/-]+\.json)+\r\e\[K$", shown.Stderr);
        Assert.Contains("validating 3/3: ", shown.Stderr);
    }

    [Theory]
    [InlineData("validate --for", "--format")]
    [InlineData("validate --format ", "sarif")]
    [InlineData("mig", "migrate")]
    [InlineData("migrate --in", "--in-place")]
    [InlineData("migrate --format ", "json")]
    [InlineData("validate --jo", "--jobs")]
    public void The_suggest_directive_completes_commands_options_and_values(string line, string expected)
    {
        // What dotnet-suggest sends: [suggest:POSITION] and the command line after the program name.
        var run = CliRunner.RunInRepo($"[suggest:{line.Length}]", line);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(expected, run.Stdout.ReplaceLineEndings("\n").Split('\n'));
    }
}
