using System.Text;

namespace JsonResume.Cli.Output;

/// <summary>
/// Writes files so that readers see the old content or the new one, never half of it: the bytes go to a hidden
/// temporary file in the same folder, are flushed to disk, and the temporary file is then renamed over the target (a
/// rename within one folder is atomic). A replaced file keeps its permissions. Every command that writes a file goes
/// through here; failures are one sentence, never an exception.
/// </summary>
public static class AtomicFile
{
    /// <summary>The problem given when the target exists and may not be replaced.</summary>
    public const string ExistsProblem = "already exists (use --force to replace it)";

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
    public static bool TryWrite(string path, ReadOnlySpan<byte> content, bool overwrite, out string problem)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            problem = "is a folder";
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
            problem = "its folder does not exist";
            return false;
        }

        var temp = Path.Combine(folder, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(content);
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
            problem = "its folder does not exist";
        }
        catch (UnauthorizedAccessException)
        {
            problem = "permission denied";
        }
        catch (IOException ex)
        {
            problem = ex.Message.TrimEnd('.');
        }

        TryDelete(temp);
        return false;
    }

    /// <summary>Copies a file to a backup (such as <c>resume.json.bak</c>), atomically as <see cref="TryWrite(string, ReadOnlySpan{byte}, bool, out string)"/>.</summary>
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
            problem = ex is UnauthorizedAccessException ? "permission denied" : ex.Message.TrimEnd('.');
            return false;
        }

        return TryWrite(backupPath, original, overwrite, out problem);
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Best effort: a leftover hidden .tmp file is harmless.
        }
    }
}
