using JsonResume.Import;
using JsonResume.Json;
using JsonResume.Tests.Support;

namespace JsonResume.Tests.Import;

/// <summary>
/// Our own small fictional résumés (Markdown and plain text, Fixtures/NAME.md|txt) converted and compared with the
/// expected JSON beside them (NAME.expected.json) and the expected report (NAME.report.txt); a fixture with
/// NAME.with-comments.expected.json is also converted with IncludeComments. On a mismatch the output is written to
/// NAME….actual (see <see cref="Golden"/>); set UPDATE_GOLDEN=1 to accept the current output as expected.
/// </summary>
public sealed class ImportGoldenTests
{
    private static readonly string Folder = Repo.File("tests", "JsonResume.Tests", "Import", "Fixtures");

    public static TheoryData<string, bool> Cases()
    {
        var data = new TheoryData<string, bool>();
        foreach (var input in Directory.GetFiles(Folder).Where(f => f.EndsWith(".md", StringComparison.Ordinal) || f.EndsWith(".txt", StringComparison.Ordinal)).Where(f => !f.EndsWith(".report.txt", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(input);
            data.Add(name, false);
            if (File.Exists(Expected(name, true)))
            {
                data.Add(name, true);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Fixture_converts_to_its_expected_resume_and_report(string name, bool includeComments)
    {
        var result = ResumeImporter.Import(File.ReadAllText(Path.Combine(Folder, name)), new ImportOptions { IncludeComments = includeComments, SourceName = name });
        var json = ResumeJson.Write(result.Resume);
        var report = result.ToText();

        Assert.Empty(SchemaCheck.Errors(json));
        Golden.AssertMatches(Expected(name, includeComments), json, Golden.SameJson);
        Golden.AssertMatches(Path.ChangeExtension(Expected(name, includeComments), null).Replace(".expected", ".report", StringComparison.Ordinal) + ".txt", report);
    }

    [Fact]
    public void Every_fixture_has_an_expected_resume()
    {
        var names = Directory.GetFiles(Folder).Select(Path.GetFileName).OfType<string>()
            .Where(f => (f.EndsWith(".md", StringComparison.Ordinal) || f.EndsWith(".txt", StringComparison.Ordinal)) && !f.EndsWith(".report.txt", StringComparison.Ordinal)).ToList();
        Assert.All(names, n => Assert.True(File.Exists(Expected(n, false)), $"{n} has no {Path.GetFileName(Expected(n, false))}"));
        Assert.True(names.Count >= 6, $"only {names.Count} fixtures found in {Folder}");
        Assert.Contains(names, n => n.EndsWith(".md", StringComparison.Ordinal));
        Assert.Contains(names, n => n.EndsWith(".txt", StringComparison.Ordinal));
    }

    private static string Expected(string name, bool includeComments) =>
        Path.Combine(Folder, Path.GetFileNameWithoutExtension(name) + (includeComments ? ".with-comments" : "") + ".expected.json");
}
