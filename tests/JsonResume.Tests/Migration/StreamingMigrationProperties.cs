using System.Buffers;
using System.Text;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using JsonResume.Diagnostics;
using JsonResume.FsCheck;
using JsonResume.Json;
using JsonResume.Migration;
using JsonResume.Tests.Support;

namespace JsonResume.Tests.Migration;

/// <summary>
/// The entry-by-entry migration (<see cref="StreamingMigration"/>) writes exactly the document the whole-document
/// migration (<see cref="TreeMigration"/>) builds, and the same changes in the same order, wherever it takes a document:
/// legacy documents (old names, dates, wrong types, repeated properties, extension data with objects), schema-driven
/// documents with hostile text, mutants and every shared document. Documents whose root needs more go to the tree.
/// </summary>
public sealed class StreamingMigrationProperties
{
    private static readonly string[] Dates = ["2019-01", "2019", "2019-02-30", "Present", "now", "", "-", "10/2018", "3/7/2019", "October 2018", "Summer 2019", "2019-04-01T00:00:00Z", "१०/२०१९"];

    private static readonly string[] Fields =
    [
        "\"name\":\"Example Org\"", "\"name\":null", "\"name\":7", "\"company\":\"Acme\"", "\"website\":\"https://a.example\"", "\"url\":\"www.example.com\"",
        "\"url\":\"not a url\"", "\"gpa\":3.9", "\"gpa\":\"3.5\"", "\"gpa\":[1]", "\"score\":\"4\"", "\"highlights\":\"one\"", "\"highlights\":[\"a\",2]",
        "\"highlights\":[\"a\",{}]", "\"summary\":[\"a\",\"b\"]", "\"summary\":true", "\"keywords\":\"go\"", "\"position\":{\"title\":\"x\"}",
        "\"x-note\":{\"date\":\"10/2018\",\"a\":[{\"endDate\":\"present\",\"b\":1,\"b\":2}]}", "\"x-list\":[[1,[\"é\\u00e9\"]],null,1.50]",
        "\"x-unmigrated\":{\"website\":\"kept\"}", "\"x-unmigrated\":\"text\"", "\"location\":{\"city\":\"Port Example\",\"startDate\":\"Jan 2019\"}",
    ];

    private static readonly string[] Sections = ["work", "volunteer", "education", "awards", "certificates", "publications", "skills", "languages", "interests", "references", "projects"];

    private static readonly string[] Roots =
    [
        "\"$schema\":\"https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json\"", "\"$schema\":\"\"", "\"$schema\":\"https://example.com/s.json\"",
        "\"basics\":{\"firstName\":\"Ada\",\"lastName\":\"Example\",\"website\":\"https://a.example\",\"picture\":\"me.png\",\"email\":\"no\"}",
        "\"basics\":{\"name\":\"A\",\"firstname\":\"B\",\"profiles\":[{\"url\":\"example.org/blog\",\"website\":1}],\"name\":\"C\"}",
        "\"meta\":{\"lastModified\":\"2019-04-01T10:00:00\",\"version\":1}", "\"x-deep\":[[[{\"startDate\":\"10/2018\"}]],[[1]]]", "\"x-unmigrated\":{\"a\":1,\"a\":2}",
        "\"x-own\":{\"endDate\":\"now\"}", "\"x-scalar\":-0",
    ];

    /// <summary>Things only the whole-document migration handles: some of the documents carry one.</summary>
    private static readonly string[] WholeRoot = ["\"hobbies\":[\"chess\"]", "\"bio\":\"Hello.\"", "\"startDate\":\"2019\"", "\"work\":{\"name\":\"A\"}", "\"work\":[{},\"x\"]", "\"meta\":[]", "\"$schema\":1"];

    private static Gen<string> Entry { get; } =
        Gen.Choose(0, 6).SelectMany(n => Gen.ArrayOf(Gen.OneOf(Gen.Elements(Fields), Gen.Elements(Dates).SelectMany(d => Gen.Elements("startDate", "endDate", "date", "releaseDate").Select(f => $"\"{f}\":\"{d}\""))), n))
            .Select(fields => "{" + string.Join(",", fields) + "}");

    private static Gen<string> Section { get; } =
        Gen.Elements(Sections).SelectMany(s => Gen.Choose(0, 3).SelectMany(n => Gen.ArrayOf(Entry, n)).Select(entries => $"\"{s}\":[{string.Join(",", entries)}]"));

    private static Gen<string> LegacyDocuments { get; } =
        Gen.Choose(0, 6).SelectMany(n => Gen.ArrayOf(Gen.Frequency((6, Section), (3, Gen.Elements(Roots)), (1, Gen.Elements(WholeRoot))), n))
            .Select(properties => "{" + string.Join(",", properties) + "}");

    [Fact]
    public void Legacy_documents_migrate_the_same_entry_by_entry()
    {
        var streamed = 0;
        PropertyRuns.Check(LegacyDocuments, json => streamed += AssertSame(json) ? 1 : 0);
        Assert.True(streamed >= PropertyRuns.Count / 4, $"only {streamed} of {PropertyRuns.Count} documents were migrated entry by entry");
    }

    [Fact]
    public void Schema_driven_documents_migrate_the_same()
    {
        PropertyRuns.Check(SchemaResumes.Json(valid: false), json => AssertSame(json));
    }

    [Fact]
    public void Mutants_migrate_the_same()
    {
        var mutants = ResumeGenerators.Resumes().SelectMany(r => ResumeMutants.Of(JsonNode.Parse(ResumeJson.Write(r))!));
        PropertyRuns.Check(mutants, m => AssertSame(m.Json));
    }

    [Theory]
    [InlineData("corpus/json")]
    [InlineData("reference/examples")]
    public void Every_shared_document_migrates_the_same(string folder)
    {
        foreach (var file in Repo.SharedFiles(folder))
        {
            AssertSame(File.ReadAllText(file));
        }
    }

    [Theory]
    [InlineData("""{"work":[{"company":"A","website":"https://a.example","endDate":"Present"}],"basics":{"firstName":"A"}}""")]
    [InlineData("""{"$schema":"https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json","x-deep":[[[1]],{"date":"10/2018"}]}""")]
    [InlineData("""{"education":[{"gpa":3.9,"gpa":4}],"x-unmigrated":{"a":1}}""")]
    public void Entries_and_extension_lists_are_migrated_a_part_at_a_time(string json)
    {
        Assert.True(AssertSame(json));
    }

    [Theory]
    [InlineData("""{"work":[],"work":[]}""")]
    [InlineData("""{"hobbies":["chess"]}""")]
    [InlineData("""{"bio":"Hello."}""")]
    [InlineData("""{"endDate":"Present"}""")]
    [InlineData("""{"work":{"name":"A"}}""")]
    [InlineData("""{"work":[{"name":"A"},"B"]}""")]
    [InlineData("""{"basics":"A"}""")]
    [InlineData("""{"$schema":["a"]}""")]
    public void Documents_whose_root_changes_are_left_to_the_whole_document_migration(string json)
    {
        Assert.False(AssertSame(json));
        Assert.NotNull(ResumeMigrator.Migrate(json).Json);
    }

    /// <summary>Compares both migrations where the entry-by-entry one takes the document; whether it did.</summary>
    private static bool AssertSame(string json)
    {
        var input = Encoding.UTF8.GetBytes(json);
        var read = ResumeJson.Read(input);
        if (read.Resume is null || read.Diagnostics.Any(d => d.Code == DiagnosticCodes.LoneSurrogate) || !JsonInput.TryPrepare(input, out var utf8, out _, []))
        {
            return false; // the migrator refuses it before either migration
        }

        var streamed = new ArrayBufferWriter<byte>();
        if (!StreamingMigration.TryMigrate(utf8.Span, streamed, out var streamedChanges))
        {
            return false;
        }

        var treeChanges = new List<MigrationChange>();
        var tree = new ArrayBufferWriter<byte>();
        ResumeMigrator.WriteTree(TreeMigration.Migrate(utf8.Span, treeChanges), tree);
        Assert.Equal(Encoding.UTF8.GetString(tree.WrittenSpan), Encoding.UTF8.GetString(streamed.WrittenSpan));
        Assert.Equal(treeChanges, streamedChanges);
        return true;
    }
}
