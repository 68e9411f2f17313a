using BenchmarkDotNet.Running;
using JsonResume.Benchmarks;

// Usage (from the repository root):
//   dotnet run -c Release --project bench/JsonResume.Benchmarks -- --filter '*' --job short   (BenchmarkDotNet, wall clock)
//   dotnet run -c Release --project bench/JsonResume.Benchmarks -- --cpu-time                 (CPU time, for busy machines)
// Results and the machine they were measured on are recorded in docs/benchmarks.md.
if (args.Contains("--cpu-time"))
{
    CpuTime.Run();
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(ValidateBenchmarks).Assembly).Run(args);
