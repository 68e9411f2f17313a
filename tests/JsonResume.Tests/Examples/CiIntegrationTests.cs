using System.Text.Json;
using System.Text.RegularExpressions;
using JsonResume.Tests.Cli;
using JsonResume.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace JsonResume.Tests.Examples;

/// <summary>
/// The ready-made CI pieces at the repository root: <c>.pre-commit-hooks.yaml</c> (run exactly as the pre-commit framework
/// runs a <c>system</c> hook: its entry plus the matching staged files) and <c>action.yml</c> (its steps' script, run as
/// the composite action runs it). The framework and GitHub's runner are not available here, so their contract is played.
/// </summary>
public sealed class CiIntegrationTests
{
    [Fact]
    public void The_pre_commit_hook_selects_resumes_and_runs_its_entry_on_them()
    {
        SkipWithoutBash();
        var hook = (YamlMappingNode)((YamlSequenceNode)Yaml(".pre-commit-hooks.yaml")).Children.Single();
        Assert.Equal("jsonresume-validate", Scalar(hook, "id"));
        Assert.Equal("system", Scalar(hook, "language"));
        var files = new Regex(Scalar(hook, "files"));
        Assert.Equal(
            ["resume.json", "cv/resume.json", "cv/jane.resume.json", "resume.yaml", "cv/jane.resume.yml"],
            new[] { "resume.json", "cv/resume.json", "cv/jane.resume.json", "notes.json", "resume.json.bak", "myresume.json", "resume.yaml", "cv/jane.resume.yml", "config.yaml", "myresume.yaml" }.Where(f => files.IsMatch(f)));

        using var dir = Workspace();
        File.Copy(Repo.File("examples", "resume.json"), dir.File("resume.json"));
        File.Copy(Repo.File("examples", "invalid", "trailing-comma.json"), dir.File("cv", "jane.resume.json"));
        var entry = Scalar(hook, "entry");

        var good = Bash(dir, $"{entry} resume.json");
        Assert.True(good.ExitCode == 0, good.Transcript);

        var broken = Bash(dir, $"{entry} resume.json cv/jane.resume.json");
        Assert.Equal(2, broken.ExitCode); // not JSON
        Assert.Contains("cv/jane.resume.json:4:24: error JR0001", broken.Stdout + broken.Stderr, StringComparison.Ordinal);

        File.WriteAllText(dir.File("cv", "jane.resume.json"), """{"work": [{"startDate": "June 2019"}]}""");
        var invalid = Bash(dir, $"{entry} resume.json cv/jane.resume.json");
        Assert.Equal(1, invalid.ExitCode); // JSON, but not a valid résumé
        Assert.Contains("cv/jane.resume.json:1:25: error JR1002", invalid.Stdout + invalid.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void The_action_declares_its_inputs_and_runs_its_script()
    {
        var action = (YamlMappingNode)Yaml("action.yml");
        Assert.Equal("composite", Scalar((YamlMappingNode)action["runs"], "using"));
        var inputs = ((YamlMappingNode)action["inputs"]).Children.Keys.Select(k => ((YamlScalarNode)k).Value).ToList();
        Assert.Equal(["files", "version", "source", "strict", "sarif"], inputs);
        var steps = ((YamlSequenceNode)((YamlMappingNode)action["runs"])["steps"]).Children.Cast<YamlMappingNode>().ToList();
        var runs = steps.Where(s => s.Children.ContainsKey("run")).Select(s => Scalar(s, "run")).ToList();
        Assert.Equal(
            ["bash \"$GITHUB_ACTION_PATH/build/action/jsonresume-action.sh\" install", "bash \"$GITHUB_ACTION_PATH/build/action/jsonresume-action.sh\" validate"],
            runs);
        Assert.Contains(steps, s => s.Children.ContainsKey("uses") && Scalar(s, "uses").StartsWith("github/codeql-action/upload-sarif@", StringComparison.Ordinal));
    }

    [Fact]
    public void The_action_script_annotates_findings_and_writes_sarif()
    {
        SkipWithoutBash();
        using var dir = Workspace();
        File.Copy(Repo.File("examples", "resume.json"), dir.File("cv", "a.json"));
        File.WriteAllText(dir.File("cv", "b.json"), """{"basics": {"name": "A"}, "work": [{"startDate": "June 2019"}]}""");
        var output = dir.File("github-output.txt");
        File.WriteAllText(output, "");
        var env = new Dictionary<string, string?> { ["GITHUB_OUTPUT"] = output, ["RUNNER_TEMP"] = dir.Path };

        var install = Script(dir, "install", env);
        Assert.True(install.ExitCode == 0, install.Transcript);
        Assert.Contains("Using ", install.Stdout, StringComparison.Ordinal);

        env["INPUT_FILES"] = "resume.json\n'cv/*.json'"; // a quoted glob reaches the tool unexpanded, as in a workflow
        env["INPUT_SARIF"] = "true";
        File.Copy(Repo.File("examples", "resume.json"), dir.File("resume.json"));
        var run = Script(dir, "validate", env);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("::error file=cv/b.json,line=1,col=", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("title=JR1002", run.Stdout, StringComparison.Ordinal);
        var sarifLine = Assert.Single(File.ReadAllLines(output), l => l.StartsWith("sarif-file=", StringComparison.Ordinal));
        using var sarif = JsonDocument.Parse(File.ReadAllText(sarifLine["sarif-file=".Length..]));
        Assert.Equal("2.1.0", sarif.RootElement.GetProperty("version").GetString());
        Assert.Contains("cv/b.json", sarif.RootElement.GetRawText(), StringComparison.Ordinal);

        env["INPUT_FILES"] = "cv/a.json";
        env["INPUT_SARIF"] = "false";
        var clean = Script(dir, "validate", env);
        Assert.True(clean.ExitCode == 0, clean.Transcript);
    }

    [Fact]
    public void Without_jsonresume_or_dotnet_the_install_step_fails_with_an_annotation()
    {
        SkipWithoutBash();
        using var dir = new TempFolder("jsonresume-action-");
        var run = Processes.Run("/bin/bash", [Repo.File("build", "action", "jsonresume-action.sh"), "install"], dir.Path,
            new Dictionary<string, string?> { ["PATH"] = dir.Path, ["RUNNER_TEMP"] = dir.Path });
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("::error title=jsonresume::Neither jsonresume nor dotnet is on the PATH", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void README_shows_how_to_use_both()
    {
        var readme = File.ReadAllText(Repo.File("README.md"));
        Assert.Contains("uses: ", readme, StringComparison.Ordinal);
        Assert.Contains("id: jsonresume-validate", readme, StringComparison.Ordinal);
        Assert.Contains("[`action.yml`](action.yml)", readme, StringComparison.Ordinal);
        Assert.Contains("[`.pre-commit-hooks.yaml`](.pre-commit-hooks.yaml)", readme, StringComparison.Ordinal);
    }

    /// <summary>A folder with a <c>bin/jsonresume</c> that runs the CLI these tests built, and a <c>cv/</c> folder.</summary>
    private static TempFolder Workspace()
    {
        var dir = new TempFolder("jsonresume-ci-");
        Directory.CreateDirectory(dir.File("bin"));
        Directory.CreateDirectory(dir.File("cv"));
        File.WriteAllText(dir.File("bin", "jsonresume"), $"#!/bin/sh\nexec '{Processes.DotnetHost}' '{CliRunner.Dll}' \"$@\"\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(dir.File("bin", "jsonresume"), (UnixFileMode)0b111_101_101);
        }
        return dir;
    }

    private static ProcessRun Bash(TempFolder dir, string command) =>
        Processes.Run("/bin/bash", ["-c", command], dir.Path, PathWith(dir));

    private static ProcessRun Script(TempFolder dir, string step, Dictionary<string, string?> env)
    {
        var all = PathWith(dir);
        foreach (var (key, value) in env)
        {
            all[key] = value;
        }

        return Processes.Run("/bin/bash", [Repo.File("build", "action", "jsonresume-action.sh"), step], dir.Path, all);
    }

    private static Dictionary<string, string?> PathWith(TempFolder dir) =>
        new() { ["PATH"] = dir.File("bin") + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH") };

    private static YamlNode Yaml(string file)
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(Repo.File(file));
        stream.Load(reader);
        return stream.Documents.Single().RootNode;
    }

    private static string Scalar(YamlMappingNode node, string key) => ((YamlScalarNode)node[key]).Value!;

    private static void SkipWithoutBash()
    {
        if (OperatingSystem.IsWindows() || !File.Exists("/bin/bash"))
        {
            Assert.Skip("The hook entry and the action's script run under bash.");
        }
    }
}
