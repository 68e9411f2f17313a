using JsonResume.Fuzz;
using JsonResume.Tests.Support;

namespace JsonResume.Tests.Fuzz;

/// <summary>
/// A short fuzzing run inside <c>dotnet test</c>: a few seconds per target (about 35 s in all), from a fixed seed,
/// over the repository's fixtures and the shared corpus when it is there. A hang here is an input slower than 10 s
/// (the suite shares the machine); the long run's limit is 1 s. The long run is
/// <c>dotnet run --project tests/JsonResume.Fuzz -c Release -- --minutes N</c> (docs/reliability.md).
/// </summary>
public sealed class FuzzShortRunTests
{
    private static readonly TimeSpan PerTarget = TimeSpan.FromSeconds(3.5);
    private static readonly Lazy<Seeds> LazySeeds = new(() => Seeds.Load(Repo.Root, Repo.SharedRoot));

    public static TheoryData<string> TargetNames => [.. Targets.All.Select(t => t.Name)];

    [Theory]
    [MemberData(nameof(TargetNames))]
    public void A_short_run_finds_nothing(string name)
    {
        var options = new CampaignOptions { Seed = 1, TimePerTarget = PerTarget, MaxLength = 8 * 1024, HangLimit = TimeSpan.FromSeconds(10) };
        var run = Campaign.Run(Targets.Find(name)!, LazySeeds.Value, options, shared: null);
        Assert.True(run.Inputs > 0);
        Assert.True(run.Findings.Count == 0, string.Join("\n", run.Findings.Select(f =>
            $"{f.Signature} ({f.Count}x), input {Convert.ToBase64String(f.Reproducer)}\n{f.Detail}")));
    }
}
