using BenchmarkDotNet.Attributes;
using JsonResume.Import.Recognition;

namespace JsonResume.Benchmarks;

/// <summary>
/// The date recogniser over every line of the hand-written corpus (<c>../shared/corpus/handwritten/docs</c>), or over
/// a small built-in set of date lines in eleven languages when the corpus is absent. One operation is one pass over
/// all the lines; the result is reported per KB with the corpus size printed by <see cref="Setup"/>.
/// </summary>
[MemoryDiagnoser]
public class DateRecognizerBenchmarks
{
    private static readonly string[] Fallback =
    [
        "Senior Developer, Acme (2019-04 — Present)", "Mai 2019 – heute", "set. de 2019 - atual", "июль 2012 – настоящее время",
        "2019年5月 – 至今", "09.2017 - 09.2022", "Summer 2006", "Led the migration of 300 services to a queue", "lipiec 2019 – obecnie",
        "janvier 2015 à juin 2018", "May '19 – Aug '21", "+44 (0)7400 123456", "Bachelor of Science in Biology, 2015",
    ];

    private string[] lines = [];

    /// <summary>Loads the lines.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var docs = Path.Combine(ValidateBenchmarks.FindRoot(), "..", "shared", "corpus", "handwritten", "docs");
        lines = Directory.Exists(docs)
            ? [.. Directory.EnumerateFiles(docs).Order(StringComparer.Ordinal).SelectMany(f => File.ReadAllLines(f))]
            : Fallback;
        Console.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"// {lines.Length} lines, {lines.Sum(l => l.Length + 1) / 1024.0:F1} KB ({(Directory.Exists(docs) ? docs : "built-in lines")})"));
    }

    /// <summary>Every date and range of every line, as the converter asks for them.</summary>
    [Benchmark]
    public int FindAll()
    {
        var count = 0;
        foreach (var line in lines)
        {
            count += DateRecognizer.Default.FindAll(line).Count;
        }

        return count;
    }
}
