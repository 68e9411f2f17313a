using System.Text;
using JsonResume.Json;
using JsonResume.Model;
using JsonResume.Render;
using JsonResume.Tests.Support;

namespace JsonResume.Tests.Render;

/// <summary>The renderers' writer methods give the text the string methods give, and write it out entry by entry.</summary>
public sealed class StreamingRenderTests
{
    private const int Entries = 200;

    public static TheoryData<string> Formats => new() { "md", "txt", "html" };

    [Theory]
    [MemberData(nameof(Formats))]
    public void A_large_resume_goes_out_in_pieces_that_join_to_the_string_result(string format)
    {
        var resume = Large();
        var expected = Render(format, resume);
        var writer = new CountingWriter();

        Write(format, resume, writer);

        Assert.Equal(expected, writer.Text);
        // At least one write per entry: no whole-document buffer stands between the layout and the output.
        Assert.True(writer.Writes > Entries, $"{writer.Writes} writes for {Entries} entries");
    }

    [Fact]
    public void An_unsupported_language_is_refused_before_anything_is_written()
    {
        var writer = new CountingWriter();

        Assert.Throws<ArgumentException>(() => ResumeRenderer.WriteMarkdown(Large(), writer, new RenderOptions { Language = "tlh" }));
        Assert.Equal(0, writer.Writes);
    }

    private static Resume Large()
    {
        var resume = ResumeJson.Read(File.ReadAllBytes(Repo.File("examples", "resume.json"))).Resume!;
        var work = resume.Work![0];
        resume.Work = [.. Enumerable.Range(0, Entries).Select(i => new Work { Name = $"{work.Name} {i}", Position = work.Position, StartDate = work.StartDate, Highlights = work.Highlights })];
        return resume;
    }

    private static string Render(string format, Resume resume) => format switch
    {
        "md" => ResumeRenderer.ToMarkdown(resume),
        "txt" => ResumeRenderer.ToText(resume),
        _ => ResumeRenderer.ToHtml(resume),
    };

    private static void Write(string format, Resume resume, TextWriter writer)
    {
        switch (format)
        {
            case "md":
                ResumeRenderer.WriteMarkdown(resume, writer);
                break;
            case "txt":
                ResumeRenderer.WriteText(resume, writer);
                break;
            default:
                ResumeRenderer.WriteHtml(resume, writer);
                break;
        }
    }

    /// <summary>Keeps what is written and counts the calls that wrote text.</summary>
    private sealed class CountingWriter : TextWriter
    {
        private readonly StringBuilder text = new();

        public int Writes { get; private set; }

        public string Text => text.ToString();

        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value)
        {
            Writes++;
            text.Append(value);
        }

        public override void Write(string? value)
        {
            Writes++;
            text.Append(value);
        }

        public override void Write(StringBuilder? value)
        {
            Writes++;
            text.Append(value);
        }
    }
}
