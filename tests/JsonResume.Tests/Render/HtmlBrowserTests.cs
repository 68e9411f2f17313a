using System.Diagnostics;
using System.Text;
using JsonResume.Tests.Cli;
using JsonResume.Tests.Support;

namespace JsonResume.Tests.Render;

/// <summary>
/// examples/resume.html in a real headless browser (Debian's chromium at /usr/bin/chromium; .ci/run installs it when
/// it can): it loads with no console message (the page's content security policy turns any script or fetch into one),
/// and a screenshot is kept as artifacts/resume-html.png. Skips visibly when chromium is absent.
/// </summary>
public sealed class HtmlBrowserTests
{
    private const string Chromium = "/usr/bin/chromium";

    [Fact]
    public void Example_page_loads_without_console_messages_and_is_screenshotted()
    {
        SkipWithoutChromium();
        var page = Repo.File("examples", "resume.html");

        var dom = RunChromium("--enable-logging=stderr", "--v=0", "--dump-dom", new Uri(page).AbsoluteUri);

        Assert.Equal(0, dom.ExitCode);
        Assert.Contains("<h1>Mireille Okonkwo-Lindqvist</h1>", dom.Stdout, StringComparison.Ordinal);
        Assert.Contains("</main>", dom.Stdout, StringComparison.Ordinal);
        var console = ConsoleLines(dom.Stderr);
        Assert.True(console.Count == 0, "console messages:\n" + string.Join("\n", console));

        var screenshot = Repo.File("artifacts", "resume-html.png");
        Directory.CreateDirectory(Path.GetDirectoryName(screenshot)!);
        File.Delete(screenshot);
        var shot = RunChromium($"--screenshot={screenshot}", "--window-size=1024,1400", new Uri(page).AbsoluteUri);

        Assert.Equal(0, shot.ExitCode);
        var png = File.ReadAllBytes(screenshot);
        Assert.True(png.Length > 10_000 && png.AsSpan(0, 4).SequenceEqual((byte[])[0x89, 0x50, 0x4E, 0x47]),
            $"{screenshot} is not a plausible screenshot ({png.Length} bytes)");
    }

    [Fact]
    public void The_console_check_catches_a_page_that_fetches_or_runs_scripts()
    {
        SkipWithoutChromium();
        var folder = Directory.CreateTempSubdirectory("jsonresume-html-");
        try
        {
            var bad = Path.Combine(folder.FullName, "bad.html");
            File.WriteAllText(bad, """
                <!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
                <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
                <title>bad</title></head><body><img src="https://example.com/x.png" alt=""><script>console.error("x")</script></body></html>
                """);

            var run = RunChromium("--enable-logging=stderr", "--v=0", "--dump-dom", new Uri(bad).AbsoluteUri);

            Assert.NotEmpty(ConsoleLines(run.Stderr));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static void SkipWithoutChromium()
    {
        if (!File.Exists(Chromium))
        {
            Assert.Skip($"{Chromium} is absent (Debian package chromium; .ci/run installs it when apt-get can): the HTML page is not checked in a browser.");
        }
    }

    private static List<string> ConsoleLines(string stderr) =>
        stderr.Split('\n').Where(l => l.Contains(":CONSOLE", StringComparison.Ordinal)).ToList();

    private static CliRun RunChromium(params string[] args)
    {
        var profile = Directory.CreateTempSubdirectory("jsonresume-chromium-");
        try
        {
            var start = new ProcessStartInfo(Chromium)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                StandardOutputEncoding = Encoding.UTF8,
                UseShellExecute = false,
            };
            foreach (var arg in (string[])["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                         "--disable-component-update", "--disable-sync", "--no-first-run", $"--user-data-dir={profile.FullName}", .. args])
            {
                start.ArgumentList.Add(arg);
            }

            using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start chromium.");
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("chromium did not finish within two minutes.");
            }

            return new CliRun(process.ExitCode, stdout.GetAwaiter().GetResult(), stderr.GetAwaiter().GetResult());
        }
        finally
        {
            profile.Delete(recursive: true);
        }
    }
}
