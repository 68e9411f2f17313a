using System.Runtime.InteropServices;

namespace JsonResume.Cli.Common;

/// <summary>The few Linux calls .NET does not offer: opening a file without waiting for a FIFO's writer.</summary>
internal static partial class UnixFile
{
    private const int ReadOnly = 0;
    private const int NonBlocking = 0x800; // O_NONBLOCK on Linux
    private const int CloseOnExec = 0x80000; // O_CLOEXEC on Linux
    private const int GetFlags = 3; // F_GETFL
    private const int SetFlags = 4; // F_SETFL
    private const int NoEntry = 2; // ENOENT
    private const int NotADirectory = 20; // ENOTDIR
    private const int AccessDenied = 13; // EACCES
    private const int LinkLoop = 40; // ELOOP on Linux

    /// <summary>Opens a file for reading without blocking on a FIFO, then makes reads blocking again.</summary>
    /// <param name="path">The file.</param>
    /// <param name="error">What went wrong, as the exception .NET would throw, when the result is negative.</param>
    /// <returns>The file descriptor, or -1.</returns>
    public static nint OpenForReading(string path, out Exception error)
    {
        error = null!;
        var fd = Open(path, ReadOnly | NonBlocking | CloseOnExec);
        if (fd < 0)
        {
            var errno = Marshal.GetLastPInvokeError();
            error = errno switch
            {
                NoEntry or NotADirectory => new FileNotFoundException(null, path),
                AccessDenied => new UnauthorizedAccessException(),
                LinkLoop => new IOException("too many levels of symbolic links (a symbolic link loop?)"),
                _ => new IOException(Marshal.GetPInvokeErrorMessage(errno)),
            };
            return -1;
        }

        var flags = Fcntl(fd, GetFlags, 0);
        if (flags >= 0)
        {
            _ = Fcntl(fd, SetFlags, flags & ~NonBlocking);
        }

        return fd;
    }

    [LibraryImport("libc", EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Open(string path, int flags);

    [LibraryImport("libc", EntryPoint = "fcntl", SetLastError = true)]
    private static partial int Fcntl(int fd, int command, int argument);
}
