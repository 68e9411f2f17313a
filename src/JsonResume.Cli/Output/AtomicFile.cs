namespace JsonResume.Cli.Output;

/// <summary>
/// Writes files so that readers see the old content or the new one, never half of it: the bytes go to a hidden
/// temporary file in the same folder, are flushed to disk, and the temporary file is then renamed over the target
/// (a rename within one folder is atomic). Every command that writes a file goes through here.
/// </summary>
public static class AtomicFile
{
    /// <summary>Writes a file atomically.</summary>
    /// <param name="path">The file to write (absolute, or relative to the process's working folder).</param>
    /// <param name="content">Its new content.</param>
    /// <param name="overwrite">Whether an existing file may be replaced (it keeps its permissions). When false and the
    /// file exists, even if it appeared while writing, nothing is changed and an <see cref="IOException"/> is thrown.</param>
    /// <exception cref="IOException">The file exists and <paramref name="overwrite"/> is false, or writing failed.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder or the file may not be written.</exception>
    public static void Write(string path, ReadOnlySpan<byte> content, bool overwrite)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var target = Path.GetFullPath(path);
        if (!overwrite && (File.Exists(target) || Directory.Exists(target)))
        {
            throw new IOException($"'{path}' already exists.");
        }

        var folder = Path.GetDirectoryName(target) ?? throw new IOException($"'{path}' names no file.");
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException("its folder does not exist.");
        }
        var temporary = Path.Combine(folder, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(content);
                stream.Flush(flushToDisk: true);
            }

            if (overwrite && !OperatingSystem.IsWindows() && File.Exists(target))
            {
                File.SetUnixFileMode(temporary, File.GetUnixFileMode(target));
            }

            File.Move(temporary, target, overwrite);
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }
    }

    /// <summary>Copies a file to a backup beside it, atomically (as <see cref="Write"/>).</summary>
    /// <param name="path">The file.</param>
    /// <param name="backupPath">Where the copy goes.</param>
    /// <param name="overwrite">Whether an existing backup may be replaced.</param>
    public static void Backup(string path, string backupPath, bool overwrite) =>
        Write(backupPath, File.ReadAllBytes(path), overwrite);

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // Best effort: a leftover hidden .tmp file is harmless.
        }
        catch (UnauthorizedAccessException)
        {
            // Same.
        }
    }
}
