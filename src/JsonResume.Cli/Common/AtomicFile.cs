using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace JsonResume.Cli.Common;

/// <summary>
/// Writes files so that readers see the old content or the new one, never half of it, even when the process is
/// killed: the bytes go to a temporary file in the same folder, are flushed to disk, and the temporary file is then
/// renamed over the target (a rename within one folder is atomic). A replaced file keeps its permissions. A failed
/// write removes its temporary file. The temporary file is named <c>.TARGET.jsonresume-PID-RANDOM.tmp</c>: a run
/// killed before its rename leaves one behind, and the next write of the same target removes every such file whose
/// process is gone, so they never pile up. Failures are one sentence, never an exception.
/// </summary>
internal static class AtomicFile
{
    /// <summary>The problem given when the target exists and may not be replaced.</summary>
    public const string ExistsProblem = "already exists (use --force to replace it)";

    /// <summary>The problem given when the target is a folder.</summary>
    public const string FolderProblem = "is a folder";

    /// <summary>The problem given when the target's folder does not exist.</summary>
    public const string MissingFolderProblem = "its folder does not exist";

    private const string TempMarker = ".jsonresume-";
    private const string TempExtension = ".tmp";
    private const int NoSpace = 28; // ENOSPC, the errno .NET gives as the HResult of the IOException

    /// <summary>Writes UTF-8 text (no byte order mark).</summary>
    /// <param name="path">The target file.</param>
    /// <param name="content">The text.</param>
    /// <param name="overwrite">Whether an existing file may be replaced.</param>
    /// <param name="problem">Why the file was not written, when it was not.</param>
    /// <returns>Whether the file was written.</returns>
    public static bool TryWrite(string path, string content, bool overwrite, out string problem)
    {
        ArgumentNullException.ThrowIfNull(content);
        return TryWrite(path, new UTF8Encoding(false).GetBytes(content), overwrite, out problem);
    }

    /// <summary>Writes bytes.</summary>
    /// <param name="path">The target file.</param>
    /// <param name="content">The bytes.</param>
    /// <param name="overwrite">Whether an existing file may be replaced. When false and the file exists, even if it
    /// appeared while writing, nothing is changed.</param>
    /// <param name="problem">Why the file was not written, when it was not (such as <c>its folder does not exist</c>).</param>
    /// <returns>Whether the file was written.</returns>
    public static bool TryWrite(string path, ReadOnlyMemory<byte> content, bool overwrite, out string problem) =>
        TryWrite(path, stream => stream.Write(content.Span), overwrite, out problem);

    /// <summary>Writes what <paramref name="write"/> writes to the stream it is given (a large result need not be held whole).</summary>
    /// <param name="path">The target file.</param>
    /// <param name="write">Writes the content (the stream is flushed and closed after it).</param>
    /// <param name="overwrite">As for <see cref="TryWrite(string, ReadOnlyMemory{byte}, bool, out string)"/>.</param>
    /// <param name="problem">Why the file was not written, when it was not.</param>
    /// <returns>Whether the file was written.</returns>
    public static bool TryWrite(string path, Action<Stream> write, bool overwrite, out string problem)
    {
        ArgumentNullException.ThrowIfNull(write);
        ArgumentException.ThrowIfNullOrEmpty(path);
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            problem = FolderProblem;
            return false;
        }

        if (!overwrite && File.Exists(full))
        {
            problem = ExistsProblem;
            return false;
        }

        var folder = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(folder))
        {
            problem = MissingFolderProblem;
            return false;
        }

        RemoveStaleTemporaryFiles(full);
        var temp = Path.Combine(folder, string.Create(CultureInfo.InvariantCulture,
            $"{TempPrefix(full)}{Environment.ProcessId}-{Guid.NewGuid():N}{TempExtension}"));
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }

            if (overwrite && !OperatingSystem.IsWindows() && File.Exists(full))
            {
                File.SetUnixFileMode(temp, File.GetUnixFileMode(full));
            }

            File.Move(temp, full, overwrite);
            problem = "";
            return true;
        }
        catch (IOException) when (!overwrite && File.Exists(full))
        {
            problem = ExistsProblem;
        }
        catch (DirectoryNotFoundException)
        {
            problem = MissingFolderProblem;
        }
        catch (UnauthorizedAccessException)
        {
            problem = "permission denied";
        }
        catch (IOException ex)
        {
            problem = ex.HResult == NoSpace ? "no space left on the device" : WithoutPath(ex.Message);
        }
        catch
        {
            TryDelete(temp); // whatever the writer threw, the half-written file goes
            throw;
        }

        TryDelete(temp);
        return false;
    }

    /// <summary>Copies a file to a backup (such as <c>resume.json.bak</c>), atomically as <see cref="TryWrite(string, ReadOnlyMemory{byte}, bool, out string)"/>.</summary>
    /// <param name="path">The file.</param>
    /// <param name="backupPath">Where the copy goes.</param>
    /// <param name="overwrite">Whether an existing backup may be replaced.</param>
    /// <param name="problem">Why no backup was made, when none was.</param>
    /// <returns>Whether the backup was made.</returns>
    public static bool TryBackup(string path, string backupPath, bool overwrite, out string problem)
    {
        byte[] original;
        try
        {
            original = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            problem = ex is UnauthorizedAccessException ? "permission denied" : WithoutPath(ex.Message);
            return false;
        }

        return TryWrite(backupPath, original, overwrite, out problem);
    }

    /// <summary>Deletes a file if it can; for undoing a step of a write that failed later.</summary>
    /// <param name="path">The file.</param>
    public static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Best effort: what is left is a hidden .tmp file that the next write of the same target removes.
        }
    }

    /// <summary>The temporary files of earlier writes of this target whose process no longer runs.</summary>
    /// <param name="target">The target file (absolute path).</param>
    /// <returns>Their paths.</returns>
    public static IReadOnlyList<string> StaleTemporaryFiles(string target)
    {
        var prefix = TempPrefix(target);
        try
        {
            return Directory.EnumerateFiles(Path.GetDirectoryName(target)!, prefix + "*" + TempExtension)
                .Where(file => !IsRunning(Path.GetFileName(file)[prefix.Length..]))
                .ToList();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }

    private static void RemoveStaleTemporaryFiles(string target)
    {
        foreach (var stale in StaleTemporaryFiles(target))
        {
            TryDelete(stale);
        }
    }

    private static string TempPrefix(string target) => $".{Path.GetFileName(target)}{TempMarker}";

    /// <summary>Whether the process that named a temporary file <c>PID-RANDOM.tmp</c> still runs (it may be writing it now).</summary>
    private static bool IsRunning(string pidAndRest)
    {
        var dash = pidAndRest.IndexOf('-', StringComparison.Ordinal);
        if (dash <= 0 || !int.TryParse(pidAndRest.AsSpan(0, dash), NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
        {
            return true; // not one of ours: leave it alone
        }

        if (pid == Environment.ProcessId)
        {
            return true;
        }

        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>.NET adds the file's path to some messages (<c>Read-only file system : '/x/.a.tmp'</c>): the temporary name means nothing to users.</summary>
    private static string WithoutPath(string message)
    {
        var at = message.IndexOf(" : '", StringComparison.Ordinal);
        return (at > 0 ? message[..at] : message).TrimEnd('.');
    }
}
