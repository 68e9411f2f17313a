using System.Text;
using JsonResume.Tests.Support;

namespace JsonResume.Tests.Cli;

/// <summary>
/// Golden files for the CLI: every <c>Golden/NAME.cmd</c> is a case (its first line holds the arguments, an optional
/// <c>&lt; FILE</c> line feeds FILE to standard input, <c>#</c> lines are comments). The CLI runs in-process (help
/// as a real process) in the Golden folder, and its transcript (standard output, then <c>[stderr]</c> lines, then <c>[exit N]</c>) must equal
/// <c>NAME.expected</c> (compared by <see cref="Golden"/>: <c>NAME.expected.actual</c> on a mismatch,
/// <c>UPDATE_GOLDEN=1</c> rewrites).
/// </summary>
public sealed class GoldenTests
{
    private static string GoldenDir => Repo.File("tests", "JsonResume.Tests", "Cli", "Golden");

    /// <summary>Every case in the Golden folder.</summary>
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(GoldenDir, "*.cmd").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileNameWithoutExtension(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Cli_output_matches_the_golden_file(string name)
    {
        var (args, stdin) = ReadCase(Path.Combine(GoldenDir, name + ".cmd"));
        // Help names the program as its process was started (System.CommandLine's RootCommand.ExecutableName): only
        // the real process shows what users see. Everything else runs in-process.
        var run = args.Contains("--help") ? CliRunner.RunProcess(GoldenDir, args, stdin) : CliRunner.Run(GoldenDir, args, stdin);

        Golden.AssertMatches(Path.Combine(GoldenDir, name + ".expected"), Normalise(Transcript(run)));
    }

    private static (string[] Args, byte[]? Stdin) ReadCase(string path)
    {
        var lines = File.ReadAllLines(path).Where(l => !l.StartsWith('#')).ToList();
        var args = lines.Count == 0 ? [] : lines[0].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var stdinLine = lines.Skip(1).FirstOrDefault(l => l.StartsWith("< ", StringComparison.Ordinal));
        var stdin = stdinLine is null ? null : File.ReadAllBytes(Path.Combine(GoldenDir, stdinLine[2..].Trim()));
        return (args, stdin);
    }

    private static string Transcript(CliRun run)
    {
        var text = new StringBuilder(run.Stdout.ReplaceLineEndings("\n"));
        foreach (var line in run.Stderr.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            text.Append("[stderr] ").Append(line).Append('\n');
        }

        text.Append("[exit ").Append(run.ExitCode).Append("]\n");
        return text.ToString();
    }

    /// <summary>
    /// Replaces the tool's own version (from Directory.Build.props) and the address of the rules page (set at build time,
    /// see JsonResume.Cli.csproj) so that a version bump or a published home does not touch golden files.
    /// </summary>
    private static string Normalise(string transcript)
    {
        transcript = transcript.Replace(JsonResume.Cli.ToolInfo.RulesDocumentationUri.AbsoluteUri + "#", "$(RulesDocumentationUrl)#", StringComparison.Ordinal);
        var props = File.ReadAllText(Repo.File("Directory.Build.props"));
        var start = props.IndexOf("<Version>", StringComparison.Ordinal);
        if (start < 0)
        {
            return transcript;
        }

        start += "<Version>".Length;
        var version = props[start..props.IndexOf("</Version>", start, StringComparison.Ordinal)];
        return transcript.Replace($"\"version\": \"{version}\"", "\"version\": \"$(Version)\"", StringComparison.Ordinal);
    }
}
