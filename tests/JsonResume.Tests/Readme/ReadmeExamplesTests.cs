using System.Text.RegularExpressions;
using JsonResume.Tests.Cli;
using JsonResume.Tests.Support;

namespace JsonResume.Tests.Readme;

/// <summary>
/// Keeps README.md true: every shell block whose only command is <c>dotnet run --project src/JsonResume.Cli -- ARGS</c>
/// and that is followed by a <c>text</c> block is run (through the built CLI, in the repository root), and its output
/// must equal that block.
/// </summary>
public sealed partial class ReadmeExamplesTests
{
    private const string Prefix = "dotnet run --project src/JsonResume.Cli -- ";

    public static TheoryData<string, string> Examples()
    {
        var data = new TheoryData<string, string>();
        var readme = File.ReadAllText(Repo.File("README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        foreach (Match m in CommandThenOutput().Matches(readme))
        {
            data.Add(m.Groups["args"].Value.Trim(), m.Groups["output"].Value);
        }

        return data;
    }

    [Fact]
    public void The_readme_shows_the_main_job_and_the_test_command()
    {
        var readme = File.ReadAllText(Repo.File("README.md"));
        Assert.Contains(Prefix + "validate examples/resume.json", readme, StringComparison.Ordinal);
        Assert.Contains("\ndotnet test", readme, StringComparison.Ordinal);
        Assert.True(Examples().Count >= 3, "README should show real output of at least three commands");
        var ci = File.ReadAllText(Repo.File(".ci", "run"));
        Assert.Contains("\ndotnet test 2>&1", ci, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Readme_example_output_is_what_the_tool_prints(string args, string expected)
    {
        var run = CliRunner.RunInRepo(SplitArgs(args));
        var actual = (run.Stdout + run.Stderr).Replace("\r\n", "\n", StringComparison.Ordinal);
        Assert.Equal(expected.TrimEnd('\n'), actual.TrimEnd('\n'));
    }

    private static string[] SplitArgs(string args) =>
        ArgToken().Matches(args).Select(m => m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Success ? m.Groups[2].Value : m.Value).ToArray();

    [GeneratedRegex("```sh\\n" + "dotnet run --project src/JsonResume\\.Cli -- " + "(?<args>[^\\n]*)\\n```\\n\\n```text\\n(?<output>.*?)```", RegexOptions.Singleline)]
    private static partial Regex CommandThenOutput();

    [GeneratedRegex("'([^']*)'|\"([^\"]*)\"|\\S+")]
    private static partial Regex ArgToken();
}
