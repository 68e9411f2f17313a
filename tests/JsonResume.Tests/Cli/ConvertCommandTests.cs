using System.Text.Json;
using JsonResume.Tests.Support;

namespace JsonResume.Tests.Cli;

/// <summary>The real <c>jsonresume convert</c> process: exit codes, output files, reports.</summary>
public sealed class ConvertCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("jsonresume-convert-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Converts_markdown_to_a_json_file_and_exits_0()
    {
        var input = Write("cv.txt", "# Jane Roe\n\nEmail: jane@example.com\n\n## Experience\n\n### Designer | Example Studio\n\n**2019 – Present**\n\n- Drew things\n");
        var output = Path.Combine(_dir, "cv.json");
        var (code, _, _) = Run("convert", input, "-o", output);
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(File.ReadAllText(output));
        Assert.Equal("Jane Roe", json.RootElement.GetProperty("basics").GetProperty("name").GetString());
        Assert.Equal("Example Studio", json.RootElement.GetProperty("work")[0].GetProperty("name").GetString());
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(output)!, "*.tmp"));
    }

    [Fact]
    public void Hidden_comments_are_reported_on_stderr_and_included_on_request()
    {
        var input = Write("cv.md", "# Jane Roe\n\n<!-- ## Skills\n\nSecret: Cooking -->\n");
        var (code, stdout, stderr) = Run("convert", input);
        Assert.Equal(0, code);
        Assert.Contains("use --include-comments", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Cooking", stdout, StringComparison.Ordinal);
        (code, stdout, _) = Run("convert", input, "--include-comments");
        Assert.Equal(0, code);
        Assert.Contains("Cooking", stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("text")]
    [InlineData("json")]
    public void The_report_is_printed_in_the_format_asked_for(string format)
    {
        var input = Write("cv.txt", "Jane Roe\nEmail: jane@example.com\n");
        var (code, _, stderr) = Run("convert", input, "--report", format);
        Assert.Equal(0, code);
        if (format == "json")
        {
            using var report = JsonDocument.Parse(stderr[stderr.IndexOf('{', StringComparison.Ordinal)..]);
            Assert.Equal(3, report.RootElement.GetProperty("lines").GetArrayLength());
        }
        else
        {
            Assert.Contains("/basics/email", stderr, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_missing_input_exits_2()
    {
        var (code, _, stderr) = Run("convert", "absent.md");
        Assert.Equal(2, code);
        Assert.Contains("absent.md: error JR0005: Cannot read the input", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void The_input_is_never_overwritten()
    {
        var input = Write("cv.md", "# Jane Roe\n");
        var (code, _, stderr) = Run("convert", input, "-o", "cv.md", "--force");
        Assert.Equal(2, code);
        Assert.Contains("never overwrites its input", stderr, StringComparison.Ordinal);
        Assert.Equal("# Jane Roe\n", File.ReadAllText(input));
    }

    [Fact]
    public void An_existing_output_is_replaced_only_with_force()
    {
        var input = Write("cv.md", "# Jane Roe\n");
        Write("cv.json", "mine");
        var (code, _, stderr) = Run("convert", "cv.md", "-o", "cv.json");
        Assert.Equal(2, code);
        Assert.Contains("already exists", stderr, StringComparison.Ordinal);
        Assert.Equal("mine", File.ReadAllText(Path.Combine(_dir, "cv.json")));
        Assert.Equal(0, Run("convert", input, "-o", "cv.json", "--force").Code);
        Assert.Contains("Jane Roe", File.ReadAllText(Path.Combine(_dir, "cv.json")), StringComparison.Ordinal);
    }

    [Fact]
    public void An_invalid_json_resume_exits_1_with_its_findings()
    {
        var input = Write("resume.json", "{ \"basics\": { \"email\": \"not an email\" } }");
        var (code, stdout, stderr) = Run("convert", input);
        Assert.Equal(1, code);
        Assert.Contains("JR1004", stderr, StringComparison.Ordinal);
        Assert.Contains("not an email", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_json_resume_is_validated_and_normalised()
    {
        var input = Write("resume.json", "{ \"basics\": { \"name\": \"Jane Roe\" },   \"x-extra\": 1 }");
        var output = Path.Combine(_dir, "normalised.json");
        var (code, _, _) = Run("convert", input, "-o", output);
        Assert.Equal(0, code);
        Assert.Equal("{\n  \"basics\": {\n    \"name\": \"Jane Roe\"\n  },\n  \"x-extra\": 1\n}\n", File.ReadAllText(output));
    }

    [Fact]
    public void The_format_can_be_forced()
    {
        var input = Write("cv.md", "# Jane Roe\n");
        var (code, _, stderr) = Run("convert", input, "--from", "text", "--report", "text");
        Assert.Equal(0, code);
        Assert.Contains("read as text", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Binary_input_is_refused_with_exit_code_2_and_nothing_written()
    {
        var input = Path.Combine(_dir, "photo.md");
        File.WriteAllBytes(input, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52]);
        var output = Path.Combine(_dir, "photo.json");
        var (code, stdout, stderr) = Run("convert", input, "-o", output);
        Assert.Equal(2, code);
        Assert.Contains("error JR0011: The input is not text", stderr, StringComparison.Ordinal);
        Assert.Equal("", stdout);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void Utf32_input_is_decoded_by_the_library()
    {
        var input = Path.Combine(_dir, "cv.md");
        File.WriteAllBytes(input, [.. System.Text.Encoding.UTF32.Preamble, .. System.Text.Encoding.UTF32.GetBytes("# Zoë Roe\n\nDesigner at the Example Studio.\n")]);
        var (code, stdout, _) = Run("convert", input);
        Assert.Equal(0, code);
        Assert.Contains("\"name\": \"Zoë Roe\"", stdout, StringComparison.Ordinal);
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, content);
        return path;
    }

    private (int Code, string Stdout, string Stderr) Run(params string[] args)
    {
        var run = CliRunner.Run(_dir, args);
        return (run.ExitCode, run.Stdout, run.Stderr);
    }
}
