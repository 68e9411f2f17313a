using System.Text;
using BenchmarkDotNet.Attributes;
using JsonResume.Import;

namespace JsonResume.Benchmarks;

/// <summary>
/// The converter (<see cref="ResumeImporter.Import"/>) in process. <c>HandwrittenCorpus</c> converts every document of
/// <c>../shared/corpus/handwritten/docs</c> once (or the repository's <c>examples/handwritten</c> when <c>../shared</c>
/// is absent); divide its mean by <see cref="CorpusKilobytes"/> (printed at set-up) for µs per KB. <c>Synthetic</c>
/// converts generated inputs of <see cref="Kilobytes"/> KB in each <see cref="Shape"/>, so the time of 1,000 KB over
/// 10 KB shows whether the converter is linear (target ≤ 100×), and the allocation column its memory.
/// </summary>
[MemoryDiagnoser]
public class ConvertBenchmarks
{
    private string[] corpus = [];
    private string synthetic = "";

    /// <summary>Total size of the corpus, in KB of UTF-8.</summary>
    public static double CorpusKilobytes { get; private set; }

    /// <summary>Size of the generated input.</summary>
    [Params(10, 1000)]
    public int Kilobytes { get; set; }

    /// <summary>Shape of the generated input (the pathological inputs of issue 13 among them).</summary>
    [ParamsAllValues]
    public ConvertInputShape Shape { get; set; }

    /// <summary>Loads the corpus and generates the input.</summary>
    [GlobalSetup]
    public void Setup()
    {
        corpus = LoadCorpus();
        CorpusKilobytes = corpus.Sum(d => Encoding.UTF8.GetByteCount(d)) / 1024.0;
        Console.WriteLine($"// corpus: {corpus.Length} documents, {CorpusKilobytes:F1} KB");
        synthetic = Generate(Shape, Kilobytes * 1024);
    }

    /// <summary>Converts the whole hand-written corpus once.</summary>
    /// <returns>A value the JIT cannot drop.</returns>
    [Benchmark]
    public int HandwrittenCorpus()
    {
        var n = 0;
        foreach (var doc in corpus)
        {
            n += ResumeImporter.Import(doc).Lines.Count;
        }

        return n;
    }

    /// <summary>Converts the generated input.</summary>
    /// <returns>A value the JIT cannot drop.</returns>
    [Benchmark]
    public int Synthetic() => ResumeImporter.Import(synthetic).Lines.Count;

    /// <summary>The hand-written documents to convert.</summary>
    /// <returns>Their texts.</returns>
    public static string[] LoadCorpus()
    {
        var root = Repository.Root();
        var shared = Path.Combine(root, "..", "shared", "corpus", "handwritten", "docs");
        var dir = Directory.Exists(shared) ? shared : Path.Combine(root, "examples", "handwritten");
        return [.. Directory.EnumerateFiles(dir).Order(StringComparer.Ordinal).Select(File.ReadAllText)];
    }

    /// <summary>An input of about <paramref name="bytes"/> bytes in the given shape; fictional content only.</summary>
    /// <param name="shape">The shape.</param>
    /// <param name="bytes">The size.</param>
    /// <returns>The text.</returns>
    public static string Generate(ConvertInputShape shape, int bytes)
    {
        var sb = new StringBuilder(bytes + 256);
        var i = 0;
        while (sb.Length < bytes)
        {
            switch (shape)
            {
                case ConvertInputShape.Resume:
                    sb.Append(CultureInfoFree($"## Software Engineer at Example Corp {i}\nMarch 2019 - Present\n\n- Built the thing number {i} with a team of four\n- Moved the service {i} to a queue\n\n"));
                    break;
                case ConvertInputShape.ShortLines:
                    sb.Append("ab\n");
                    break;
                case ConvertInputShape.RepeatedWord:
                    sb.Append("engineer engineer engineer engineer engineer engineer engineer engineer\n");
                    break;
                case ConvertInputShape.OneLine:
                    sb.Append("word ");
                    break;
                case ConvertInputShape.LongFirstLine:
                    sb.Append(i == 0 ? new string('x', Math.Min(100_000, bytes / 2)) + "\n" : "- a line of a list\n");
                    break;
                case ConvertInputShape.OwnLayout:
                    sb.Append(CultureInfoFree($"WORK\n\nExample Corp {i}\nSoftware Engineer\n2019-03 - present\n\n  * Did thing {i}\n\n"));
                    break;
            }

            i++;
        }

        return sb.ToString();
    }

    private static string CultureInfoFree(FormattableString s) => FormattableString.Invariant(s);
}
