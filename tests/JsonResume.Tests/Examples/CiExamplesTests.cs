using JsonResume.Tests.Cli;
using JsonResume.Tests.Support;

namespace JsonResume.Tests.Examples;

/// <summary>The CI examples in examples/ci: the git pre-commit hook runs for real; the workflows call the tool as documented.</summary>
public sealed class CiExamplesTests
{
    [Fact]
    public void The_pre_commit_hook_checks_the_staged_resume()
    {
        if (OperatingSystem.IsWindows() || !File.Exists("/bin/bash"))
        {
            Assert.Skip("The hook is a bash script.");
        }

        using var repo = new TempFolder("jsonresume-hook-");
        Git(repo.Path, "init", "-q");
        Directory.CreateDirectory(repo.File("bin"));
        Directory.CreateDirectory(repo.File("cv"));
        // jsonresume on the PATH: the CLI these tests built.
        File.WriteAllText(repo.File("bin", "jsonresume"), $"#!/bin/sh\nexec '{Processes.DotnetHost}' '{CliRunner.Dll}' \"$@\"\n");
        MakeExecutable(repo.File("bin", "jsonresume"));
        var hook = repo.File(".git", "hooks", "pre-commit");
        File.Copy(Repo.File("examples", "ci", "pre-commit"), hook);
        MakeExecutable(hook);

        File.Copy(Repo.File("examples", "resume.json"), repo.File("cv", "resume.json"));
        Git(repo.Path, "add", "cv");
        var good = Commit(repo);
        Assert.True(good.ExitCode == 0, good.Transcript);

        File.Copy(Repo.File("examples", "invalid", "trailing-comma.json"), repo.File("cv", "resume.json"), overwrite: true);
        Git(repo.Path, "add", "cv");
        File.Copy(Repo.File("examples", "resume.json"), repo.File("cv", "resume.json"), overwrite: true); // only the staged copy is broken
        var bad = Commit(repo);
        Assert.Equal(1, bad.ExitCode);
        Assert.Contains("cv/resume.json:4:24: error JR0001", bad.Stderr + bad.Stdout);

        File.WriteAllText(repo.File("notes.json"), "{ not a résumé");
        Git(repo.Path, "add", "-A");
        var fixedAgain = Commit(repo);
        Assert.True(fixedAgain.ExitCode == 0, fixedAgain.Transcript); // notes.json is not a résumé: not checked
    }

    [Theory]
    [InlineData("github-actions.yml", "--format github")]
    [InlineData("github-actions.yml", "--format sarif")]
    [InlineData("github-actions.yml", "dotnet tool install")]
    [InlineData("gitlab-ci.yml", "dotnet tool install")]
    [InlineData("gitlab-ci.yml", "jsonresume validate")]
    [InlineData("pre-commit-config.yaml", "entry: jsonresume validate")]
    public void The_workflows_install_and_call_the_tool(string file, string expected)
    {
        var text = File.ReadAllText(Repo.File("examples", "ci", file));
        Assert.Contains(expected, text, StringComparison.Ordinal);
        Assert.Contains($"examples/ci/{file}", File.ReadAllText(Repo.File("README.md")), StringComparison.Ordinal);
    }

    private static ProcessRun Commit(TempFolder repo) =>
        Processes.Run("git", ["-c", "user.name=Test", "-c", "user.email=test@example.com", "commit", "-q", "-m", "change"], repo.Path,
            new Dictionary<string, string?> { ["PATH"] = repo.File("bin") + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH") });

    private static void MakeExecutable(string path)
    {
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, (UnixFileMode)0b111_101_101);
        }
    }

    private static void Git(string dir, params string[] args)
    {
        var run = Processes.Run("git", args, dir);
        Assert.True(run.ExitCode == 0, run.Transcript);
    }
}
