using JsonResume.Cli.Common;
using JsonResume.Tests.Support;

namespace JsonResume.Tests.Cli;

/// <summary>The temporary files of atomic writes: recognisable, and those of dead processes removed by the next write of the same target.</summary>
public sealed class AtomicFileTests
{
    [Fact]
    public void The_next_write_removes_temporary_files_of_dead_processes_only()
    {
        using var dir = new TempFolder();
        var target = dir.File("out.txt");
        var dead = dir.File(".out.txt.jsonresume-2147483646-0123456789abcdef.tmp"); // above any pid_max: no such process
        var alive = dir.File($".out.txt.jsonresume-{Environment.ProcessId}-0123456789abcdef.tmp"); // a write going on now
        var otherTarget = dir.File(".other.txt.jsonresume-2147483646-0123456789abcdef.tmp");
        var notOurs = dir.File(".out.txt.jsonresume-notapid.tmp");
        foreach (var file in new[] { dead, alive, otherTarget, notOurs })
        {
            File.WriteAllText(file, "partial");
        }

        Assert.Equal([dead], AtomicFile.StaleTemporaryFiles(target));
        Assert.True(AtomicFile.TryWrite(target, "new", overwrite: false, out var problem), problem);

        Assert.Equal("new", File.ReadAllText(target));
        Assert.Equal(
            new[] { alive, otherTarget, notOurs, target }.Select(Path.GetFileName).Order(StringComparer.Ordinal),
            dir.FileNames());
    }

    [Fact]
    public void A_replaced_file_keeps_its_mode_and_no_temporary_file_stays()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Skip("File modes are Unix's.");
            return;
        }

        using var dir = new TempFolder();
        var target = dir.File("out.txt");
        File.WriteAllText(target, "old");
        File.SetUnixFileMode(target, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.OtherRead);

        Assert.False(AtomicFile.TryWrite(target, "new", overwrite: false, out var refused));
        Assert.Equal(AtomicFile.ExistsProblem, refused);
        Assert.True(AtomicFile.TryWrite(target, "new", overwrite: true, out var problem), problem);

        Assert.Equal("new", File.ReadAllText(target));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.OtherRead, File.GetUnixFileMode(target));
        Assert.Equal(["out.txt"], dir.FileNames());
    }
}
