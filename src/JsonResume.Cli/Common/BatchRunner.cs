using System.CommandLine;

namespace JsonResume.Cli.Common;

/// <summary>
/// Runs one piece of work per input, on several cores when asked (<c>--jobs N</c>), and gives the results in input
/// order whatever order they finish in. Shows progress on standard error while a long batch runs (see
/// <see cref="BatchProgress"/>). Every batch command (validate, convert, render, roundtrip) uses it.
/// </summary>
internal static class BatchRunner
{
    /// <summary>The <c>--jobs</c> option, the same for every batch command.</summary>
    /// <returns>A new option: how many inputs to work on at once; 0 for one per core; 1 (the default) for one at a time.</returns>
    public static Option<int> CreateJobsOption()
    {
        var jobs = new Option<int>("--jobs", "-j")
        {
            Description = "How many files to work on at once (0: one per core). Results keep the order of the inputs. Pays off for large files or slow work; for many small files one job is about as fast (docs/benchmarks.md).",
            DefaultValueFactory = _ => 1,
            HelpName = "N",
        };
        jobs.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 0)
            {
                result.AddError("--jobs must be 0 (one per core) or more.");
            }
        });
        return jobs;
    }

    /// <summary>The number of workers <c>--jobs</c> stands for.</summary>
    /// <param name="jobs">The option's value: 0 for one per core.</param>
    /// <returns>At least 1.</returns>
    public static int Workers(int jobs) => jobs <= 0 ? Environment.ProcessorCount : jobs;

    /// <summary>Runs <paramref name="work"/> on every input.</summary>
    /// <typeparam name="TResult">What the work gives for one input.</typeparam>
    /// <param name="sources">The inputs.</param>
    /// <param name="work">The work for one input. A bad input should be part of its result; it must be safe to call
    /// from several threads at once, and must not write to the console.</param>
    /// <param name="failed">The result for an input whose work threw anyway (a fault of the library): that input alone
    /// fails, every other one is still done and reported.</param>
    /// <param name="jobs">How many inputs at once (0: one per core).</param>
    /// <param name="progress">Where progress goes, or null for none.</param>
    /// <returns>One result per input, in input order.</returns>
    public static IReadOnlyList<TResult> Run<TResult>(
        IReadOnlyList<InputSource> sources, Func<InputSource, TResult> work, Func<InputSource, Exception, TResult> failed, int jobs, BatchProgress? progress = null)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(work);
        ArgumentNullException.ThrowIfNull(failed);
        var results = new TResult[sources.Count];
        progress = sources.Count > 1 ? progress : null; // one input needs no progress line
        var workers = Math.Min(Workers(jobs), Math.Max(1, sources.Count));
        progress?.Start(sources.Count);
        try
        {
            if (workers == 1)
            {
                for (var i = 0; i < sources.Count; i++)
                {
                    results[i] = Guarded(sources[i], work, failed);
                    progress?.Completed(sources[i]);
                }
            }
            else
            {
                Parallel.For(0, sources.Count, new ParallelOptions { MaxDegreeOfParallelism = workers }, i =>
                {
                    results[i] = Guarded(sources[i], work, failed);
                    progress?.Completed(sources[i]);
                });
            }
        }
        finally
        {
            progress?.Finish();
        }

        return results;
    }

#pragma warning disable CA1031 // One input's failure, whatever it is, becomes that input's result.
    private static TResult Guarded<TResult>(InputSource source, Func<InputSource, TResult> work, Func<InputSource, Exception, TResult> failed)
    {
        try
        {
            return work(source);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return failed(source, ex);
        }
    }
#pragma warning restore CA1031
}
