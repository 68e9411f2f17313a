using System.Text.Json;
using JsonResume.Cli.Common;
using JsonResume.Tests.Support;

namespace JsonResume.Tests.Cli;

/// <summary>
/// Inputs that are not résumé files (a folder, a FIFO nobody writes to, an endless device, an unreadable file, a
/// symbolic link loop, a glob that matches nothing): one clear message each, exit 2, and no hang.
/// </summary>
public sealed class InputFaultTests
{
    /// <summary>Far more than any of these runs needs: beyond it, the command hangs.</summary>
    private static readonly TimeSpan HangLimit = TimeSpan.FromSeconds(60);

    [Fact]
    public void A_folder_is_refused_with_a_hint()
    {
        using var dir = new TempFolder();
        Directory.CreateDirectory(dir.File("cv"));

        var run = Validate(dir, "cv");

        Assert.Equal("cv: error JR0005: Cannot read the input: is a folder, not a file (give a glob such as 'folder/*.json' to check the files in it).\ncv: not read\n", run.Stdout);
    }

    [Fact]
    public void A_fifo_without_a_writer_does_not_hang()
    {
        using var dir = new TempFolder();
        MakeFifoOrSkip(dir.File("pipe"));

        var run = Validate(dir, "pipe");
        Assert.StartsWith("pipe: error JR0005: Cannot read the input: is a pipe with nothing to read (no program writes to it).\n", run.Stdout, StringComparison.Ordinal);

        var convert = WithinLimit(() => CliRunner.Run(dir.Path, ["convert", "pipe"]));
        Assert.Equal((2, ""), (convert.ExitCode, convert.Stdout));
        Assert.Equal("pipe: error JR0005: Cannot read the input: is a pipe with nothing to read (no program writes to it).\n", convert.Stderr);
    }

    [Fact]
    public async Task A_pipe_with_a_writer_is_read_to_its_end()
    {
        if (!OperatingSystem.IsLinux())
        {
            Assert.Skip("/proc/self/fd is Linux's.");
        }

        // What validate <(command) gives: a path to a pipe that a running program writes to.
        using var pipe = new System.IO.Pipes.AnonymousPipeServerStream(System.IO.Pipes.PipeDirection.Out);
        var path = $"/proc/self/fd/{pipe.GetClientHandleAsString()}";
        var resume = File.ReadAllBytes(Repo.File("examples", "resume.json"));
        var writer = Task.Run(async () =>
        {
            await Task.Delay(200, TestContext.Current.CancellationToken);
            pipe.Write(resume);
            pipe.Dispose();
        }, TestContext.Current.CancellationToken);

        var run = WithinLimit(() => CliRunner.Run(Repo.Root, ["validate", path]));

        await writer.WaitAsync(HangLimit, TestContext.Current.CancellationToken);
        Assert.Equal((0, $"{path}: valid\n"), (run.ExitCode, run.Stdout));
    }

    [Fact]
    public void An_endless_device_stops_at_the_stream_limit()
    {
        if (!File.Exists("/dev/zero"))
        {
            Assert.Skip("/dev/zero does not exist here.");
        }

        using var dir = new TempFolder();
        var run = Validate(dir, "/dev/zero");

        Assert.StartsWith($"/dev/zero: error JR0005: Cannot read the input: gives more than {InputReader.MaxStreamBytes / (1024 * 1024)} MiB without a known length", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Standard_input_beyond_the_stream_limit_is_refused()
    {
        var run = CliRunner.Run(Repo.Root, ["validate", "-"], new byte[InputReader.MaxStreamBytes + 1]);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("<stdin>: error JR0005: Cannot read the input: gives more than ", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unreadable_file_is_refused()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Skip("File modes are Unix's.");
            return;
        }

        using var dir = new TempFolder();
        File.Copy(Repo.File("examples", "resume.json"), dir.File("secret.json"));
        File.SetUnixFileMode(dir.File("secret.json"), UnixFileMode.None);
        try
        {
            using var probe = File.OpenRead(dir.File("secret.json"));
            Assert.Skip("This user reads files without read permission (root): an unreadable file cannot be made here.");
        }
        catch (UnauthorizedAccessException)
        {
            // Unreadable, as wanted.
        }

        var run = Validate(dir, "secret.json");

        Assert.StartsWith("secret.json: error JR0005: Cannot read the input: permission denied.\n", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_symbolic_link_loop_is_refused()
    {
        using var dir = new TempFolder();
        File.CreateSymbolicLink(dir.File("a.json"), "b.json");
        File.CreateSymbolicLink(dir.File("b.json"), "a.json");

        var run = Validate(dir, "a.json");

        Assert.StartsWith("a.json: error JR0005: Cannot read the input: too many levels of symbolic links", run.Stdout, StringComparison.Ordinal);
        var render = WithinLimit(() => CliRunner.Run(dir.Path, ["render", "a.json", "--to", "text"]));
        Assert.Equal(2, render.ExitCode);
        Assert.StartsWith("a.json: error JR0005: Cannot read the input: too many levels of symbolic links", render.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_glob_that_matches_nothing_is_refused()
    {
        using var dir = new TempFolder();

        var run = Validate(dir, "cv/*.json");

        Assert.Equal("jsonresume: error: No file matches 'cv/*.json'.\n", run.Stderr);
    }

    [Fact]
    public void Every_fault_in_one_batch_is_reported_per_file_in_every_format()
    {
        using var dir = new TempFolder();
        Directory.CreateDirectory(dir.File("folder"));
        File.Copy(Repo.File("examples", "resume.json"), dir.File("good.json"));
        File.CreateSymbolicLink(dir.File("loop.json"), "loop.json");
        string[] files = ["good.json", "folder", "loop.json", "missing.json"];

        foreach (var jobs in new[] { "1", "4" })
        {
            var run = WithinLimit(() => CliRunner.Run(dir.Path, ["validate", "--format", "json", "--jobs", jobs, .. files]));

            Assert.Equal(2, run.ExitCode);
            using var report = JsonDocument.Parse(run.Stdout);
            var statuses = report.RootElement.GetProperty("files").EnumerateArray()
                .Select(f => $"{f.GetProperty("path").GetString()}: {f.GetProperty("status").GetString()}");
            Assert.Equal(["good.json: valid", "folder: unreadable", "loop.json: unreadable", "missing.json: unreadable"], statuses);
        }
    }

    private static CliRun Validate(TempFolder dir, string argument)
    {
        var run = WithinLimit(() => CliRunner.Run(dir.Path, ["validate", argument]));
        Assert.True(run.ExitCode == 2, run.Transcript);
        return run;
    }

    private static CliRun WithinLimit(Func<CliRun> run)
    {
        var task = Task.Run(run);
        Assert.True(task.Wait(HangLimit), $"the command did not finish within {HangLimit.TotalSeconds} s: it hangs");
        return task.Result;
    }

    private static void MakeFifoOrSkip(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Skip("FIFOs are a Unix thing.");
        }

        try
        {
            var run = Processes.Run("mkfifo", [path], Path.GetDirectoryName(path)!);
            Assert.True(run.ExitCode == 0, run.Transcript);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            Assert.Skip("mkfifo is not installed here.");
        }
    }
}
