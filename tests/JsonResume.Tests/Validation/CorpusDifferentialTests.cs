using System.Text;
using JsonResume.Diagnostics;
using JsonResume.Tests.Support;
using JsonResume.Validation;

namespace JsonResume.Tests.Validation;

/// <summary>Every real document in <c>../shared/corpus/json</c> gets the same schema findings from us and from NJsonSchema.</summary>
public sealed class CorpusDifferentialTests
{
    [Fact]
    public void Every_corpus_document_gets_the_reference_verdict_and_locations()
    {
        // Every file but the manifest: *.json and the fixture copies with other extensions.
        var files = Repo.SharedFiles("corpus/json", "*").Where(f => !f.EndsWith(".tsv", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(files);
        var invalid = 0;
        foreach (var file in files)
        {
            var json = Encoding.UTF8.GetString(File.ReadAllBytes(file)).TrimStart('\uFEFF');
            var label = Path.GetRelativePath(Repo.SharedRoot!, file);
            Oracle.AssertSame(json, label);
            var report = ResumeValidator.Validate(File.ReadAllBytes(file));
            invalid += report.IsValid ? 0 : 1;
            foreach (var d in report.Diagnostics)
            {
                Assert.True(d.Line > 0 && d.Column > 0, $"{label}: {d} has no position");
            }
        }

        Assert.True(invalid > 0, "the corpus holds documents that are invalid on purpose; none was found invalid");
    }

    [Fact]
    public void Corpus_findings_are_in_document_order_and_placed_where_their_pointer_is()
    {
        foreach (var file in Repo.SharedFiles("corpus/json"))
        {
            var bytes = File.ReadAllBytes(file);
            var report = ResumeValidator.Validate(bytes);
            var positions = report.Diagnostics.Select(d => (d.Line, d.Column)).ToList();
            Assert.Equal(positions.Order(), positions);
            var located = JsonResume.Json.JsonLocator.Locate(bytes, report.Diagnostics.Select(d => d.InstanceLocation));
            foreach (var d in report.Diagnostics.Where(d => d.Code != DiagnosticCodes.DuplicateProperty))
            {
                Assert.Equal(located[d.InstanceLocation], new TextPosition(d.Line, d.Column));
            }
        }
    }
}
