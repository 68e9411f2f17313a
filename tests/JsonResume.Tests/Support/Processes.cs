using System.Diagnostics;
using System.Text;

namespace JsonResume.Tests.Support;

/// <summary>What one finished process did.</summary>
public sealed record ProcessRun(int ExitCode, string Stdout, string Stderr)
{
    /// <summary>Both streams, for failure messages.</summary>
    public string Transcript => $"[exit {ExitCode}]\n{Stdout}\n[stderr]\n{Stderr}";
}

/// <summary>Runs programs (dotnet, installed tools) as subprocesses, with a time limit.</summary>
internal static class Processes
{
    /// <summary>Runs a program to its end.</summary>
    /// <param name="fileName">The program.</param>
    /// <param name="args">Its arguments.</param>
    /// <param name="workingDirectory">Where it runs.</param>
    /// <param name="environment">Variables to set (a null value removes one).</param>
    /// <param name="timeout">How long it may take; it is killed after that.</param>
    /// <returns>Exit code and output.</returns>
    public static ProcessRun Run(string fileName, IEnumerable<string> args, string workingDirectory,
        IReadOnlyDictionary<string, string?>? environment = null, TimeSpan? timeout = null)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            if (value is null)
            {
                start.Environment.Remove(name);
            }
            else
            {
                start.Environment[name] = value;
            }
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {fileName}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardInput.Close();
        var limit = timeout ?? TimeSpan.FromMinutes(3);
        if (!process.WaitForExit(limit))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {string.Join(' ', args)} did not finish within {limit}.");
        }

        return new ProcessRun(process.ExitCode, stdout.GetAwaiter().GetResult(), stderr.GetAwaiter().GetResult());
    }

    /// <summary>The dotnet host running the tests (DOTNET_HOST_PATH), or <c>dotnet</c> from the PATH.</summary>
    public static string DotnetHost
    {
        get
        {
            var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
            return !string.IsNullOrEmpty(host) && File.Exists(host) ? host : "dotnet";
        }
    }

    /// <summary>The folder of the .NET installation that runs the tests: what DOTNET_ROOT must name for an installed tool to find its runtime.</summary>
    public static string DotnetRoot
    {
        get
        {
            var host = DotnetHost;
            if (host == "dotnet")
            {
                host = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
                    .Select(dir => Path.Combine(dir, "dotnet")).FirstOrDefault(File.Exists) ?? "/usr/share/dotnet/dotnet";
            }

            var resolved = new FileInfo(host).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? Path.GetFullPath(host);
            return Path.GetDirectoryName(resolved)!;
        }
    }
}
