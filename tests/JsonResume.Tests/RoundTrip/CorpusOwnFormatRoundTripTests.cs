using JsonResume.Json;
using JsonResume.Tests.Support;
using JsonResume.RoundTrip;

namespace JsonResume.Tests.RoundTrip;

/// <summary>
/// Every parseable real résumé in ../shared/corpus/json and the official examples goes through Markdown and plain text:
/// schema-valid ones come back whole (after the white-space rule); the others must at least be explained (each
/// difference with its pointer), never crash.
/// </summary>
public sealed class CorpusOwnFormatRoundTripTests
{
    public static TheoryData<string, RoundTripVia> Cases => new()
    {
        { "corpus/json", RoundTripVia.Markdown },
        { "corpus/json", RoundTripVia.Text },
        { "reference/examples", RoundTripVia.Markdown },
        { "reference/examples", RoundTripVia.Text },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_shared_document_round_trips(string folder, RoundTripVia via)
    {
        var files = Repo.SharedFiles(folder, "*").Where(f => !f.EndsWith(".tsv", StringComparison.Ordinal)).ToList();
        var (valid, checkedCount) = (0, 0);
        var failures = new List<string>();
        foreach (var file in files)
        {
            var bytes = File.ReadAllBytes(file);
            if (ResumeJson.Read(bytes).Resume is not { } resume)
            {
                continue;
            }

            checkedCount++;
            var result = ResumeRoundTrip.Check(resume, via);
            var isValid = SchemaOracle.Errors(ResumeJson.Write(resume)).Count == 0;
            valid += isValid ? 1 : 0;
            if (isValid && !result.IsLossless)
            {
                failures.Add($"{Path.GetFileName(file)}: {string.Join("; ", result.Differences.Take(5))}");
            }

            Assert.All(result.Differences, d => Assert.StartsWith("/", d.Pointer));
        }

        Assert.True(checkedCount > 0, $"no document in {folder} parsed");
        Assert.True(valid > 0, $"no document in {folder} is schema-valid");
        Assert.True(failures.Count == 0, $"{via} loses data of schema-valid documents:\n{string.Join("\n", failures)}");
    }
}
