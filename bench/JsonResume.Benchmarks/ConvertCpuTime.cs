using System.Diagnostics;
using System.Text;
using JsonResume.Import;

namespace JsonResume.Benchmarks;

/// <summary>
/// The converter measured in CPU time (for busy machines, like <see cref="CpuTime"/>): µs per KB over the hand-written
/// corpus, and for each <see cref="ConvertInputShape"/> the time of 1,000 KB over 10 KB (linear means about 100) and the bytes
/// allocated per input byte. The corpus is measured twice: at once (as before), which counts the background JIT of
/// tiered compilation as well, and again once the JIT has compiled nothing new for a few seconds (the converter's own cost).
/// </summary>
public static class ConvertCpuTime
{
    /// <summary>Runs the measures and prints them.</summary>
    /// <param name="corpusOnly">Only the corpus figure (quicker, for comparing two builds).</param>
    public static void Run(bool corpusOnly = false)
    {
        var corpus = ConvertBenchmarks.LoadCorpus();
        var kb = corpus.Sum(d => Encoding.UTF8.GetByteCount(d)) / 1024.0;
        var perCorpus = CpuTime.Best(() => Convert(corpus), 20);
        Console.WriteLine($"corpus: {corpus.Length} documents, {kb:F1} KB: {perCorpus / kb:F1} us of CPU per KB");

        // The figure above counts the background JIT too: tiered compilation recompiles the converter's thousands of
        // methods for tens of seconds on a loaded machine, in the same process. This one waits until it is done.
        var (waited, methods) = WaitForJit(() => Convert(corpus));
        var settled = CpuTime.Best(() => Convert(corpus), 20);
        Console.WriteLine($"corpus, JIT settled ({methods:N0} methods compiled, {waited:F0} s): {settled / kb:F1} us of CPU per KB");
        if (corpusOnly)
        {
            return;
        }

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

    /// <summary>
    /// Converts the corpus over and over for <paramref name="seconds"/> seconds of wall time, after a warm-up long enough
    /// for tiered compilation to settle: a steady loop to attach a profiler to (<c>perf record -p</c>, <c>dotnet-trace</c>).
    /// </summary>
    /// <param name="seconds">How long to loop.</param>
    public static void Loop(int seconds)
    {
        var corpus = ConvertBenchmarks.LoadCorpus();
        var (waited, methods) = WaitForJit(() => Convert(corpus));
        Console.WriteLine($"JIT settled after {waited:F0} s ({methods:N0} methods); looping for {seconds} s (process {Environment.ProcessId})");
        var clock = Stopwatch.StartNew();
        var passes = 0;
        while (clock.Elapsed < TimeSpan.FromSeconds(seconds))
        {
            Convert(corpus);
            passes++;
        }

        Console.WriteLine($"{passes} passes over the corpus");
    }

    /// <summary>How long the JIT must compile nothing new before the code counts as final (tiered compilation).</summary>
    private static readonly TimeSpan QuietJit = TimeSpan.FromSeconds(3);

    /// <summary>Repeats <paramref name="action"/> until no method has been compiled for <see cref="QuietJit"/>.</summary>
    /// <returns>The seconds waited and the methods compiled in the process so far.</returns>
    private static (double Seconds, long Methods) WaitForJit(Action action)
    {
        var clock = Stopwatch.StartNew();
        var quietSince = clock.Elapsed;
        var methods = System.Runtime.JitInfo.GetCompiledMethodCount();
        while (clock.Elapsed - quietSince < QuietJit)
        {
            action();
            var now = System.Runtime.JitInfo.GetCompiledMethodCount();
            if (now != methods)
            {
                (methods, quietSince) = (now, clock.Elapsed);
            }
        }

        return (clock.Elapsed.TotalSeconds, methods);
    }

    private static void Convert(string[] corpus)
    {
        foreach (var d in corpus)
        {
            ResumeImporter.Import(d);
        }
    }
}
