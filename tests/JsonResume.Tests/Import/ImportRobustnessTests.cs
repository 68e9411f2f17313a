using System.Text.Json;
using JsonResume.Diagnostics;
using JsonResume.Import;
using JsonResume.Json;
using JsonResume.Tests.Support;

namespace JsonResume.Tests.Import;

/// <summary>
/// Every real hand-written résumé in ../shared (Markdown and text corpus, seeds, the pairs' documents) converts without an
/// exception, to a résumé valid against the schema, with a report that accounts for every line (and every pointer in
/// it exists in the output).
/// </summary>
public sealed class ImportRobustnessTests
{
    public static TheoryData<string, string> Folders => new()
    {
        { "corpus/markdown", "*.md" },
        { "corpus/text", "*.txt" },
        { "seeds", "*.txt" },
        { "corpus/pairs", "*.md" },
        { "corpus/pairs", "*.txt" },
    };

    [Theory]
    [MemberData(nameof(Folders))]
    public void Every_document_converts_to_a_valid_resume_with_every_line_accounted_for(string folder, string pattern)
    {
        var files = Repo.SharedFiles(folder, pattern);
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            foreach (var includeComments in new[] { false, true })
            {
                var text = File.ReadAllText(file);
                var result = ResumeImporter.Import(text, new ImportOptions { IncludeComments = includeComments, SourceName = Path.GetFileName(file) });
                var json = ResumeJson.Write(result.Resume);
                var name = $"{Path.GetFileName(Path.GetDirectoryName(file))}/{Path.GetFileName(file)} (comments: {includeComments})";
                var errors = SchemaCheck.Errors(json);
                Assert.True(errors.Count == 0, $"{name}: not schema-valid: {string.Join("; ", errors)}");

                var lineCount = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Length;
                Assert.Equal(lineCount, result.Lines.Count);
                Assert.Equal(Enumerable.Range(1, lineCount), result.Lines.Select(l => l.Line));
                using var document = JsonDocument.Parse(json);
                foreach (var line in result.Lines)
                {
                    Assert.True(line.Disposition != LineDisposition.Imported || line.Pointers.Count > 0, $"{name}: line {line.Line} imported without a pointer");
                    Assert.True(line.Disposition != LineDisposition.NotUnderstood || !string.IsNullOrWhiteSpace(line.Reason), $"{name}: line {line.Line} not understood without a reason");
                    foreach (var pointer in line.Pointers)
                    {
                        Assert.True(JsonPointers.Exists(document.RootElement, pointer), $"{name}: line {line.Line} points to {pointer}, which the output lacks");
                    }
                }
            }
        }
    }
}
