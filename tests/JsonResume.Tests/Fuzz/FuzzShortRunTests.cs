using JsonResume.Fuzz;
using JsonResume.Tests.Support;

namespace JsonResume.Tests.Fuzz;

/// <summary>
/// A short fuzzing run inside <c>dotnet test</c>: a fixed number of inputs per target (about 15 s in all), from a fixed
/// seed, over the repository's fixtures and the shared corpus when it is there. A count, not a time budget, so that every
/// machine runs the same inputs: a faster CI machine must not go further and meet an input nobody has seen here. A hang here is an input slower than 10 s
/// (the suite shares the machine); the long run's limit is 1 s. The long run is
/// <c>dotnet run --project tests/JsonResume.Fuzz -c Release -- --minutes N</c> (docs/reliability.md).
/// </summary>
[LongRunning(19)]
public sealed class FuzzShortRunTests
{
    // A safety cap only: the counts below end each target long before it on this machine class.
    private static readonly TimeSpan PerTarget = TimeSpan.FromSeconds(60);
    private static readonly Lazy<Seeds> LazySeeds = new(() => Seeds.Load(Repo.Root, Repo.SharedRoot));

    public static TheoryData<string> TargetNames => [.. Targets.All.Select(t => t.Name)];

    [Theory]
    [MemberData(nameof(TargetNames))]
    public void A_short_run_finds_nothing(string name)
    {
        var options = new CampaignOptions
        {
            Seed = 1, TimePerTarget = PerTarget, MaxInputs = InputsFor(name), MaxLength = 8 * 1024, HangLimit = TimeSpan.FromSeconds(10),
        };
        var run = Campaign.Run(Targets.Find(name)!, LazySeeds.Value, options, shared: null);
        Assert.Equal(InputsFor(name), run.Inputs); // the whole fixed sequence ran, not a machine-dependent part of it
        Assert.True(run.Findings.Count == 0, string.Join("\n", run.Findings.Select(f =>
            $"{f.Signature} ({f.Count}x), input {Convert.ToBase64String(f.Reproducer)}\n{f.Detail}")));
    }

    // Sized so that each target takes one to three seconds: the importer and the round trip cost far more per input.
    private static long InputsFor(string target) => target switch
    {
        _ when target.StartsWith("import", StringComparison.Ordinal) => 100,
        "roundtrip" => 300,
        "render" or "migrator" => 1_000,
        _ => 2_000,
    };
}
