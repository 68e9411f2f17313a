using System.Text;
using JsonResume.Import;

namespace JsonResume.Benchmarks;

/// <summary>
/// The converter measured in CPU time (for busy machines, like <see cref="CpuTime"/>): µs per KB over the hand-written
/// corpus, and for each <see cref="ConvertInputShape"/> the time of 1,000 KB over 10 KB (linear means about 100) and the bytes
/// allocated per input byte.
/// </summary>
public static class ConvertCpuTime
{
    /// <summary>Runs the measures and prints them.</summary>
    public static void Run()
    {
        var corpus = ConvertBenchmarks.LoadCorpus();
        var kb = corpus.Sum(d => Encoding.UTF8.GetByteCount(d)) / 1024.0;
        var perCorpus = CpuTime.Best(() =>
        {
            foreach (var d in corpus)
            {
                ResumeImporter.Import(d);
            }
        }, 20);
        Console.WriteLine($"corpus: {corpus.Length} documents, {kb:F1} KB: {perCorpus / kb:F1} us of CPU per KB");
        foreach (var shape in Enum.GetValues<ConvertInputShape>())
        {
            var small = ConvertBenchmarks.Generate(shape, 10 * 1024);
            var large = ConvertBenchmarks.Generate(shape, 1000 * 1024);
            var ts = CpuTime.Best(() => ResumeImporter.Import(small), 20);
            var before = GC.GetAllocatedBytesForCurrentThread();
            var tl = CpuTime.Best(() => ResumeImporter.Import(large), 1, rounds: 3);
            var allocated = (GC.GetAllocatedBytesForCurrentThread() - before) / 4.0 / (large.Length * 2.0); // a warm-up call and three rounds
            Console.WriteLine($"{shape,-14} 10 KB {ts / 1000,9:F2} ms   1000 KB {tl / 1000,9:F1} ms   ratio {tl / ts,7:F0}   allocated {allocated,5:F1} x input");
        }
    }
}
