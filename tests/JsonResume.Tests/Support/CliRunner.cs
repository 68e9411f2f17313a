using System.Diagnostics;
using System.Text;
using JsonResume.Cli;

namespace JsonResume.Tests.Support;

/// <summary>What one run of the CLI did.</summary>
internal sealed record CliRun(int ExitCode, string Stdout, string Stderr)
{
    /// <summary>Both streams and the exit code, for failure messages.</summary>
    public string Transcript => $"[exit {ExitCode}]\n{Stdout}\n[stderr]\n{Stderr}";
}

/// <summary>
/// Runs the <c>jsonresume</c> CLI. <see cref="Run"/> runs it in-process (<see cref="JsonResumeCli.Run"/> with its own
/// writers, standard input, working folder and environment variables: what most tests need, in milliseconds);
/// <see cref="RunProcess"/> starts the real executable (<c>dotnet jsonresume.dll …</c>) for the few tests of what only a
/// process shows: exit codes as the shell sees them, start-up, <c>--version</c>, signals.
/// </summary>
internal static class CliRunner
{
    private static readonly Lazy<string> LazyDll = new(FindDll);

    /// <summary>The CLI's assembly, built by the test project's ProjectReference in the same configuration.</summary>
    public static string Dll => LazyDll.Value;

    /// <summary>Runs the CLI in-process.</summary>
    /// <param name="workingDirectory">The folder relative paths start from.</param>
    /// <param name="args">Its arguments.</param>
    /// <param name="stdin">Bytes for its standard input (empty when null).</param>
    /// <param name="environment">Environment variables it sees (no others).</param>
    /// <returns>Exit code, standard output and standard error.</returns>
    public static CliRun Run(string workingDirectory, IReadOnlyList<string> args, byte[]? stdin = null, IReadOnlyDictionary<string, string?>? environment = null) =>
        Run(JsonResumeCli.Run, workingDirectory, args, stdin, environment);

    /// <summary>Runs a command line in-process through the given entry point (the full tool's or the native front executable's).</summary>
    /// <param name="entry">The entry point: arguments and environment in, exit code out.</param>
    /// <param name="workingDirectory">The folder relative paths start from.</param>
    /// <param name="args">Its arguments.</param>
    /// <param name="stdin">Bytes for its standard input (empty when null).</param>
    /// <param name="environment">Environment variables it sees (no others).</param>
    /// <returns>Exit code, standard output and standard error.</returns>
    public static CliRun Run(Func<string[], CliEnvironment, int> entry, string workingDirectory, IReadOnlyList<string> args, byte[]? stdin = null, IReadOnlyDictionary<string, string?>? environment = null)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var variables = environment ?? new Dictionary<string, string?>();
        var cli = new CliEnvironment(output, error)
        {
            OpenInput = () => new MemoryStream(stdin ?? [], writable: false),
            CurrentDirectory = workingDirectory,
            GetVariable = name => variables.GetValueOrDefault(name),
        };
        var exitCode = entry([.. args], cli);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }

    /// <summary>Runs the CLI in-process in the repository root.</summary>
    /// <param name="args">Its arguments.</param>
    /// <returns>What it did.</returns>
    public static CliRun RunInRepo(params string[] args) => Run(Repo.Root, args);

    /// <summary>Runs the real CLI as a subprocess and waits for it (at most a minute).</summary>
    /// <param name="workingDirectory">The folder it runs in.</param>
    /// <param name="args">Its arguments.</param>
    /// <param name="stdin">Bytes for its standard input (closed at once when null).</param>
    /// <param name="environment">Environment variables to set (a null value removes one).</param>
    /// <returns>Exit code, standard output and standard error (line ends as written).</returns>
    public static CliRun RunProcess(string workingDirectory, IReadOnlyList<string> args, byte[]? stdin = null, IReadOnlyDictionary<string, string?>? environment = null)
    {
        using var process = Process.Start(StartInfo(workingDirectory, args, environment)) ?? throw new InvalidOperationException("Could not start dotnet.");
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

    /// <summary>How to start the real CLI (standard streams redirected, debugging and progress variables removed).</summary>
    /// <param name="workingDirectory">The folder it runs in.</param>
    /// <param name="args">Its arguments.</param>
    /// <param name="environment">Environment variables to set (a null value removes one).</param>
    /// <returns>The start information.</returns>
    public static ProcessStartInfo StartInfo(string workingDirectory, IReadOnlyList<string> args, IReadOnlyDictionary<string, string?>? environment = null)
    {
        var start = new ProcessStartInfo(Processes.DotnetHost)
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
            if (value is null)
            {
                start.Environment.Remove(name);
            }
            else
            {
                start.Environment[name] = value;
            }
        }

        return start;
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
