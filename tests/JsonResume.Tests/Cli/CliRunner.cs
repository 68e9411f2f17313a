using System.Diagnostics;
using System.Text;
using JsonResume.Tests.Support;

namespace JsonResume.Tests.Cli;

/// <summary>What one run of the real CLI did.</summary>
internal sealed record CliRun(int ExitCode, string Stdout, string Stderr);

/// <summary>Runs the real <c>jsonresume</c> CLI as a subprocess (<c>dotnet jsonresume.dll …</c>), as users and CI do.</summary>
internal static class CliRunner
{
    private static readonly Lazy<string> LazyDll = new(FindDll);

    /// <summary>The CLI's assembly, built by the test project's ProjectReference in the same configuration.</summary>
    public static string Dll => LazyDll.Value;

    /// <summary>Runs the CLI and waits for it (at most a minute).</summary>
    /// <param name="workingDirectory">The folder it runs in.</param>
    /// <param name="args">Its arguments.</param>
    /// <param name="stdin">Bytes for its standard input (closed at once when null).</param>
    /// <param name="environment">Environment variables to set (a null value removes one).</param>
    /// <returns>Exit code, standard output and standard error (line ends as written).</returns>
    public static CliRun Run(string workingDirectory, IReadOnlyList<string> args, byte[]? stdin = null, IReadOnlyDictionary<string, string?>? environment = null)
    {
        var start = new ProcessStartInfo(DotnetHost())
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment.Remove("JSONRESUME_DEBUG");
        start.Environment.Remove("JSONRESUME_PROGRESS");
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start dotnet.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (stdin is not null)
        {
            process.StandardInput.BaseStream.Write(stdin);
        }

        process.StandardInput.Close();
        if (!process.WaitForExit(TimeSpan.FromMinutes(1)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"jsonresume {string.Join(' ', args)} did not finish within a minute.");
        }

        return new CliRun(process.ExitCode, stdout.GetAwaiter().GetResult(), stderr.GetAwaiter().GetResult());
    }

    /// <summary>Runs the CLI in the repository root.</summary>
    /// <param name="args">Its arguments.</param>
    /// <returns>What it did.</returns>
    public static CliRun RunInRepo(params string[] args) => Run(Repo.Root, args);

    private static string DotnetHost()
    {
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        return !string.IsNullOrEmpty(host) && File.Exists(host) ? host : "dotnet";
    }

    private static string FindDll()
    {
        // The test assembly sits in tests/JsonResume.Tests/bin/<Configuration>/<tfm>/: the CLI is in the same place under src/.
        var tfmDir = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var configuration = tfmDir.Parent?.Name ?? "Debug";
        var candidates = new[] { "jsonresume.dll", "JsonResume.Cli.dll" }
            .Select(name => Repo.File("src", "JsonResume.Cli", "bin", configuration, tfmDir.Name, name))
            .ToList();
        return candidates.FirstOrDefault(File.Exists)
            ?? throw new FileNotFoundException(
                $"The CLI is not built: none of {string.Join(", ", candidates)} exists. Build the solution (dotnet build) first.");
    }
}
