using System.Diagnostics;
using System.Text;
using JsonResume.Json;
using JsonResume.Render;
using JsonResume.Tests.Support;

namespace JsonResume.Tests.Cli;

/// <summary>
/// The real process killed with SIGKILL at many points of a large <c>render -o</c>: the target always holds either its
/// old content or the whole new one, never part of it, and the temporary files of killed runs never pile up (the next
/// write of the same target removes them).
/// </summary>
[LongRunning(8)]
public sealed class KillWhileWritingTests
{
    private const int Kills = 12;
    private const string Old = "the old content\n";

    [Fact]
    public void A_killed_render_never_leaves_a_half_written_target_nor_a_pile_of_temporary_files()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Skip("SIGKILL is a Unix signal.");
        }

        using var dir = new TempFolder();
        var json = LargeResume(entries: 3000);
        File.WriteAllText(dir.File("big.json"), json);
        var expected = ResumeRenderer.ToHtml(ResumeJson.Read(Encoding.UTF8.GetBytes(json)).Resume!);
        string[] args = ["render", "big.json", "--to", "html", "-o", "out.html", "--force"];

        var clock = Stopwatch.StartNew();
        var full = CliRunner.RunProcess(dir.Path, args);
        var duration = clock.Elapsed;
        Assert.True(full.ExitCode == 0, full.Transcript);
        Assert.Equal(expected, File.ReadAllText(dir.File("out.html")));

        File.WriteAllText(dir.File("out.html"), Old);
        var outcomes = new List<string>();
        for (var i = 1; i <= Kills; i++)
        {
            using (var process = Process.Start(CliRunner.StartInfo(dir.Path, args))!)
            {
                process.StandardInput.Close();
                Thread.Sleep(duration * i / Kills);
                if (!process.HasExited)
                {
                    process.Kill(); // SIGKILL
                }

                process.WaitForExit();
            }

            var content = File.ReadAllText(dir.File("out.html"));
            Assert.True(content == Old || content == expected, $"kill {i}: the target holds {content.Length} characters, neither the old content nor the new one");
            outcomes.Add(content == Old ? "old" : "new");
            Assert.True(Temporary(dir).Count <= 1, $"kill {i}: temporary files pile up: {string.Join(", ", Temporary(dir))}");
            File.WriteAllText(dir.File("out.html"), Old);
        }

        var last = CliRunner.RunProcess(dir.Path, args);
        Assert.True(last.ExitCode == 0, last.Transcript);
        Assert.Equal(expected, File.ReadAllText(dir.File("out.html")));
        Assert.Empty(Temporary(dir));
        Assert.Contains("old", outcomes); // some kills came before the rename: the test exercised what it claims
    }

    private static List<string> Temporary(TempFolder dir) =>
        [.. dir.FileNames().Where(n => n.StartsWith(".out.html.jsonresume-", StringComparison.Ordinal) && n.EndsWith(".tmp", StringComparison.Ordinal))];

    private static string LargeResume(int entries)
    {
        var text = new StringBuilder("{\"basics\":{\"name\":\"Ada Example\",\"label\":\"Engineer\"},\"work\":[");
        for (var i = 0; i < entries; i++)
        {
            text.Append(i == 0 ? "" : ",")
                .Append("{\"name\":\"Company ").Append(i).Append("\",\"position\":\"Engineer\",\"startDate\":\"2019-04\",\"summary\":\"")
                .Append(string.Join(' ', Enumerable.Repeat("Built and ran systems that people used every day.", 30)))
                .Append("\",\"highlights\":[\"Shipped\",\"Measured\",\"Improved\"]}");
        }

        return text.Append("]}").ToString();
    }
}
