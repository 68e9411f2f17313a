using JsonResume.Tests.Support;

namespace JsonResume.Tests.Cli;

/// <summary>
/// Every command that writes a file (<c>render -o</c>, <c>convert -o</c>, <c>migrate -o</c>, <c>migrate --in-place</c>)
/// facing a read-only file system, a full disk, a missing folder or its own input as output: one clear error line,
/// exit 2, the input untouched and no temporary file left behind.
/// </summary>
public sealed class OutputFaultTests
{
    private static readonly byte[] Resume = File.ReadAllBytes(Repo.File("examples", "resume.json"));
    private static readonly byte[] Legacy = File.ReadAllBytes(Repo.File("examples", "invalid", "old-field-names.json"));
    private static readonly byte[] Markdown = "# Jane Roe\n\nEmail: jane@example.com\n\n## Experience\n\n### Designer | Example Studio\n\n- Drew things\n"u8.ToArray();

    /// <summary>The writing commands: their input's name and content, and their arguments for an output (null: in place).</summary>
    public static TheoryData<string> Writers => new() { "render", "convert", "migrate", "migrate-in-place" };

    public static TheoryData<string> FileWriters => new() { "render", "convert", "migrate" };

    [Theory]
    [MemberData(nameof(Writers))]
    public void A_read_only_file_system_is_a_clear_error_and_changes_nothing(string writer)
    {
        using var fs = Tmpfs.MountOrSkip(1024);
        var (input, content) = WriteInput(fs.Path, writer);
        fs.MakeReadOnly();

        var run = CliRunner.Run(fs.Path, Args(writer, input, "out.txt", force: true));

        AssertRefused(run, "cannot write ", "Read-only file system.");
        Assert.Equal(content, File.ReadAllBytes(Path.Combine(fs.Path, input)));
        Assert.Equal([input], fs.FileNames());
    }

    [Theory]
    [MemberData(nameof(Writers))]
    public void A_full_disk_is_a_clear_error_and_leaves_no_temporary_file(string writer)
    {
        using var fs = Tmpfs.MountOrSkip(256);
        var (input, content) = WriteInput(fs.Path, writer);
        fs.Fill();

        var run = CliRunner.Run(fs.Path, Args(writer, input, "out.txt", force: false));

        AssertRefused(run, "cannot write ", ": no space left on the device.");
        Assert.Equal(content, File.ReadAllBytes(Path.Combine(fs.Path, input)));
        Assert.Equal(new[] { "filler", input }.Order(StringComparer.Ordinal), fs.FileNames());
    }

    [Theory]
    [MemberData(nameof(FileWriters))]
    public void A_missing_folder_is_a_clear_error(string writer)
    {
        using var dir = new TempFolder();
        var (input, content) = WriteInput(dir.Path, writer);

        var run = CliRunner.Run(dir.Path, Args(writer, input, "no/such/folder/out.txt", force: true));

        Assert.Equal((2, "", "jsonresume: error: cannot write no/such/folder/out.txt: its folder does not exist.\n"), (run.ExitCode, run.Stdout, run.Stderr));
        Assert.Equal(content, File.ReadAllBytes(dir.File(input)));
        Assert.Equal([input], dir.FileNames());
    }

    [Theory]
    [MemberData(nameof(FileWriters))]
    public void The_input_is_never_the_output_not_even_through_a_symbolic_link(string writer)
    {
        using var dir = new TempFolder();
        var (input, content) = WriteInput(dir.Path, writer);
        File.CreateSymbolicLink(dir.File("link"), input);
        Directory.CreateSymbolicLink(dir.File("folder-link"), dir.Path);

        foreach (var output in new[] { input, "./" + input, "link", Path.Combine("folder-link", input), dir.File(input) })
        {
            var run = CliRunner.Run(dir.Path, Args(writer, input, output, force: true));

            Assert.True(run.ExitCode == 2, $"{writer} -o {output}: {run.Transcript}");
            Assert.Equal("", run.Stdout);
            var line = Assert.Single(run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.Matches(writer == "migrate" ? "^jsonresume: error: --output names the input itself: " : $"^jsonresume: error: the output .+ is the input; {writer} never overwrites its input\\.$", line);
            Assert.Equal(content, File.ReadAllBytes(dir.File(input)));
        }

        Assert.Equal(new[] { "folder-link", input, "link" }.Order(StringComparer.Ordinal), Directory.GetFileSystemEntries(dir.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    private static (string Name, byte[] Content) WriteInput(string folder, string writer)
    {
        var (name, content) = writer switch
        {
            "render" => ("resume.json", Resume),
            "convert" => ("cv.md", Markdown),
            _ => ("old.json", Legacy),
        };
        File.WriteAllBytes(Path.Combine(folder, name), content);
        return (name, content);
    }

    private static string[] Args(string writer, string input, string output, bool force)
    {
        string[] args = writer switch
        {
            "render" => ["render", input, "--to", "html", "-o", output],
            "convert" => ["convert", input, "-o", output],
            "migrate" => ["migrate", input, "-o", output],
            _ => ["migrate", "--in-place", input],
        };
        return force ? [.. args, "--force"] : args;
    }

    private static void AssertRefused(CliRun run, string start, string end)
    {
        Assert.True(run.ExitCode == 2, run.Transcript);
        var line = Assert.Single(run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("jsonresume: error: " + start, line, StringComparison.Ordinal);
        Assert.EndsWith(end, line, StringComparison.Ordinal);
    }
}
