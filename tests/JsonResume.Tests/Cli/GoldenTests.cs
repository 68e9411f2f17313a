using System.Text;
using JsonResume.Tests.Support;

namespace JsonResume.Tests.Cli;

/// <summary>
/// Golden files for the CLI: every <c>Golden/NAME.cmd</c> is a case (its first line holds the arguments, an optional
/// <c>&lt; FILE</c> line feeds FILE to standard input, <c>#</c> lines are comments). The real CLI runs in the Golden
/// folder, and its transcript (standard output, then <c>[stderr]</c> lines, then <c>[exit N]</c>) must equal
/// <c>NAME.expected</c>. On a mismatch <c>NAME.actual</c> is written beside it; <c>UPDATE_GOLDEN=1</c> rewrites the
/// expected files instead.
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
        var run = CliRunner.Run(GoldenDir, args, stdin);
        var actual = Normalise(Transcript(run));

        var expectedPath = Path.Combine(GoldenDir, name + ".expected");
        var actualPath = Path.Combine(GoldenDir, name + ".actual");
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(expectedPath, actual, new UTF8Encoding(false));
            File.Delete(actualPath);
            return;
        }

        var expected = File.Exists(expectedPath) ? File.ReadAllText(expectedPath).ReplaceLineEndings("\n") : null;
        if (expected == actual)
        {
            File.Delete(actualPath);
            return;
        }

        File.WriteAllText(actualPath, actual, new UTF8Encoding(false));
        Assert.Fail(expected is null
            ? $"{name}.expected is missing; wrote {actualPath}. Review it and run with UPDATE_GOLDEN=1 to accept it."
            : $"{name}: output differs from {name}.expected (wrote {name}.actual; run with UPDATE_GOLDEN=1 to accept).\n{FirstDifference(expected, actual)}");
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

    /// <summary>Replaces the tool's own version (from Directory.Build.props) so that a version bump does not touch golden files.</summary>
    private static string Normalise(string transcript)
    {
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

    private static string FirstDifference(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        for (var i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            var el = i < e.Length ? e[i] : "<end of file>";
            var al = i < a.Length ? a[i] : "<end of file>";
            if (el != al)
            {
                return $"first difference at line {i + 1}:\n- expected: {el}\n+ actual:   {al}";
            }
        }

        return "(they differ only in line endings)";
    }
}
