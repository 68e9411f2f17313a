using BenchmarkDotNet.Running;
using JsonResume.Benchmarks;

// Usage (from the repository root):
//   dotnet run -c Release --project bench/JsonResume.Benchmarks -- --filter '*' --job short   (BenchmarkDotNet, wall clock)
//   dotnet run -c Release --project bench/JsonResume.Benchmarks -- --cpu-time                 (CPU time, for busy machines)
//   dotnet run -c Release --project bench/JsonResume.Benchmarks -- --filter '*Convert*' --job short   (the converter)
//   dotnet run -c Release --project bench/JsonResume.Benchmarks -- --render-cpu-time          (the renderers, CPU time)
//   dotnet run -c Release --project bench/JsonResume.Benchmarks -- --convert-cpu-time         (the converter, CPU time)
// Results and the machine they were measured on are recorded in docs/benchmarks.md.
if (args.Contains("--convert-cpu-time"))
{
    ConvertCpuTime.Run();
    return;
}

if (args.Contains("--render-cpu-time"))
{
    CpuTime.RunRender();
    return;
}

if (args.Contains("--cpu-time"))
{
    CpuTime.Run();
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(ValidateBenchmarks).Assembly).Run(args);
