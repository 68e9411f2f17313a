using BenchmarkDotNet.Running;

// Usage (from the repository root):
//   dotnet run -c Release --project bench/JsonResume.Benchmarks -- --filter '*' --job short
// Results and the machine they were measured on are recorded in docs/benchmarks.md.
BenchmarkSwitcher.FromAssembly(typeof(JsonResume.Benchmarks.ValidateBenchmarks).Assembly).Run(args);
