using BenchmarkDotNet.Attributes;
using JsonResume.Validation;

namespace JsonResume.Benchmarks;

/// <summary>
/// Validation of real résumés, most of them with findings, so the report path (JSON Pointers, messages, line:column of
/// every finding) is measured and not only the valid path: the 35 files of <c>../shared/corpus/json</c> (issue 11 compares
/// this set with ajv in process), and the hand-written corpus's gold JSON (<c>../shared/corpus/handwritten/gold</c>). One
/// operation is the whole set. Without <c>../shared</c> the fictional <c>examples/invalid/*.json</c> stand in, so the
/// benchmark still runs.
/// </summary>
[MemoryDiagnoser]
public class CorpusValidateBenchmarks
{
    private byte[][] corpus = [];
    private byte[][] golds = [];

    /// <summary>Loads both sets.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var root = ValidateBenchmarks.FindRoot();
        corpus = Load(Path.Combine(root, "..", "shared", "corpus", "json"), root);
        golds = Load(Path.Combine(root, "..", "shared", "corpus", "handwritten", "gold"), root);
        var findings = corpus.Sum(f => ResumeValidator.Validate(f).Diagnostics.Count);
        Console.WriteLine($"// corpus: {corpus.Length} files, {corpus.Sum(f => f.Length):N0} bytes, {findings} findings; golds: {golds.Length} files");
    }

    /// <summary>Every file of <c>../shared/corpus/json</c>, validated with its full report.</summary>
    /// <returns>The number of findings.</returns>
    [Benchmark(Baseline = true)]
    public int Corpus() => ValidateAll(corpus);

    /// <summary>Every gold JSON of the hand-written corpus.</summary>
    /// <returns>The number of findings.</returns>
    [Benchmark]
    public int HandwrittenGolds() => ValidateAll(golds);

    internal static int ValidateAll(byte[][] files)
    {
        var findings = 0;
        foreach (var file in files)
        {
            findings += ResumeValidator.Validate(file).Diagnostics.Count;
        }

        return findings;
    }

    internal byte[][] CorpusFiles => corpus;

    private static byte[][] Load(string folder, string root)
    {
        if (!Directory.Exists(folder))
        {
            folder = Path.Combine(root, "examples", "invalid");
        }

        return [.. Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal).Select(File.ReadAllBytes)];
    }
}
