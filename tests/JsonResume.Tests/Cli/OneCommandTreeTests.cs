using JsonResume.Cli;
using JsonResume.Tests.Support;

namespace JsonResume.Tests.Cli;

/// <summary>
/// The tool builds only the command a command line names (<see cref="JsonResumeCli.CreateRootCommand(CliEnvironment, IReadOnlyList{string})"/>):
/// what it prints and returns must be exactly what the full command tree gives for the same line.
/// </summary>
public sealed class OneCommandTreeTests
{
    public static TheoryData<string[]> CommandLines => new()
    {
        { ["convert", "--help"] },
        { ["convert", "examples/resume.md"] },
        { ["convert", "examples/handwritten/cv.txt", "--report", "text"] },
        { ["convert"] },
        { ["convert", "examples/resume.md", "--from", "pdf"] },
        { ["convert", "examples/resume.md", "render"] },
        { ["convert", "--version"] },
        { ["render", "--help"] },
        { ["render", "examples/resume.json", "-t", "markdown"] },
        { ["render", "examples/resume.json"] },
        { ["render", "examples/resume.json", "-t", "text", "--width", "5"] },
        { ["validate", "--help"] },
        { ["validate", "--no-such-option", "examples/resume.json"] },
        { ["validate", "--format", "json", "examples/invalid/bad-dates.json"] },
        { ["roundtrip", "--help"] },
        { ["migrate", "--help"] },
        { ["migrate", "examples/resume.json", "--dry-run", "--no-such-option"] },
        { ["init", "--help"] },
        { ["schema", "--help"] },
        { ["schema", "extra"] },
        { ["--help"] },
        { ["no-such-command"] },
        { ["Convert", "examples/resume.md"] },
        { [] },
    };

    [Theory]
    [MemberData(nameof(CommandLines))]
    public void A_command_line_prints_and_exits_exactly_as_with_the_full_tree(string[] args)
    {
        var full = CliRunner.Run((a, env) => JsonResumeCli.RunTree(a, env, JsonResumeCli.CreateRootCommand), Repo.Root, args);
        var one = CliRunner.Run((a, env) => JsonResumeCli.RunTree(a, env, e => JsonResumeCli.CreateRootCommand(e, a)), Repo.Root, args);

        Assert.Equal(full.Transcript, one.Transcript);
    }

    [Fact]
    public void Each_command_is_built_alone_as_in_the_full_tree()
    {
        var environment = new CliEnvironment(TextWriter.Null, TextWriter.Null);
        var full = JsonResumeCli.CreateRootCommand(environment).Subcommands;

        Assert.Equal(7, full.Count);
        foreach (var command in full)
        {
            var alone = Assert.Single(JsonResumeCli.CreateRootCommand(environment, [command.Name, "--help"]).Subcommands);
            Assert.Equal((command.Name, command.Description), (alone.Name, alone.Description));
            Assert.Equal(command.Options.Select(o => o.Name), alone.Options.Select(o => o.Name));
            Assert.Equal(command.Arguments.Select(a => a.Name), alone.Arguments.Select(a => a.Name));
        }
    }
}
