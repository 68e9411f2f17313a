using BenchmarkDotNet.Attributes;
using JsonResume.Json;
using JsonResume.Model;
using JsonResume.Render;

namespace JsonResume.Benchmarks;

/// <summary>
/// Rendering the official sample (<c>examples/resume.json</c>, read once) in each format: one operation is one whole
/// document, so Op/s is documents per second on one core (issue 11 item 4: at least 40,000 per format).
/// </summary>
[MemoryDiagnoser]
public class RenderBenchmarks
{
    private Resume resume = new();

    /// <summary>The document rendered.</summary>
    public static string Source => Path.Combine(Repository.Root(), "examples", "resume.json");

    /// <summary>Reads the sample.</summary>
    [GlobalSetup]
    public void Setup() => resume = ResumeJson.Read(File.ReadAllBytes(Source)).Resume!;

    /// <summary>Markdown.</summary>
    /// <returns>Its length.</returns>
    [Benchmark]
    public int Markdown() => ResumeRenderer.ToMarkdown(resume).Length;

    /// <summary>Plain text.</summary>
    /// <returns>Its length.</returns>
    [Benchmark]
    public int Text() => ResumeRenderer.ToText(resume).Length;

    /// <summary>The HTML page.</summary>
    /// <returns>Its length.</returns>
    [Benchmark]
    public int Html() => ResumeRenderer.ToHtml(resume).Length;
}
