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
        var read = TryRead(source, openInput, reuse: false, out var segment, out problem);
        bytes = read ? segment.Array! : [];
        return read;
    }

    /// <summary>
    /// Reads a file or standard input like <see cref="TryRead(InputSource, Func{Stream}, out byte[], out string)"/>, but
    /// a regular file goes into a buffer that this thread keeps for its next file: a batch of many small files reads
    /// them all into one or two buffers per worker instead of a new array per file. The bytes are valid until this
    /// thread's next call; the caller must not keep them (or anything that points into them) beyond its work on them.
    /// </summary>
    /// <param name="source">The input.</param>
    /// <param name="openInput">Opens standard input, for <c>-</c>.</param>
    /// <param name="bytes">The content, when it could be read.</param>
    /// <param name="problem">Why it could not.</param>
    /// <returns>Whether it was read.</returns>
    public static bool TryReadReusingBuffer(InputSource source, Func<Stream> openInput, out ReadOnlyMemory<byte> bytes, out string problem)
    {
        var read = TryRead(source, openInput, reuse: true, out var segment, out problem);
        bytes = read ? segment.AsMemory() : default;
        return read;
    }

    // The buffer a thread reuses for the files it reads (batches); one larger than this is not kept. The first is the
    // first file's size (a one-file run, the usual case, commits and clears no more memory than it reads), and it at
    // least doubles when a larger file comes, so a batch reallocates a few times at most.
    private const int MaxKeptBuffer = 4 * 1024 * 1024;

    [ThreadStatic]
    private static byte[]? threadBuffer;

    private static bool TryRead(InputSource source, Func<Stream> openInput, bool reuse, out ArraySegment<byte> bytes, out string problem)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(openInput);
        bytes = ArraySegment<byte>.Empty;
        try
        {
            if (source.IsStandardInput)
            {
                using var input = openInput();
                return TryReadStream(input, knownLength: false, reuse: false, out bytes, out problem);
            }

            if (Directory.Exists(source.FullPath))
            {
                problem = FolderProblem;
                return false;
            }

            using var stream = Open(source.FullPath!);
            var known = stream.CanSeek && stream.Length > 0;
            if (!TryReadStream(stream, known, reuse, out bytes, out problem))
            {
                return false;
            }

            if (bytes.Count == 0 && !stream.CanSeek)
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

    private static bool TryReadStream(Stream stream, bool knownLength, bool reuse, out ArraySegment<byte> bytes, out string problem)
    {
        problem = "";
        if (knownLength)
        {
            // A regular file: its length is known, so it is read at once (and may be larger than the stream limit).
            var length = checked((int)stream.Length);
            var array = reuse && length <= MaxKeptBuffer
                ? threadBuffer is { } kept && kept.Length >= length ? kept : threadBuffer = new byte[Math.Max(length, Math.Min(MaxKeptBuffer, 2 * (threadBuffer?.Length ?? 0)))]
                : new byte[length];
            bytes = new ArraySegment<byte>(array, 0, length);
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
                bytes = ArraySegment<byte>.Empty;
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
