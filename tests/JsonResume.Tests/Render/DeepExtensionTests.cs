using System.Text;
using JsonResume.Diagnostics;
using JsonResume.Import;
using JsonResume.Json;
using JsonResume.Layout;
using JsonResume.Model;
using JsonResume.Render;

namespace JsonResume.Tests.Render;

/// <summary>
/// Extension data nested as deep as the reader allows renders in every format without blowing up (issue 13: indented
/// JSON made a value nested 200 deep about 400 lines indented up to 400 spaces) and reads back from Markdown and text
/// exactly; a name given twice inside extension data is written once.
/// </summary>
public sealed class DeepExtensionTests
{
    /// <summary>How many times the input's size a rendering may be, at most (before the fix: about 100 times at depth 256).</summary>
    private const int MaxGrowth = 2;

    /// <summary>Room for what every rendering adds whatever the input: the page's head and style, headings, the fence.</summary>
    private const int FixedOverhead = 16 * 1024;

    /// <summary>How many deep values each document carries (at the root and in a work entry), so that the size is
    /// the deep values' and not the page's.</summary>
    private const int Copies = 20;

    public static TheoryData<int> Depths => new() { 200, Limits.MaxDepth };

    [Fact]
    public void The_deepest_document_tested_is_the_deepest_the_reader_accepts()
    {
        Assert.NotNull(ResumeJson.Read(Document(Limits.MaxDepth)).Resume);
        Assert.Contains(ResumeJson.Read(Document(Limits.MaxDepth + 1)).Diagnostics, d => d.Code == DiagnosticCodes.TooDeep);
    }

    [Theory]
    [MemberData(nameof(Depths))]
    public void Markdown_stays_small_and_reads_back_equal(int depth)
    {
        var (input, resume) = Read(depth);

        var markdown = ResumeRenderer.ToMarkdown(resume);

        AssertBounded(input, markdown);
        AssertShallowIndentation(markdown, "");
        // The innermost string holds a run of four backticks: the fence outgrows it.
        Assert.Contains("\n`````json extensions\n", markdown, StringComparison.Ordinal);
        AssertEqual(resume, ResumeImporter.ReadMarkdown(markdown));
    }

    [Theory]
    [MemberData(nameof(Depths))]
    public void Text_stays_small_and_reads_back_equal(int depth)
    {
        var (input, resume) = Read(depth);

        var text = ResumeRenderer.ToText(resume);

        AssertBounded(input, text);
        AssertShallowIndentation(text, "  ");
        AssertEqual(resume, ResumeImporter.ReadText(text));
    }

    [Theory]
    [MemberData(nameof(Depths))]
    public void Html_stays_small(int depth)
    {
        var (input, resume) = Read(depth);

        AssertBounded(input, ResumeRenderer.ToHtml(resume));
    }

    [Fact]
    public void A_name_given_twice_in_extension_data_is_written_once_with_its_last_value()
    {
        var resume = ResumeJson.Read("{\"basics\":{\"name\":\"Ada Example\"},\"x-twice\":{\"a\":1,\"b\":{\"c\":[1],\"c\":2},\"a\":3}}"u8.ToArray()).Resume!;

        var markdown = ResumeRenderer.ToMarkdown(resume);
        var text = ResumeRenderer.ToText(resume);

        Assert.Contains("\"x-twice\": {\n    \"b\": {\n      \"c\": 2\n    },\n    \"a\": 3\n  }", markdown, StringComparison.Ordinal);
        var expected = ResumeJson.Read("{\"basics\":{\"name\":\"Ada Example\"},\"x-twice\":{\"b\":{\"c\":2},\"a\":3}}"u8.ToArray()).Resume!;
        AssertEqual(expected, ResumeImporter.ReadMarkdown(markdown));
        AssertEqual(expected, ResumeImporter.ReadText(text));
    }

    /// <summary>
    /// A résumé whose whole depth is <paramref name="depth"/>: at the root, <see cref="Copies"/> values under
    /// <c>x-deep</c>, and one in a work entry, each alternating objects and arrays down to a string with backticks.
    /// </summary>
    private static byte[] Document(int depth)
    {
        var sb = new StringBuilder("{\"basics\":{\"name\":\"Ada Example\"},\"work\":[{\"name\":\"Example Org\",\"x-deep\":");
        Nested(sb, depth - 3); // root object, work array, entry object
        sb.Append("}],\"x-deep\":[");
        for (var i = 0; i < Copies; i++)
        {
            Nested(sb.Append(i == 0 ? "" : ","), depth - 2); // root object, x-deep array
        }

        return Encoding.UTF8.GetBytes(sb.Append("]}").ToString());
    }

    /// <summary>A value <paramref name="levels"/> containers deep, objects and arrays in turn, a string at the bottom.</summary>
    private static void Nested(StringBuilder sb, int levels)
    {
        for (var i = 0; i < levels; i++)
        {
            sb.Append(i % 2 == 0 ? "{\"k\":" : "[");
        }

        sb.Append("\"a ````b\"");
        for (var i = levels - 1; i >= 0; i--)
        {
            sb.Append(i % 2 == 0 ? '}' : ']');
        }
    }

    private static (byte[] Input, Resume Resume) Read(int depth)
    {
        var input = Document(depth);
        var read = ResumeJson.Read(input);
        Assert.Empty(read.Diagnostics);
        return (input, read.Resume!);
    }

    private static void AssertBounded(byte[] input, string output) =>
        Assert.True(output.Length <= (MaxGrowth * input.Length) + FixedOverhead,
            $"{output.Length:N0} characters rendered from {input.Length:N0} bytes (at most {MaxGrowth} × input + {FixedOverhead:N0})");

    /// <summary>No line of the block is indented deeper than <see cref="ExtensionsBlock.IndentedDepth"/> levels.</summary>
    private static void AssertShallowIndentation(string output, string prefix)
    {
        var deepest = output.Split('\n').Max(line => line.Length - line.TrimStart(' ').Length);
        Assert.InRange(deepest, 0, prefix.Length + (2 * ExtensionsBlock.IndentedDepth));
    }

    private static void AssertEqual(Resume expected, ReadResult read)
    {
        Assert.DoesNotContain(read.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.NotNull(read.Resume);
        Assert.Equal(ResumeJson.Write(expected), ResumeJson.Write(read.Resume));
    }
}
