using System.Diagnostics;
using System.Text.Json;
using JsonResume.Import;
using JsonResume.Json;
using JsonResume.Tests.Support;

namespace JsonResume.Tests.Import;

/// <summary>
/// Conversion quality against hand-made answers, scored by ../shared/tools/resume-score (field-level F1): seed 000
/// and seed 003 at least 0.95, seed 003 with comments at least 0.90, and the real pairs' Markdown at least 0.90 and
/// plain text at least 0.85 on average (scored with --reachable), and the hand-written résumés at the level reached so far.
/// Skips visibly without ../shared or python3.
/// </summary>
[LongRunning(19)]
public sealed class ConversionQualityTests
{
    [Fact]
    public void Seeds_meet_their_bars()
    {
        var seeds = Repo.SharedOrSkip("seeds");
        var gold = Repo.SharedOrSkip("gold");
        var scores = new Dictionary<string, double>
        {
            ["seed 000"] = Score(Path.Combine(gold, "000_b336ce54dbba75c4.resume.json"), Path.Combine(seeds, "000_b336ce54dbba75c4.txt"), includeComments: false, reachable: false),
            ["seed 003"] = Score(Path.Combine(gold, "003_d1a01323e53822e2.resume.json"), Path.Combine(seeds, "003_d1a01323e53822e2.txt"), includeComments: false, reachable: false),
            ["seed 003 with comments"] = Score(Path.Combine(gold, "003_d1a01323e53822e2.with-comments.resume.json"), Path.Combine(seeds, "003_d1a01323e53822e2.txt"), includeComments: true, reachable: false),
        };
        var report = string.Join(", ", scores.Select(s => $"{s.Key} {s.Value:F3}"));
        Assert.True(scores["seed 000"] >= 0.95, report);
        Assert.True(scores["seed 003"] >= 0.95, report);
        Assert.True(scores["seed 003 with comments"] >= 0.90, report);
    }

    [Theory]
    [InlineData("md", 0.90)]
    [InlineData("txt", 0.85)]
    public void Pairs_meet_their_mean_bar(string extension, double bar)
    {
        var pairs = Repo.SharedOrSkip("corpus", "pairs");
        var scores = new List<(string Name, double F1)>();
        foreach (var dir in Directory.GetDirectories(pairs).Order(StringComparer.Ordinal))
        {
            var document = Path.Combine(dir, "resume." + extension);
            if (File.Exists(document))
            {
                scores.Add((Path.GetFileName(dir), Score(Path.Combine(dir, "resume.json"), document, includeComments: false, reachable: true)));
            }
        }

        Assert.NotEmpty(scores);
        var mean = scores.Average(s => s.F1);
        Assert.True(mean >= bar, $"mean F1 {mean:F3} < {bar} for .{extension}: {string.Join(", ", scores.Select(s => $"{s.Name} {s.F1:F3}"))}");
    }

    /// <summary>
    /// The real hand-written résumés of ../shared/corpus/handwritten (hand-made golds, not --reachable). The bars are
    /// issue 10's 0.85, reached (docs/conversion-quality.md); they only go up.
    /// </summary>
    [Theory]
    [InlineData("md", 0.85)]
    [InlineData("txt", 0.85)]
    public void Handwritten_documents_meet_their_mean_bar(string kind, double bar)
    {
        var docs = Repo.SharedOrSkip("corpus", "handwritten", "docs");
        var gold = Repo.SharedOrSkip("corpus", "handwritten", "gold");
        var scores = new List<(string Name, double F1)>();
        foreach (var document in Directory.GetFiles(docs).Order(StringComparer.Ordinal))
        {
            var isMarkdown = Path.GetExtension(document) == ".md";
            if (isMarkdown == (kind == "md"))
            {
                var stem = Path.GetFileNameWithoutExtension(document);
                scores.Add((stem, Score(Path.Combine(gold, stem + ".resume.json"), document, includeComments: false, reachable: false)));
            }
        }

        Assert.NotEmpty(scores);
        var mean = scores.Average(s => s.F1);
        Assert.True(mean >= bar, $"mean F1 {mean:F3} < {bar} for hand-written {kind}: {string.Join(", ", scores.Select(s => $"{s.Name} {s.F1:F3}"))}");
        var weak = scores.Where(s => s.F1 < MinDocumentF1).ToList();
        Assert.True(weak.Count == 0, $"hand-written {kind} documents below {MinDocumentF1}: {string.Join(", ", weak.Select(s => $"{s.Name} {s.F1:F3}"))}");
    }

    /// <summary>Issue 10: no single hand-written document below this F1.</summary>
    private const double MinDocumentF1 = 0.50;

    private static double Score(string goldPath, string documentPath, bool includeComments, bool reachable)
    {
        var scorer = Repo.SharedOrSkip("tools", "resume-score");
        var result = ResumeImporter.Import(File.ReadAllText(documentPath), new ImportOptions { IncludeComments = includeComments });
        var predicted = Path.Combine(Path.GetTempPath(), $"jsonresume-quality-{Guid.NewGuid():N}.json");
        File.WriteAllText(predicted, ResumeJson.Write(result.Resume));
        try
        {
            var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var argument in new[] { scorer, goldPath, predicted, "--json" }.Concat(reachable ? ["--reachable", documentPath] : []))
            {
                start.ArgumentList.Add(argument);
            }

            Process process;
            try
            {
                process = Process.Start(start) ?? throw new InvalidOperationException("python3 did not start");
            }
            catch (System.ComponentModel.Win32Exception)
            {
                Assert.Skip("python3 is not installed; the scorer in ../shared/tools/resume-score needs it.");
                throw;
            }

            using (process)
            {
                var output = process.StandardOutput.ReadToEnd();
                var error = process.StandardError.ReadToEnd();
                process.WaitForExit();
                Assert.True(process.ExitCode == 0, $"resume-score failed: {error}");
                using var json = JsonDocument.Parse(output);
                return json.RootElement.GetProperty("f1").GetDouble();
            }
        }
        finally
        {
            File.Delete(predicted);
        }
    }
}
