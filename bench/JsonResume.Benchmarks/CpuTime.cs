using System.Diagnostics;

namespace JsonResume.Benchmarks;

/// <summary>
/// A second measure for shared, busy machines: documents per second of this process's CPU time (time it actually ran,
/// not time it waited for a core), the best of several rounds. BenchmarkDotNet's wall-clock figures are the reference
/// on a quiet machine; this one stays close to them when other processes compete for the cores.
/// </summary>
public static class CpuTime
{
    /// <summary>Runs every benchmark of <see cref="ValidateBenchmarks"/> and prints documents per CPU-second.</summary>
    public static void Run()
    {
        var b = new ValidateBenchmarks();
        b.Setup();
        Console.WriteLine($"document: {Path.GetFullPath(ValidateBenchmarks.Source)}");
        Measure("JsonResume", () => b.JsonResume(), 20_000);
        Measure("ReaderOnly", () => b.ReaderOnly(), 20_000);
        Measure("NJsonSchema", () => b.NJsonSchema(), 1_000);

        var corpus = new CorpusValidateBenchmarks();
        corpus.Setup();
        for (var i = 0; i < 500; i++)
        {
            corpus.Corpus(); // warm up
        }

        var best = Best(() => corpus.Corpus(), 500, rounds: 7);
        Console.WriteLine($"{"Corpus",-12} {best,9:F2} us of CPU per set of {corpus.CorpusFiles.Length} files");
    }

    /// <summary>Validates the corpus set over and over for <paramref name="seconds"/>: something to attach a profiler to.</summary>
    /// <param name="seconds">How long.</param>
    public static void LoopCorpus(int seconds)
    {
        var corpus = new CorpusValidateBenchmarks();
        corpus.Setup();
        var clock = Stopwatch.StartNew();
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var passes = 0;
        while (clock.Elapsed.TotalSeconds < seconds)
        {
            corpus.Corpus();
            passes++;
        }

        process.Refresh();
        var perPass = (process.TotalProcessorTime - cpu).TotalMicroseconds / passes;
        Console.WriteLine($"{passes} passes over the corpus set, {perPass:F0} us of CPU per pass (warm-up included)");
    }

    /// <summary>Runs every benchmark of <see cref="RenderBenchmarks"/> and prints documents per CPU-second.</summary>
    public static void RunRender()
    {
        var r = new RenderBenchmarks();
        r.Setup();
        Console.WriteLine($"document: {RenderBenchmarks.Source}");
        Measure("Markdown", () => r.Markdown(), 5_000);
        Measure("Text", () => r.Text(), 5_000);
        Measure("Html", () => r.Html(), 5_000);
    }

    private static void Measure(string name, Action action, int count)
    {
        for (var i = 0; i < count; i++)
        {
            action(); // warm up: tiered compilation reaches its final code
        }

        var best = Best(action, count, rounds: 7);
        var before = GC.GetAllocatedBytesForCurrentThread();
        action();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Console.WriteLine($"{name,-12} {best,9:F2} us of CPU per document  {1e6 / best,10:N0} documents per CPU-second  {allocated,9:N0} B allocated");
    }

    /// <summary>The least CPU time per call, in µs, over several rounds of <paramref name="count"/> calls (after one warm-up call).</summary>
    internal static double Best(Action action, int count, int rounds = 5)
    {
        action();
        var best = double.MaxValue;
        using var process = Process.GetCurrentProcess();
        for (var round = 0; round < rounds; round++)
        {
            process.Refresh();
            var start = process.TotalProcessorTime;
            for (var i = 0; i < count; i++)
            {
                action();
            }

            process.Refresh();
            best = Math.Min(best, (process.TotalProcessorTime - start).TotalMicroseconds / count);
        }

        return best;
    }
}
