using System.Text;
using JsonResume.Json;
using JsonResume.Tests.Support;

namespace JsonResume.Tests.Json;

/// <summary>Write(Read(x)) is semantically x for every real document that parses.</summary>
public sealed class CorpusRoundTripTests
{
    public static TheoryData<string> Folders => new() { "corpus/json", "reference/examples" };

    [Theory]
    [MemberData(nameof(Folders))]
    public void Every_shared_document_round_trips_losslessly(string folder)
    {
        var files = Repo.SharedFiles(folder);
        Assert.NotEmpty(files);
        var checkedCount = 0;
        foreach (var file in files)
        {
            var bytes = File.ReadAllBytes(file);
            var result = ResumeJson.Read(bytes);
            if (result.Resume is null)
            {
                continue; // not a JSON object: nothing to round-trip (the read reports why)
            }

            var original = Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF');
            var written = ResumeJson.Write(result.Resume);
            var difference = Diff(original, written);
            Assert.True(difference is null, $"{Path.GetFileName(file)}: {difference}");
            checkedCount++;
        }

        Assert.True(checkedCount > 0, $"no document in {folder} parsed");
    }

    [Theory]
    [InlineData("lossless-wrong-types.json")]
    [InlineData("lossless-unknown-properties.json")]
    [InlineData("lossless-unicode.json")]
    public void Own_fixtures_round_trip_losslessly(string name)
    {
        var original = File.ReadAllText(Repo.File("tests", "JsonResume.Tests", "Json", "Fixtures", name));
        var result = ResumeJson.Read(original);
        Assert.NotNull(result.Resume);
        JsonAssert.Equivalent(original, ResumeJson.Write(result.Resume));
    }

    private static string? Diff(string expected, string actual)
    {
        using var e = System.Text.Json.JsonDocument.Parse(expected, new() { MaxDepth = 256, CommentHandling = System.Text.Json.JsonCommentHandling.Skip });
        using var a = System.Text.Json.JsonDocument.Parse(actual);
        return JsonAssert.FirstDifference(e.RootElement, a.RootElement, "");
    }
}
