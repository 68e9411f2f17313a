using System.Text;

namespace JsonResume.Cli.Output;

/// <summary>
/// Writes a file all at once: the content goes to a temporary file in the same folder, which is then renamed over the
/// target, so readers never see half a file. An existing file is replaced only when asked.
/// </summary>
public static class AtomicFile
{
    /// <summary>Writes UTF-8 text (no byte order mark).</summary>
    /// <param name="path">The target file.</param>
    /// <param name="content">The text.</param>
    /// <param name="overwrite">Whether an existing file may be replaced.</param>
    /// <param name="problem">Why the file was not written, when it was not.</param>
    /// <returns>Whether the file was written.</returns>
    public static bool TryWrite(string path, string content, bool overwrite, out string problem)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(content);
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            problem = "is a folder";
            return false;
        }

        if (!overwrite && File.Exists(full))
        {
            problem = "already exists (use --force to replace it)";
            return false;
        }

        var folder = Path.GetDirectoryName(full)!;
        var temp = Path.Combine(folder, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write))
            {
                stream.Write(new UTF8Encoding(false).GetBytes(content));
                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, full, overwrite);
            problem = "";
            return true;
        }
        catch (IOException) when (!overwrite && File.Exists(full))
        {
            problem = "already exists (use --force to replace it)";
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

        try
        {
            File.Delete(temp);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Nothing more to do: the temporary file could not be removed.
        }

        return false;
    }
}
