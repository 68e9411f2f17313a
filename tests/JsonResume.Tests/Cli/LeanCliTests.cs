using JsonResume.Cli;
using JsonResume.Tests.Support;
using JsonResume.Validation;

namespace JsonResume.Tests.Cli;

/// <summary>
/// The native front executable's command line (<see cref="LeanCli"/>): it must look and behave exactly like the full
/// tool for what it runs itself, list every command, and hand the others to its companion. Running the real pair of
/// native binaries (the companion replaces the process) is build/check-aot.sh's part.
/// </summary>
public sealed class LeanCliTests
{
    private const string NoCompanion = "/nonexistent/folder/jsonresume-full";

    public static TheoryData<string[]> SameOutput => new()
    {
        { ["--help"] },
        { ["--version"] },
        { ["validate", "--help"] },
        { ["validate", "examples/resume.json"] },
        { ["validate", "examples/resume.json", "examples/invalid/bad-dates.json", "examples/invalid/trailing-comma.json"] },
        { ["validate", "examples/invalid/*.json", "examples/no-such-file.json", "examples/no-match-*.json"] },
        { ["validate", "--quiet", "examples/invalid/bad-dates.json"] },
        { ["validate", "--format", "sarif", "examples/invalid/old-field-names.json"] },
        { ["validate", "--format", "json", "--ignore", "JR1101", "examples/invalid/bad-contact.json"] },
        { ["validate", "--no-such-option", "examples/resume.json"] },
        { ["schema"] },
        { ["init", "-"] },
        { ["no-such-command"] },
        { [] },
    };

    [Theory]
    [MemberData(nameof(SameOutput))]
    public void What_it_runs_itself_prints_and_exits_exactly_as_the_full_tool(string[] args)
    {
        var full = CliRunner.Run(JsonResumeCli.Run, Repo.Root, args);
        var lean = CliRunner.Run((a, env) => LeanCli.Run(a, env, () => NoCompanion), Repo.Root, args);

        Assert.Equal(full.Transcript, lean.Transcript);
    }

    [Fact]
    public void It_lists_every_command_of_the_full_tool_in_the_same_order_with_the_same_description()
    {
        var environment = new CliEnvironment(TextWriter.Null, TextWriter.Null);
        var full = JsonResumeCli.CreateRootCommand(environment).Subcommands;
        var lean = LeanCli.CreateRootCommand(environment, () => NoCompanion, LeanCli.FrontValidateScope([], environment, () => NoCompanion)).Subcommands;

        Assert.Equal(full.Select(c => (c.Name, c.Description)), lean.Select(c => (c.Name, c.Description)));
        // The stand-ins (which take any tokens, to hand them over) are exactly the companion's commands.
        Assert.Equal(LeanCli.CompanionCommands, lean.Where(c => !c.TreatUnmatchedTokensAsErrors).Select(c => c.Name));
        Assert.All(full, c => Assert.True(c.TreatUnmatchedTokensAsErrors, c.Name));
    }

    [Theory]
    [InlineData(true, "render", "examples/resume.json")]
    [InlineData(true, "convert", "examples/resume.md")]
    [InlineData(true, "roundtrip")]
    [InlineData(true, "migrate", "--help")]
    [InlineData(false, "validate", "render")]
    [InlineData(false, "--help", "render")]
    [InlineData(false, "Render")]
    [InlineData(false)]
    public void It_hands_over_a_command_line_whose_first_argument_is_a_companion_command(bool handsOver, params string[] args) =>
        Assert.Equal(handsOver, LeanCli.HandsOver(args));

    [Theory]
    [InlineData("validate", "examples/resume.yaml")]
    [InlineData("validate", "examples/resume.json", "examples/invalid/bad-dates.yaml")]
    [InlineData("validate", "--format", "json", "examples/resume.json", "examples/*.yaml")]
    [InlineData("validate", "-")]
    [InlineData("validate", "examples/resume.json", "README.md")]
    [InlineData("validate", "examples/ci/pre-commit")]
    public void Validate_hands_a_command_line_with_an_input_not_named_json_to_the_companion_before_reading_or_writing(params string[] args)
    {
        string[]? handed = null;
        var read = false;
        var run = CliRunner.Run((a, env) =>
        {
            var scope = new JsonResume.Cli.Commands.ValidateScope(ResumeValidator.ValidateJson, () =>
            {
                handed = a;
                return 42;
            });
            var watched = new CliEnvironment(env.Output, env.Error)
            {
                CurrentDirectory = env.CurrentDirectory,
                OpenInput = () =>
                {
                    read = true;
                    return Stream.Null;
                },
            };
            return JsonResumeCli.Run(a, watched, e => LeanCli.CreateRootCommand(e, () => NoCompanion, scope), scope);
        }, Repo.Root, args);

        Assert.Equal((42, "", ""), (run.ExitCode, run.Stdout, run.Stderr));
        Assert.Equal(args, handed);
        Assert.False(read);
    }

    [Fact]
    public void Without_its_companion_validate_of_yaml_is_a_clear_error()
    {
        var run = CliRunner.Run((a, env) => LeanCli.Run(a, env, () => NoCompanion), Repo.Root, ["validate", "examples/resume.yaml"]);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Stdout);
        Assert.StartsWith($"jsonresume: error: {LeanCli.ValidateElsewhere} is run by jsonresume-full, which is not beside this binary", run.Stderr);
        Assert.Contains("YAML, standard input or a file not named .json", run.Stderr);
    }

    [Fact]
    public void Without_its_companion_a_companion_command_is_a_clear_error()
    {
        var run = CliRunner.Run((a, env) => LeanCli.Run(a, env, () => NoCompanion), Repo.Root, ["render", "examples/resume.json"]);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Stdout);
        Assert.Equal(
            $"jsonresume: error: 'jsonresume render' is run by jsonresume-full, which is not beside this binary (looked for {NoCompanion}); "
            + "install both files of the native package, or use the .NET tool (dotnet tool install -g JsonResume.Cli)\n",
            run.Stderr);
    }

    [Fact]
    public void The_companion_is_looked_for_beside_the_running_executable()
    {
        var path = Companion.Locate();

        Assert.Equal(Companion.FileName + (OperatingSystem.IsWindows() ? ".exe" : ""), Path.GetFileName(path));
        Assert.Equal(
            Path.GetDirectoryName(File.ResolveLinkTarget(Environment.ProcessPath!, true)?.FullName ?? Environment.ProcessPath),
            Path.GetDirectoryName(path));
    }
}
