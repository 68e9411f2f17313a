using System.Text.Json;
using JsonResume.Migration;
using JsonResume.Tests.Support;

namespace JsonResume.Tests.Migration;

public sealed class ResumeMigratorTests
{
    private static JsonElement Migrated(string json, out IReadOnlyList<MigrationChange> changes)
    {
        var result = ResumeMigrator.Migrate(json);
        Assert.Empty(result.Diagnostics);
        Assert.NotNull(result.Json);
        Assert.Empty(SchemaOracle.Errors(result.Json));
        // The typed résumé and the text are one document: the text is the résumé written out.
        Assert.True(result.Success);
        Assert.Equal(result.Json, JsonResume.Json.ResumeJson.Write(result.Resume!));
        changes = result.Changes;
        return JsonDocument.Parse(result.Json).RootElement.Clone();
    }

    [Fact]
    public void Renames_the_0_0_x_fields()
    {
        var doc = Migrated("""
            {"basics":{"website":"https://a.example","picture":"me.png"},
             "work":[{"company":"Acme","website":"https://acme.example"}],
             "volunteer":[{"organization":"O","website":"https://o.example"}],
             "publications":[{"name":"P","website":"https://p.example"}],
             "projects":[{"name":"X","website":"https://x.example"}],
             "education":[{"institution":"U","gpa":3.9}]}
            """, out var changes);
        Assert.Equal("https://a.example", doc.GetProperty("basics").GetProperty("url").GetString());
        Assert.Equal("me.png", doc.GetProperty("basics").GetProperty("image").GetString());
        Assert.Equal("Acme", doc.GetProperty("work")[0].GetProperty("name").GetString());
        Assert.Equal("https://acme.example", doc.GetProperty("work")[0].GetProperty("url").GetString());
        Assert.Equal("https://o.example", doc.GetProperty("volunteer")[0].GetProperty("url").GetString());
        Assert.Equal("https://p.example", doc.GetProperty("publications")[0].GetProperty("url").GetString());
        Assert.Equal("https://x.example", doc.GetProperty("projects")[0].GetProperty("url").GetString());
        Assert.Equal("3.9", doc.GetProperty("education")[0].GetProperty("score").GetString());
        Assert.False(doc.GetProperty("work")[0].TryGetProperty("company", out _));
        Assert.Contains(changes, c => c.Pointer == "/work/0/name" && c.OldValue == "\"Acme\"");
        Assert.Equal(8, changes.Count);
    }

    [Theory]
    [InlineData("Present", null)]
    [InlineData("current", null)]
    [InlineData("now", null)]
    [InlineData("", null)]
    [InlineData("10/2018", "2018-10")]
    [InlineData("3/7/2019", "2019-03-07")]
    [InlineData("October 2018", "2018-10")]
    [InlineData("Sept. 2018", "2018-09")]
    [InlineData("2019-04-01T00:00:00.000Z", "2019-04-01")]
    [InlineData("2019-04", "2019-04")]
    public void Normalises_end_dates(string old, string? expected)
    {
        var doc = Migrated($$"""{"work":[{"name":"A","startDate":"2010","endDate":"{{old}}"}]}""", out var changes);
        var work = doc.GetProperty("work")[0];
        if (expected is null)
        {
            Assert.False(work.TryGetProperty("endDate", out _));
            Assert.Single(changes);
        }
        else
        {
            Assert.Equal(expected, work.GetProperty("endDate").GetString());
        }
    }

    [Fact]
    public void Joins_a_summary_given_as_lines_and_fixes_scalar_types()
    {
        var doc = Migrated("""{"basics":{"summary":["one","two"]},"skills":[{"name":"Go","level":7,"keywords":"go"}],"references":null}""", out var changes);
        Assert.Equal("one\ntwo", doc.GetProperty("basics").GetProperty("summary").GetString());
        Assert.Equal("7", doc.GetProperty("skills")[0].GetProperty("level").GetString());
        Assert.Equal("go", doc.GetProperty("skills")[0].GetProperty("keywords")[0].GetString());
        Assert.False(doc.TryGetProperty("references", out _));
        Assert.Equal(4, changes.Count);
    }

    [Fact]
    public void Moves_hobbies_bio_and_split_names()
    {
        var doc = Migrated("""{"hobbies":["chess","sailing"],"bio":"Hello.","basics":{"firstName":"Ada","lastName":"Lovelace"}}""", out _);
        Assert.Equal("chess", doc.GetProperty("interests")[0].GetProperty("name").GetString());
        Assert.Equal("Hello.", doc.GetProperty("basics").GetProperty("summary").GetString());
        Assert.Equal("Ada Lovelace", doc.GetProperty("basics").GetProperty("name").GetString());
    }

    [Fact]
    public void Sets_aside_what_fits_nowhere_and_reports_it()
    {
        var doc = Migrated("""{"work":[{"name":"A","startDate":"Summer 2019","position":{"title":"x"}}],"x-own":{"kept":true}}""", out var changes);
        var aside = doc.GetProperty("work")[0].GetProperty(ResumeMigrator.UnplacedProperty);
        Assert.Equal("Summer 2019", aside.GetProperty("startDate").GetString());
        Assert.Equal("x", aside.GetProperty("position").GetProperty("title").GetString());
        Assert.True(doc.GetProperty("x-own").GetProperty("kept").GetBoolean());
        Assert.Equal(2, changes.Count(c => c.IsUnplaced));
    }

    [Fact]
    public void Points_an_old_schema_reference_at_the_bundled_version()
    {
        var doc = Migrated("""{"$schema":"https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json","basics":{"name":"A"}}""", out var changes);
        Assert.Equal("https://raw.githubusercontent.com/jsonresume/resume-schema/v1.3.1/schema.json", doc.GetProperty("$schema").GetString());
        var change = Assert.Single(changes);
        Assert.Equal("/$schema", change.Pointer);
        Assert.Contains("v1.0.0", change.OldValue, StringComparison.Ordinal);

        Migrated("""{"$schema":"https://raw.githubusercontent.com/jsonresume/resume-schema/v1.3.1/schema.json"}""", out var none);
        Assert.Empty(none);
        Migrated("""{"$schema":"https://example.com/other-schema/2.0.0.json"}""", out var unrelated);
        Assert.Empty(unrelated);
    }

    [Fact]
    public void Lists_changes_in_the_order_of_the_migrated_document()
    {
        var result = ResumeMigrator.Migrate("""
            {"hobbies":["chess"],
             "work":[{"company":"A","endDate":"Present","startDate":"10/2018"}],
             "basics":{"website":"https://a.example","firstName":"Ada","lastName":"L"}}
            """);
        Assert.NotNull(result.Json);
        var pointers = result.Changes.Select(c => c.Pointer).ToList();
        var firstLine = pointers.Select(p => JsonResume.Json.JsonLocator.Locate(System.Text.Encoding.UTF8.GetBytes(result.Json), p))
            .Where(t => t.IsKnown).Select(t => t.Line).ToList();
        Assert.Equal(firstLine.Order(), firstLine);
        Assert.True(pointers.IndexOf("/basics/url") < pointers.IndexOf("/work/0/name"), string.Join(", ", pointers));
        Assert.True(pointers.IndexOf("/work/0/startDate") < pointers.IndexOf("/interests"), string.Join(", ", pointers));
        Assert.Contains("/work/0/endDate", pointers); // removed: listed where its entry stands
    }

    [Fact]
    public void A_property_given_twice_keeps_the_last_and_sets_the_earlier_aside()
    {
        var result = ResumeMigrator.Migrate("""{"languages":[{"language":"Welsh"}],"basics":{"name":"A"},"languages":[{"language":"Breton"}]}""");
        Assert.Empty(SchemaOracle.Errors(result.Json!));
        var doc = JsonDocument.Parse(result.Json!).RootElement;
        Assert.Equal("Breton", doc.GetProperty("languages")[0].GetProperty("language").GetString());
        Assert.Equal("Welsh", doc.GetProperty(ResumeMigrator.UnplacedProperty).GetProperty("languages")[0].GetProperty("language").GetString());
        var change = Assert.Single(result.Changes);
        Assert.True(change.IsUnplaced);
        Assert.Equal("/x-unmigrated/languages", change.Pointer);
    }

    [Fact]
    public void Values_the_schema_rejects_are_set_aside_so_the_result_validates()
    {
        var doc = Migrated("""{"basics":{"name":"A","email":"a at example dot com","url":"https://a.example"},"work":[{"name":"W","startDate":"2019-02-30"}]}""", out var changes);
        var basics = doc.GetProperty("basics");
        Assert.Equal("a at example dot com", basics.GetProperty(ResumeMigrator.UnplacedProperty).GetProperty("email").GetString());
        Assert.False(basics.TryGetProperty("email", out _));
        Assert.Equal("https://a.example", basics.GetProperty("url").GetString());
        Assert.Contains(changes, c => c.IsUnplaced && c.Pointer == "/basics/x-unmigrated/email" && c.Description.Contains("JR1004", StringComparison.Ordinal));
        Assert.True(JsonResume.Validation.ResumeValidator.Validate(JsonSerializerRoundTrip(doc)).IsValid);
    }

    [Theory]
    [InlineData("www.example.com", "https://www.example.com")]
    [InlineData("example.org/blog", "https://example.org/blog")]
    [InlineData("www.example.net/a/b-c", "https://www.example.net/a/b-c")]
    public void A_web_address_without_scheme_gets_https(string url, string expected)
    {
        var doc = Migrated($$$"""{"basics":{"url":"{{{url}}}","profiles":[{"network":"Blog","url":"{{{url}}}"}]}}""", out var changes);
        Assert.Equal(expected, doc.GetProperty("basics").GetProperty("url").GetString());
        Assert.Equal(expected, doc.GetProperty("basics").GetProperty("profiles")[0].GetProperty("url").GetString());
        Assert.All(changes, c => Assert.False(c.IsUnplaced));
    }

    [Fact]
    public void A_broken_address_that_is_not_a_host_is_set_aside()
    {
        var doc = Migrated("""{"work":[{"name":"W","url":"http//w.example.com"}]}""", out var changes);
        Assert.Equal("http//w.example.com", doc.GetProperty("work")[0].GetProperty(ResumeMigrator.UnplacedProperty).GetProperty("url").GetString());
        Assert.True(Assert.Single(changes).IsUnplaced);
    }

    private static string JsonSerializerRoundTrip(JsonElement element) => element.GetRawText();

    [Fact]
    public void Sets_aside_addresses_the_schema_rejects()
    {
        var doc = Migrated("""{"basics":{"email":"not an email","url":"no scheme here","profiles":[{"url":"also bad"}]}}""", out var changes);
        var basics = doc.GetProperty("basics");
        Assert.False(basics.TryGetProperty("email", out _));
        Assert.Equal("not an email", basics.GetProperty(ResumeMigrator.UnplacedProperty).GetProperty("email").GetString());
        Assert.Equal("also bad", basics.GetProperty("profiles")[0].GetProperty(ResumeMigrator.UnplacedProperty).GetProperty("url").GetString());
        Assert.Equal(3, changes.Count(c => c.IsUnplaced));
    }

    [Fact]
    public void A_repeated_property_keeps_the_last_value_and_is_reported()
    {
        var result = ResumeMigrator.Migrate("""{"languages":[{"language":"A"}],"languages":[{"language":"B"}]}""");
        Assert.Equal("JR0007", Assert.Single(result.Diagnostics).Code);
        Assert.Equal("B", JsonDocument.Parse(result.Json!).RootElement.GetProperty("languages")[0].GetProperty("language").GetString());
    }

    [Fact]
    public void Reports_broken_input_instead_of_throwing()
    {
        var result = ResumeMigrator.Migrate("{\"work\": [}");
        Assert.Null(result.Json);
        Assert.Null(result.Resume);
        Assert.False(result.Success);
        Assert.Equal("JR0001", Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void Every_corpus_document_migrates_to_a_schema_valid_one_keeping_every_value()
    {
        foreach (var file in Repo.SharedFiles("corpus/json"))
        {
            var result = ResumeMigrator.Migrate(File.ReadAllBytes(file));
            if (result.Json is null)
            {
                Assert.NotEmpty(result.Diagnostics);
                continue;
            }

            Assert.True(SchemaOracle.Errors(result.Json).Count == 0, $"{Path.GetFileName(file)}: {string.Join("; ", SchemaOracle.Errors(result.Json))}");
            var again = ResumeMigrator.Migrate(result.Json);
            Assert.True(again.Changes.Count == 0, $"{Path.GetFileName(file)}: migrating twice changed {string.Join("; ", again.Changes.Select(c => c.Pointer))}");
        }
    }
}
