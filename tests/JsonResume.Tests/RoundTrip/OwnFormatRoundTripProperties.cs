using System.Text.Json.Nodes;
using FsCheck.Fluent;
using JsonResume.Import;
using JsonResume.Json;
using JsonResume.Model;
using JsonResume.Render;
using JsonResume.RoundTrip;
using JsonResume.Tests.Support;

namespace JsonResume.Tests.RoundTrip;

/// <summary>
/// For every résumé r: FromMarkdown(ToMarkdown(r)) and FromText(ToText(r)) equal WhitespaceRule.Normalize(r), exactly
/// (every schema field and every extension property). 1,000 cases each; JSONRESUME_PROPERTY_RUNS=10000 for more.
/// </summary>
public sealed class OwnFormatRoundTripProperties
{
    private static readonly FsCheck.Gen<int> Widths = Gen.Elements(20, 33, 80, 120);

    [Fact]
    public void Markdown_gives_back_the_normalized_resume_for_schema_valid_resumes() =>
        PropertyRuns.Check(SchemaResumes.Json(valid: true), json => AssertLossless(json, RoundTripVia.Markdown, null));

    [Fact]
    public void Text_gives_back_the_normalized_resume_for_schema_valid_resumes() =>
        PropertyRuns.Check(Gen.Zip(SchemaResumes.Json(valid: true), Widths), t => AssertLossless(t.Item1, RoundTripVia.Text, t.Item2));

    [Fact]
    public void Markdown_gives_back_the_normalized_resume_even_when_dates_and_addresses_are_free_text() =>
        PropertyRuns.Check(SchemaResumes.Json(valid: false), json => AssertLossless(json, RoundTripVia.Markdown, null));

    [Fact]
    public void Text_gives_back_the_normalized_resume_even_when_dates_and_addresses_are_free_text() =>
        PropertyRuns.Check(Gen.Zip(SchemaResumes.Json(valid: false), Widths), t => AssertLossless(t.Item1, RoundTripVia.Text, t.Item2));

    [Fact]
    public void Without_the_extensions_block_the_text_alone_carries_every_non_empty_schema_value() =>
        PropertyRuns.Check(SchemaResumes.Json(valid: true), json =>
        {
            var resume = ResumeJson.Read(json).Resume!;
            var options = new RenderOptions { IncludeExtensions = false };
            var expected = StripToSchemaValues(JsonNode.Parse(ResumeJson.Write(WhitespaceRule.Normalize(resume)))!.AsObject());
            foreach (var (name, rendered, back) in new[]
                     {
                         ("markdown", ResumeRenderer.ToMarkdown(resume, options), (Func<string, Resume>)ResumeImporter.FromMarkdown),
                         ("text", ResumeRenderer.ToText(resume, options), ResumeImporter.FromText),
                     })
            {
                var differences = JsonDiff.Compare(expected.ToJsonString(), ResumeJson.Write(back(rendered)));
                Assert.True(differences.Count == 0,
                    $"{name} body loses {string.Join("; ", differences)}\n--- {name}:\n{rendered}\n--- JSON:\n{json}");
            }
        });

    [Fact]
    public void Rendering_what_was_read_gives_the_same_bytes() =>
        PropertyRuns.Check(SchemaResumes.Json(valid: false), json =>
        {
            var resume = ResumeJson.Read(json).Resume!;
            var markdown = ResumeRenderer.ToMarkdown(resume);
            Assert.Equal(markdown, ResumeRenderer.ToMarkdown(ResumeImporter.FromMarkdown(markdown)));
            var text = ResumeRenderer.ToText(resume);
            Assert.Equal(text, ResumeRenderer.ToText(ResumeImporter.FromText(text)));
            Assert.DoesNotContain('\r', markdown + text);
        });

    [Fact]
    public void The_generator_makes_schema_valid_resumes() =>
        PropertyRuns.Check(SchemaResumes.Json(valid: true), json =>
        {
            var errors = SchemaOracle.Errors(ResumeJson.Write(ResumeJson.Read(json).Resume!));
            Assert.True(errors.Count == 0, $"{string.Join("; ", errors)}\n{json}");
        }, count: 200);

    private static void AssertLossless(string json, RoundTripVia via, int? width)
    {
        var resume = ResumeJson.Read(json).Resume!;
        var result = JsonResume.RoundTrip.RoundTrip.Check(resume, via, width is { } w ? new RenderOptions { TextWidth = w } : null);
        Assert.True(result.IsLossless && result.Diagnostics.Count == 0,
            $"{via} round trip differs: {string.Join("; ", result.Differences)} {string.Join("; ", result.Diagnostics)}\n"
            + $"--- rendered:\n{SchemaResumes.Show(result.Rendered)}\n--- JSON:\n{json}");
    }

    /// <summary>The normalised résumé without what only the extensions block carries: x-… properties, empty lists and objects (entries of a list stay).</summary>
    private static JsonObject StripToSchemaValues(JsonObject obj)
    {
        foreach (var name in obj.Select(p => p.Key).ToList())
        {
            var value = obj[name];
            if (name.StartsWith("x-", StringComparison.Ordinal) || (value is not null && Strip(value) is JsonObject { Count: 0 } or JsonArray { Count: 0 }))
            {
                obj.Remove(name);
            }
        }

        return obj;
    }

    private static JsonNode Strip(JsonNode node)
    {
        if (node is JsonObject o)
        {
            StripToSchemaValues(o);
        }
        else if (node is JsonArray a)
        {
            foreach (var item in a)
            {
                if (item is not null)
                {
                    Strip(item);
                }
            }
        }

        return node;
    }
}
