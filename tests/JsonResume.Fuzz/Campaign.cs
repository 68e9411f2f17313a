using System.Diagnostics;

namespace JsonResume.Fuzz;

/// <summary>How a campaign runs.</summary>
internal sealed record CampaignOptions
{
    public int Seed { get; init; } = 1;

    /// <summary>Time for each target.</summary>
    public TimeSpan TimePerTarget { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Stop a target after this many inputs (null: only the time limit).</summary>
    public long? MaxInputs { get; init; }

    public int MaxLength { get; init; } = 32 * 1024;

    /// <summary>An input that takes longer than this (twice in a row) is a hang.</summary>
    public TimeSpan HangLimit { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Where reproducers are saved (the repository root); null: not saved.</summary>
    public string? SaveTo { get; init; }
}

/// <summary>One distinct failure: the first input (minimised) that showed it, and how often it was seen.</summary>
internal sealed record Finding(string Target, string Signature, string Detail, byte[] Reproducer, string? SavedAs)
{
    public int Count { get; set; } = 1;
}

/// <summary>What one target's run did.</summary>
internal sealed record TargetRun(string Target, long Inputs, TimeSpan Elapsed, TimeSpan Slowest, IReadOnlyList<Finding> Findings);

/// <summary>Runs targets on mutants of their seeds, deterministically from a seed, and collects distinct failures.</summary>
internal static class Campaign
{
    public static TargetRun Run(FuzzTarget target, Seeds seeds, CampaignOptions options, SharedContent? shared, Action<string>? log = null)
    {
        var random = new Random(unchecked(options.Seed * 31 + StableHash(target.Name)));
        var mutator = new Mutator(random, options.MaxLength);
        var pool = seeds.For(target.Seeds);
        var findings = new Dictionary<string, Finding>(StringComparer.Ordinal);
        // Warm up: the first call loads and compiles what the target needs (phone metadata, regular expressions),
        // which is no hang and does not count against the time.
        _ = Signature(target, pool[0]);
        var clock = Stopwatch.StartNew();
        var slowest = TimeSpan.Zero;
        long inputs = 0;
        var nextLog = TimeSpan.FromSeconds(30);
        while (clock.Elapsed < options.TimePerTarget && (options.MaxInputs is not { } max || inputs < max))
        {
            // Every seed once as it is, then mutants.
            var input = inputs < pool.Count ? pool[(int)inputs] : mutator.Mutate(pool[random.Next(pool.Count)], pool);
            inputs++;
            var (signature, detail, elapsed) = Execute(target, input, options.HangLimit);
            slowest = elapsed > slowest ? elapsed : slowest;
            if (signature is not null)
            {
                Record(target, input, signature, detail!, findings, options, shared, log);
            }

            if (clock.Elapsed > nextLog)
            {
                log?.Invoke($"  {target.Name}: {inputs:N0} inputs, {findings.Count} findings, {clock.Elapsed:hh\\:mm\\:ss}");
                nextLog += TimeSpan.FromSeconds(30);
            }
        }

        return new TargetRun(target.Name, inputs, clock.Elapsed, slowest, [.. findings.Values]);
    }

    /// <summary>Runs one input: null when every contract held, else the failure's signature and detail.</summary>
    public static (string? Signature, string? Detail, TimeSpan Elapsed) Execute(FuzzTarget target, byte[] input, TimeSpan hangLimit)
    {
        Watchdog.Enter(target.Name, input);
        var watch = Stopwatch.StartNew();
        var (signature, detail) = Signature(target, input);
        var elapsed = watch.Elapsed;
        Watchdog.Exit();
        if (signature is null && elapsed > hangLimit)
        {
            // A hang only when a second run is as slow in processor time too: on a busy machine (or under `nice`) an
            // input can wait for a core longer than the limit without doing any work.
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            watch.Restart();
            _ = Signature(target, input);
            var used = Process.GetCurrentProcess().TotalProcessorTime - cpu;
            if (watch.Elapsed > hangLimit && used > hangLimit)
            {
                return ("hang", $"{elapsed.TotalSeconds:F1} s and {watch.Elapsed.TotalSeconds:F1} s ({used.TotalSeconds:F1} s of processor time) for {input.Length} bytes", elapsed);
            }
        }

        return (signature, detail, elapsed);
    }

    private static (string? Signature, string? Detail) Signature(FuzzTarget target, byte[] input)
    {
        try
        {
            target.Run(input);
            return (null, null);
        }
        catch (FuzzFailure failure)
        {
            return ("invariant " + failure.Invariant, failure.Message);
        }
#pragma warning disable CA1031 // every exception is a finding
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return ($"{ex.GetType().Name} at {FirstOwnFrame(ex)}", ex.ToString());
        }
    }

    private static void Record(FuzzTarget target, byte[] input, string signature, string detail, Dictionary<string, Finding> findings,
        CampaignOptions options, SharedContent? shared, Action<string>? log)
    {
        if (findings.TryGetValue(signature, out var known))
        {
            known.Count++;
            return;
        }

        var minimal = signature == "hang"
            ? input
            : Minimizer.Minimize(input, candidate => Execute(target, candidate, TimeSpan.MaxValue).Signature == signature);
        var saved = options.SaveTo is { } root ? Reproducers.Save(root, target.Name, minimal, shared) : null;
        findings[signature] = new Finding(target.Name, signature, detail, minimal, saved);
        log?.Invoke($"  {target.Name}: {signature} ({minimal.Length} bytes{(saved is null ? "" : ", saved as " + saved)})");
    }

    private static string FirstOwnFrame(Exception ex)
    {
        var trace = new StackTrace(ex, fNeedFileInfo: false);
        foreach (var frame in trace.GetFrames())
        {
            var method = frame.GetMethod();
            if (method?.DeclaringType?.Namespace is { } ns && ns.StartsWith("JsonResume", StringComparison.Ordinal) && !ns.StartsWith("JsonResume.Fuzz", StringComparison.Ordinal))
            {
                return $"{method.DeclaringType.Name}.{method.Name}";
            }
        }

        return trace.GetFrame(0)?.GetMethod()?.Name ?? "?";
    }

    /// <summary>string.GetHashCode differs between runs; the seed must not.</summary>
    private static int StableHash(string s)
    {
        var h = 17;
        foreach (var c in s)
        {
            h = unchecked(h * 31 + c);
        }

        return h;
    }
}
