using System.Globalization;
using JsonResume.Fuzz;

// jsonresume fuzzing: mutants of the seeds against every entry point, deterministic from --seed.
// Usage: dotnet run --project tests/JsonResume.Fuzz -c Release -- [--minutes N] [--target NAME]... [--seed N]
//        [--inputs N] [--max-length BYTES] [--shared PATH] [--no-save] [--replay]
var minutes = 1.0;
var seed = 1;
long? inputs = null;
var maxLength = 32 * 1024;
var names = new List<string>();
var save = true;
var replay = false;
var root = FindRoot();
var sharedRoot = Path.GetFullPath(Path.Combine(root, "..", "shared"));
for (var i = 0; i < args.Length; i++)
{
    string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
    switch (args[i])
    {
        case "--minutes": minutes = double.Parse(Next(), CultureInfo.InvariantCulture); break;
        case "--seed": seed = int.Parse(Next(), CultureInfo.InvariantCulture); break;
        case "--inputs": inputs = long.Parse(Next(), CultureInfo.InvariantCulture); break;
        case "--max-length": maxLength = int.Parse(Next(), CultureInfo.InvariantCulture); break;
        case "--target": names.AddRange(Next().Split(',', StringSplitOptions.RemoveEmptyEntries)); break;
        case "--shared": sharedRoot = Path.GetFullPath(Next()); break;
        case "--no-save": save = false; break;
        case "--replay": replay = true; break;
        default:
            Console.Error.WriteLine($"unknown option {args[i]}; targets: {string.Join(", ", Targets.All.Select(t => t.Name))}");
            return 2;
    }
}

var targets = names.Count == 0 ? Targets.All : names.Select(n => Targets.Find(n) ?? throw new ArgumentException($"no target {n}")).ToList();
if (replay)
{
    var failed = 0;
    foreach (var (target, path) in Reproducers.All(root))
    {
        var (signature, detail, _) = Campaign.Execute(Targets.Find(target)!, File.ReadAllBytes(path), TimeSpan.FromSeconds(1));
        if (signature is not null)
        {
            failed++;
            Console.WriteLine($"{path}: {signature}\n  {detail?.Split('\n')[0]}");
        }
    }

    Console.WriteLine(failed == 0 ? "every reproducer passes" : $"{failed} reproducers fail");
    return failed == 0 ? 0 : 1;
}

var hasShared = Directory.Exists(sharedRoot);
Console.WriteLine(hasShared ? $"seeds: repository fixtures and {sharedRoot}" : $"seeds: repository fixtures only ({sharedRoot} is absent)");
var seeds = Seeds.Load(root, hasShared ? sharedRoot : null);
var shared = hasShared
    ? new SharedContent(Directory.EnumerateFiles(sharedRoot, "*", SearchOption.AllDirectories).Where(f => !Path.GetFileName(f).StartsWith('.')).Select(File.ReadAllBytes))
    : null;
Watchdog.Start(save ? root : null, shared);
var options = new CampaignOptions
{
    Seed = seed,
    TimePerTarget = TimeSpan.FromMinutes(minutes / targets.Count),
    MaxInputs = inputs,
    MaxLength = maxLength,
    SaveTo = save ? root : null,
};
Console.WriteLine($"seed {seed}, {minutes} min for {targets.Count} targets, {seeds.Json.Count} JSON and {seeds.Text.Count} text seeds");
var total = 0;
foreach (var target in targets)
{
    var run = Campaign.Run(target, seeds, options, shared, Console.WriteLine);
    total += run.Findings.Count;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{run.Target}: {run.Inputs:N0} inputs in {run.Elapsed:hh\\:mm\\:ss}, slowest {run.Slowest.TotalMilliseconds:F0} ms, {run.Findings.Count} findings"));
    foreach (var f in run.Findings)
    {
        Console.WriteLine($"  {f.Count,6} x {f.Signature}: {f.Detail.Split('\n')[0]}");
    }
}

return total == 0 ? 0 : 1;

static string FindRoot()
{
    foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "JsonResume.sln")))
            {
                return dir.FullName;
            }
        }
    }

    throw new InvalidOperationException("JsonResume.sln not found above the current folder");
}
