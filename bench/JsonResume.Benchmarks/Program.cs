using BenchmarkDotNet.Running;
using JsonResume.Benchmarks;

// Usage (from the repository root):
//   dotnet run -c Release --project bench/JsonResume.Benchmarks -- --filter '*' --job short   (BenchmarkDotNet, wall clock)
//   dotnet run -c Release --project bench/JsonResume.Benchmarks -- --cpu-time                 (CPU time, for busy machines)
//   dotnet run -c Release --project bench/JsonResume.Benchmarks -- --filter '*Convert*' --job short   (the converter)
//   dotnet run -c Release --project bench/JsonResume.Benchmarks -- --render-cpu-time          (the renderers, CPU time)
//   dotnet run -c Release --project bench/JsonResume.Benchmarks -- --convert-cpu-time         (the converter, CPU time)
//       ... --convert-cpu-time --corpus-only   (only the corpus figure)
//       ... --convert-loop 60                  (converts the corpus for 60 s after a warm-up: attach a profiler)
//   dotnet run -c Release --project bench/JsonResume.Benchmarks -- --validate-loop 60          (validates the corpus set for 60 s)
// Results and the machine they were measured on are recorded in docs/benchmarks.md.
if (args.Contains("--convert-cpu-time"))
{
    ConvertCpuTime.Run(corpusOnly: args.Contains("--corpus-only"));
    return;
}

if (Array.IndexOf(args, "--convert-loop") is var loop and >= 0)
{
    ConvertCpuTime.Loop(loop + 1 < args.Length ? int.Parse(args[loop + 1], System.Globalization.CultureInfo.InvariantCulture) : 60);
    return;
}

if (Array.IndexOf(args, "--validate-loop") is var validateLoop and >= 0)
{
    CpuTime.LoopCorpus(validateLoop + 1 < args.Length ? int.Parse(args[validateLoop + 1], System.Globalization.CultureInfo.InvariantCulture) : 60);
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
