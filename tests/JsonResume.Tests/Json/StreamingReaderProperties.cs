using System.Text;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using JsonResume.FsCheck;
using JsonResume.Json;
using JsonResume.Tests.Support;

namespace JsonResume.Tests.Json;

/// <summary>
/// <see cref="ResumeJson.Read(ReadOnlyMemory{byte})"/> builds the model straight from the text (the generated
/// <c>ModelStreamReader</c>); <see cref="ResumeJson.ReadWithDocument"/> is the earlier reading through a whole
/// <c>JsonDocument</c>. Both must give the same résumé (written out byte for byte) and the same findings, in the same
/// order, for every input: the generators' résumés, schema-driven documents with hostile text and extension data,
/// mutants with values of the wrong type, repeated property names, and every shared document.
/// </summary>
public sealed class StreamingReaderProperties
{
    [Fact]
    public void Generated_resumes_read_the_same()
    {
        PropertyRuns.Check(ResumeGenerators.Resumes(), resume => AssertSame(ResumeJson.WriteUtf8(resume)));
    }

    [Fact]
    public void Schema_driven_documents_read_the_same()
    {
        PropertyRuns.Check(SchemaResumes.Json(valid: false), json => AssertSame(Encoding.UTF8.GetBytes(json)));
    }

    [Fact]
    public void Mutants_read_the_same()
    {
        var mutants = ResumeGenerators.Resumes()
            .SelectMany(r => ResumeMutants.Of(JsonNode.Parse(ResumeJson.Write(r))!));
        PropertyRuns.Check(mutants, m => AssertSame(Encoding.UTF8.GetBytes(m.Json)));
    }

    [Theory]
    [InlineData("""{"basics":{"name":"A","name":"B"}}""")]
    [InlineData("""{"x":1,"y":2,"x":3}""")]
    [InlineData("""{"work":[{"name":1,"name":"a"}],"work":"b"}""")]
    [InlineData("""{"work":[{"name":"a","name":"b"},2]}""")]
    [InlineData("""{"work":[{"highlights":["a",1]},{"location":5}],"skills":[1]}""")]
    [InlineData("""{"basics":{"profiles":[{"url":[]},"x"],"location":{"city":{}}},"meta":[],"interests":{}}""")]
    [InlineData("""{"n\u0061me":1,"basics":{"n\u0061me":"a","\u006eame":"b"}}""")]
    [InlineData("""{"basics":{"name":"x\ud800y"},"work":[{"summary":"\udc00"}]}""")]
    [InlineData("""[1,2]""")]
    [InlineData("\"text\"")]
    [InlineData("""{"a":1,}""")]
    [InlineData("{\"a\":\n  [1, 2}")]
    [InlineData("")]
    [InlineData("""{"basics":{}} {}""")]
    public void Edge_cases_read_the_same(string json)
    {
        AssertSame(Encoding.UTF8.GetBytes(json));
    }

    [Fact]
    public void Deep_nesting_reads_the_same()
    {
        foreach (var depth in (int[])[JsonInput.MaxDepth - 1, JsonInput.MaxDepth, JsonInput.MaxDepth + 1])
        {
            var deep = new string('[', depth - 1) + new string(']', depth - 1);
            AssertSame(Encoding.UTF8.GetBytes($$"""{"x-deep":{{deep}}}"""));
        }
    }

    [Theory]
    [InlineData("corpus/json")]
    [InlineData("reference/examples")]
    public void Every_shared_document_reads_the_same(string folder)
    {
        foreach (var file in Repo.SharedFiles(folder))
        {
            AssertSame(File.ReadAllBytes(file), Path.GetFileName(file));
        }
    }

    private static void AssertSame(byte[] input, string? name = null)
    {
        var streamed = ResumeJson.Read(input);
        var documented = ResumeJson.ReadWithDocument(input);
        var what = name ?? Encoding.UTF8.GetString(input);
        Assert.True(documented.Diagnostics.SequenceEqual(streamed.Diagnostics),
            $"findings differ for {what}:\n{string.Join("\n", documented.Diagnostics)}\n---\n{string.Join("\n", streamed.Diagnostics)}");
        Assert.Equal(documented.Resume is null, streamed.Resume is null);
        if (documented.Resume is { } expected)
        {
            var (a, b) = (ResumeJson.Write(expected), ResumeJson.Write(streamed.Resume!));
            Assert.True(a == b, $"résumés differ for {what}:\n{a}\n---\n{b}");
        }
    }
}
