using System.Diagnostics;
using System.Runtime.InteropServices;
using JsonResume.Cli.Common;

namespace JsonResume.Cli;

/// <summary>
/// The full executable that the native front executable (<see cref="LeanCli"/>) hands <c>render</c>, <c>convert</c>,
/// <c>roundtrip</c> and <c>migrate</c> to: <c>jsonresume-full</c>, in the same folder as the front executable.
/// </summary>
internal static partial class Companion
{
    /// <summary>The companion's file name without an extension.</summary>
    public const string FileName = "jsonresume-full";

    /// <summary>Where the companion should be: beside the running executable, after symbolic links are followed.</summary>
    /// <returns>Its path (which may not exist).</returns>
    public static string Locate()
    {
        // On Linux Environment.ProcessPath is /proc/self/exe, links already followed: a symlink in /usr/local/bin
        // to the unpacked binary finds the companion beside the binary, not beside the link.
        var self = Environment.ProcessPath ?? Path.Combine(AppContext.BaseDirectory, CliMessages.CommandName);
        var real = File.ResolveLinkTarget(self, returnFinalTarget: true)?.FullName ?? self;
        return Path.Combine(Path.GetDirectoryName(real) ?? ".", FileName + (OperatingSystem.IsWindows() ? ".exe" : ""));
    }

    /// <summary>
    /// Runs the companion with the same arguments, standard streams and environment, and returns its exit code. On
    /// Unix the companion replaces this process (<c>execv</c>), so signals, exit codes and pipes behave as if it had
    /// been started directly.
    /// </summary>
    /// <param name="path">The companion's path.</param>
    /// <param name="args">The arguments, without the program name.</param>
    /// <param name="environment">Where to report a missing companion.</param>
    /// <param name="work">What the companion is needed for, as the message about a missing one says it (by default the command, quoted).</param>
    /// <returns>The companion's exit code, or <see cref="ExitCodes.Error"/> when it cannot be started.</returns>
    public static int Run(string path, string[] args, CliEnvironment environment, string? work = null)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(environment);
        if (!File.Exists(path))
        {
            return CliMessages.Error(environment.Error,
                $"{work ?? $"'{CliMessages.CommandName} {args[0]}'"} is run by {FileName}, which is not beside this binary (looked for {path}); " +
                $"install both files of the native package, or use the .NET tool (dotnet tool install -g JsonResume.Cli)");
        }

        environment.Output.Flush();
        environment.Error.Flush();
        if (!OperatingSystem.IsWindows())
        {
            // argv[0] is this process's own: the companion's help and messages then name the command users typed.
            string?[] argv = [Environment.GetCommandLineArgs().FirstOrDefault() ?? path, .. args, null];
            Execv(path, argv);
            // Only a failed execv returns.
            return CliMessages.Error(environment.Error, $"could not start {path} (error {Marshal.GetLastPInvokeError()})");
        }

        using var process = Process.Start(new ProcessStartInfo(path, args) { UseShellExecute = false })!;
        process.WaitForExit();
        return process.ExitCode;
    }

    [LibraryImport("libc", EntryPoint = "execv", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Execv(string path, string?[] argv);
}
