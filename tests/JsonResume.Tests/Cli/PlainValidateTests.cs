using JsonResume.Cli;
using JsonResume.Cli.Commands;
using JsonResume.Tests.Support;

namespace JsonResume.Tests.Cli;

/// <summary>
/// <c>validate FILE...</c> without options runs without the command tree (<see cref="PlainValidate"/>, for start-up): it
/// must print and exit exactly as the command tree does on the same line, and leave every other line to the tree.
/// </summary>
public sealed class PlainValidateTests
{
    public static TheoryData<string[]> PlainLines => new()
    {
        { ["validate", "examples/resume.json"] },
        { ["validate", "examples/resume.yaml"] },
        { ["validate", "examples/invalid/bad-dates.json", "examples/invalid/trailing-comma.json", "examples/invalid/utf16.json"] },
        { ["validate", "examples/invalid/*.json"] },
        { ["validate", "examples/invalid/empty.json", "examples/invalid/binary-junk.json", "examples/invalid/truncated.json"] },
        { ["validate", "examples/no-such-file.json"] },
        { ["validate", "examples/no-match-*.json"] },
        { ["validate", "examples"] },
        { ["validate", "render"] },
        { ["validate", "validate"] },
        { ["validate", "examples/../examples/resume.json", "examples/resume.json"] },
        { ["validate", "a=b.json", "c:d.json"] },
    };

    [Theory]
    [MemberData(nameof(PlainLines))]
    public void A_plain_line_prints_and_exits_exactly_as_through_the_command_tree(string[] args)
    {
        Assert.True(PlainValidate.TryMatch(args, out _));

        var tree = CliRunner.Run((a, env) => JsonResumeCli.RunTree(a, env, JsonResumeCli.CreateRootCommand), Repo.Root, args);
        var plain = CliRunner.Run(JsonResumeCli.Run, Repo.Root, args);

        Assert.Equal(tree.Transcript, plain.Transcript);
    }

    [Fact]
    public void A_plain_line_finds_the_rule_configuration_as_the_command_tree_does()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.File(".jsonresume.json"), """{ "ignore": ["JR2005"], "failOn": "warning" }""");
        File.Copy(Repo.File("examples", "invalid", "old-field-names.json"), temp.File("cv.json"));
        File.Copy(Repo.File("examples", "invalid", "bad-dates.json"), temp.File("other.json"));
        string[] args = ["validate", "cv.json", "other.json"];

        var tree = CliRunner.Run((a, env) => JsonResumeCli.RunTree(a, env, JsonResumeCli.CreateRootCommand), temp.Path, args);
        var plain = CliRunner.Run(JsonResumeCli.Run, temp.Path, args);

        Assert.NotEqual(0, tree.ExitCode);
        Assert.Equal(tree.Transcript, plain.Transcript);
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("validate", "-")]
    [InlineData("validate", "--help")]
    [InlineData("validate", "-h")]
    [InlineData("validate", "/h")]
    [InlineData("validate", "/?")]
    [InlineData("validate", "examples/resume.json", "--format", "json")]
    [InlineData("validate", "examples/resume.json", "-q")]
    [InlineData("validate", "examples/resume.json", "--")]
    [InlineData("validate", "@arguments.rsp")]
    [InlineData("validate", "")]
    [InlineData("Validate", "examples/resume.json")]
    [InlineData("render", "examples/resume.json")]
    [InlineData("--version")]
    public void Any_other_line_goes_through_the_command_tree(params string[] args) =>
        Assert.False(PlainValidate.TryMatch(args, out _));
}
