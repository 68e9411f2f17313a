using System.Globalization;
using Microsoft.Win32.SafeHandles;

namespace JsonResume.Cli.Common;

/// <summary>
/// Reads one input to its end, for every command; turns every way reading can fail into one sentence instead of an
/// exception or a hang. A folder, a missing file, no permission and a symbolic link loop are refused by name; a named
/// pipe (FIFO) is opened without waiting for a writer, so one without a writer is "nothing to read" instead of a hang;
/// a stream without a length (standard input, a pipe, a device such as <c>/dev/zero</c>) is read up to
/// <see cref="MaxStreamBytes"/>.
/// </summary>
internal static class InputReader
{
    /// <summary>The most bytes read from a stream without a length before giving up: far above any résumé, far below the memory of a small machine.</summary>
    public const int MaxStreamBytes = 128 * 1024 * 1024;

    /// <summary>The problem given for a folder named where a file belongs.</summary>
    public const string FolderProblem = "is a folder, not a file";

    /// <summary>Reads a file or standard input.</summary>
    /// <param name="source">The input.</param>
    /// <param name="openInput">Opens standard input, for <c>-</c>.</param>
    /// <param name="bytes">The content, when it could be read.</param>
    /// <param name="problem">Why it could not, such as <c>no such file</c> (no final period).</param>
    /// <returns>Whether it was read.</returns>
    public static bool TryRead(InputSource source, Func<Stream> openInput, out byte[] bytes, out string problem)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(openInput);
        bytes = [];
        try
        {
            if (source.IsStandardInput)
            {
                using var input = openInput();
                return TryReadStream(input, knownLength: false, out bytes, out problem);
            }

            if (Directory.Exists(source.FullPath))
            {
                problem = FolderProblem;
                return false;
            }

            using var stream = Open(source.FullPath!);
            var known = stream.CanSeek && stream.Length > 0;
            if (!TryReadStream(stream, known, out bytes, out problem))
            {
                return false;
            }

            if (bytes.Length == 0 && !stream.CanSeek)
            {
                problem = "is a pipe with nothing to read (no program writes to it)";
                return false;
            }

            return true;
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            problem = "no such file";
        }
        catch (UnauthorizedAccessException)
        {
            problem = "permission denied";
        }
        catch (IOException ex)
        {
            problem = ex.Message.TrimEnd('.');
        }

        return false;
    }

    private static bool TryReadStream(Stream stream, bool knownLength, out byte[] bytes, out string problem)
    {
        problem = "";
        if (knownLength)
        {
            // A regular file: its length is known, so it is read at once (and may be larger than the stream limit).
            bytes = new byte[stream.Length];
            stream.ReadExactly(bytes);
            return true;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[64 * 1024];
        int read;
        while ((read = stream.Read(chunk)) > 0)
        {
            if (buffer.Length + read > MaxStreamBytes)
            {
                bytes = [];
                problem = string.Create(CultureInfo.InvariantCulture,
                    $"gives more than {MaxStreamBytes / (1024 * 1024)} MiB without a known length (an endless device or stream?); that is the most the tool reads from a pipe, a device or standard input");
                return false;
            }

            buffer.Write(chunk, 0, read);
        }

        bytes = buffer.ToArray();
        return true;
    }

    private static FileStream Open(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1);
        }

        // open(2) of a FIFO waits for a writer: open it non-blocking, then let reads block again (a FIFO with a writer
        // is read to its end; one without gives end of file at once).
        var fd = UnixFile.OpenForReading(path, out var error);
        if (fd < 0)
        {
            throw error;
        }

        return new FileStream(new SafeFileHandle(fd, ownsHandle: true), FileAccess.Read, 1);
    }
}
