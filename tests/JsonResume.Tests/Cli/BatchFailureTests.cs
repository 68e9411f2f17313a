using System.Text.Json;
using JsonResume.Cli.Common;
using JsonResume.Tests.Support;

namespace JsonResume.Tests.Cli;

/// <summary>
/// A batch where the library throws for one file still reports every other file, in every format, with one or many
/// jobs; the failure is reported for its file with the exception's own type and message (never "AggregateException").
/// </summary>
public sealed class BatchFailureTests
{
    /// <summary>An escape that is legal JSON but no Unicode (a lone surrogate): it has made the library throw.</summary>
    private const string LoneSurrogate = "{\"basics\":{\"name\":\"A\",\"email\":\"x\\udc00@b.co\"}}";

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    public void A_throwing_input_fails_alone_and_in_order(int jobs)
    {
        var sources = Enumerable.Range(0, 9).Select(i => new InputSource($"f{i}.json", $"/f{i}.json")).ToList();

        var results = BatchRunner.Run(
            sources,
            s => s.DisplayPath == "f4.json" ? throw new InvalidOperationException("no Unicode") : "checked " + s.DisplayPath,
            (s, ex) => $"failed {s.DisplayPath}: {CliMessages.UnexpectedFailure(ex, debug: false)}",
            jobs);

        Assert.Equal(sources.Select(s => s.DisplayPath == "f4.json"
            ? "failed f4.json: unexpected failure (InvalidOperationException): no Unicode (set JSONRESUME_DEBUG=1 for details)"
            : "checked " + s.DisplayPath), results);
    }

    [Theory]
    [InlineData("json", "1")]
    [InlineData("json", "4")]
    [InlineData("sarif", "4")]
    [InlineData("text", "4")]
    public void Every_file_of_a_batch_is_reported_whatever_one_of_them_does(string format, string jobs)
    {
        using var dir = new TempFolder();
        File.WriteAllText(dir.File("surrogate.json"), LoneSurrogate);
        string[] files = ["a.json", "b.json", "surrogate.json", "c.json", "d.json"];
        foreach (var name in files.Where(n => n != "surrogate.json"))
        {
            File.Copy(Repo.File("examples", "resume.json"), dir.File(name));
        }

        var run = CliRunner.Run(dir.Path, ["validate", "--format", format, "--jobs", jobs, .. files]);

        Assert.DoesNotContain("AggregateException", run.Stdout + run.Stderr, StringComparison.Ordinal);
        Assert.Equal("", run.Stderr);
        switch (format)
        {
            case "json":
                using (var report = JsonDocument.Parse(run.Stdout))
                {
                    var paths = report.RootElement.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("path").GetString());
                    Assert.Equal(files, paths);
                    Assert.Equal(run.ExitCode, report.RootElement.GetProperty("summary").GetProperty("exitCode").GetInt32());
                }

                break;
            case "sarif":
                using (var sarif = JsonDocument.Parse(run.Stdout))
                {
                    Assert.Equal("2.1.0", sarif.RootElement.GetProperty("version").GetString());
                }

                break;
            default:
                foreach (var name in files)
                {
                    Assert.Contains($"\n{name}: ", "\n" + run.Stdout, StringComparison.Ordinal);
                }

                break;
        }
    }
}
