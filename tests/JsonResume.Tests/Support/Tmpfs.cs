namespace JsonResume.Tests.Support;

/// <summary>
/// A small tmpfs mounted on a fresh folder, for file-system faults no permission bit can make for root (a full disk,
/// a read-only file system). Needs root and a kernel that lets the test mount; otherwise the test skips visibly.
/// </summary>
internal sealed class Tmpfs : IDisposable
{
    private readonly TempFolder _folder;

    private Tmpfs(TempFolder folder) => _folder = folder;

    /// <summary>The mounted folder.</summary>
    public string Path => _folder.Path;

    /// <summary>A path inside the mounted folder.</summary>
    public string File(params string[] parts) => _folder.File(parts);

    /// <summary>Mounts a tmpfs of <paramref name="kilobytes"/> KiB, or skips the test (with the reason) when it cannot.</summary>
    /// <param name="kilobytes">Its size.</param>
    /// <returns>The mounted file system; unmounted and removed when disposed.</returns>
    public static Tmpfs MountOrSkip(int kilobytes)
    {
        if (!OperatingSystem.IsLinux() || Environment.UserName != "root")
        {
            Assert.Skip("Mounting a tmpfs needs Linux and root: the full-disk and read-only cases are not tested here.");
        }

        var folder = new TempFolder("jsonresume-tmpfs-");
        var run = Processes.Run("mount", ["-t", "tmpfs", "-o", $"size={kilobytes}k", "tmpfs", folder.Path], folder.Path);
        if (run.ExitCode != 0)
        {
            folder.Dispose();
            Assert.Skip($"Cannot mount a tmpfs here ({run.Stderr.Trim()}): the full-disk and read-only cases are not tested.");
        }

        return new Tmpfs(folder);
    }

    /// <summary>Makes the file system read-only: even root cannot write to it then.</summary>
    public void MakeReadOnly()
    {
        var run = Processes.Run("mount", ["-o", "remount,ro", Path], "/");
        Assert.True(run.ExitCode == 0, run.Transcript);
    }

    /// <summary>Fills the file system to the last byte with a file named <c>filler</c>.</summary>
    public void Fill()
    {
        // Unbuffered, so that the write that finds the disk full throws here and not again when the stream closes.
        using var filler = new FileStream(File("filler"), FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 0);
        foreach (var size in new[] { 4096, 1 })
        {
            var block = new byte[size];
            try
            {
                while (true)
                {
                    filler.Write(block);
                }
            }
            catch (IOException)
            {
                // Full at this block size: go on with smaller blocks, then stop.
            }
        }
    }

    /// <summary>The names of the files in the folder (hidden ones too), sorted.</summary>
    public IReadOnlyList<string> FileNames() => _folder.FileNames();

    public void Dispose()
    {
        Processes.Run("umount", ["-l", Path], "/");
        _folder.Dispose();
    }
}
