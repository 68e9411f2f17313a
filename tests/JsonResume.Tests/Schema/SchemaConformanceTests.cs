using System.Text.Json.Nodes;
using JsonResume.Tests.Support;

namespace JsonResume.Tests.Schema;

/// <summary>
/// Our schema/resume.schema.json says exactly what the official JSON Resume 1.3.1 schema says: same keywords at every
/// level (types, patterns, formats, items, additionalProperties, $ref targets and definitions, property names), only
/// the wording of annotations (description, title, $id) is ours.
/// </summary>
public sealed class SchemaConformanceTests
{
    private static readonly HashSet<string> Annotations = ["description", "title", "$id", "$comment", "examples"];

    private static JsonNode Ours() => JsonNode.Parse(File.ReadAllText(Repo.File("schema", "resume.schema.json")))!;

    private static JsonNode Reference() => JsonNode.Parse(File.ReadAllText(Repo.SharedOrSkip("reference", "schema-1.3.1.json")))!;

    [Fact]
    public void Bundled_schema_matches_the_official_1_3_1_schema_keyword_by_keyword()
    {
        var differences = Differences(Ours(), Reference());

        Assert.True(differences.Count == 0, "schema/resume.schema.json differs from the official 1.3.1 schema:\n" + string.Join("\n", differences));
    }

    [Fact]
    public void Every_level_has_the_same_property_names()
    {
        var ours = PropertyNames(Ours());
        var reference = PropertyNames(Reference());

        Assert.Equal(reference.Keys.Order(StringComparer.Ordinal), ours.Keys.Order(StringComparer.Ordinal));
        Assert.All(reference, level => Assert.Equal(level.Value, ours[level.Key]));
        Assert.True(reference.Count >= 16, "the reference schema should have an object at every level of the résumé");
    }

    public static TheoryData<string, string> Mutations => new()
    {
        { "/properties/basics/properties/email/format", "drop" },
        { "/properties/work/items/properties/url", "drop" },
        { "/properties/meta/properties/lastModified", "drop" },
        { "/definitions/iso8601/pattern", "^[0-9]{4}$" },
        { "/properties/basics/additionalProperties", "false" },
        { "/properties/skills/items/properties/keywords/items/type", "number" },
        { "/properties/awards/items/properties/date/$ref", "#/definitions/other" },
        { "/properties/projects/type", "object" },
        { "/properties/basics/properties/location/properties/extra", "{\"type\": \"string\"}" },
    };

    [Theory]
    [MemberData(nameof(Mutations))]
    public void The_comparison_notices_a_changed_keyword(string pointer, string change)
    {
        var reference = Ours();
        var mutated = Ours();
        var tokens = pointer.Split('/')[1..];
        var parent = tokens[..^1].Aggregate(mutated, (node, token) => node[token]!).AsObject();
        if (change == "drop")
        {
            Assert.True(parent.Remove(tokens[^1]), pointer);
        }
        else
        {
            parent[tokens[^1]] = change.StartsWith('{') || change == "false" ? JsonNode.Parse(change) : JsonValue.Create(change);
        }

        var differences = Differences(mutated, reference);

        Assert.Contains(differences, d => d.StartsWith(pointer, StringComparison.Ordinal));
    }

    [Fact]
    public void The_comparison_ignores_wording()
    {
        var mutated = Ours();
        mutated["properties"]!["basics"]!["properties"]!["name"]!["description"] = "Something else entirely.";
        mutated["title"] = "Another title";

        Assert.Empty(Differences(mutated, Ours()));
    }

    /// <summary>Every place where the two schemas disagree, as "pointer: ours vs reference"; annotations are skipped.</summary>
    private static List<string> Differences(JsonNode? ours, JsonNode? reference, string pointer = "")
    {
        if (ours is JsonObject o && reference is JsonObject r)
        {
            var differences = new List<string>();
            foreach (var key in o.Select(p => p.Key).Union(r.Select(p => p.Key)).Where(k => !Annotations.Contains(k)).Order(StringComparer.Ordinal))
            {
                var path = $"{pointer}/{key}";
                differences.AddRange(!o.ContainsKey(key) || !r.ContainsKey(key)
                    ? [$"{path}: {(o.ContainsKey(key) ? "only in ours" : "missing from ours")}"]
                    : Differences(o[key], r[key], path));
            }

            return differences;
        }

        if (ours is JsonArray a && reference is JsonArray b && a.Count == b.Count)
        {
            return a.SelectMany((item, i) => Differences(item, b[i], $"{pointer}/{i}")).ToList();
        }

        return JsonNode.DeepEquals(ours, reference) ? [] : [$"{pointer}: {ours?.ToJsonString() ?? "absent"} vs {reference?.ToJsonString() ?? "absent"}"];
    }

    /// <summary>The property names of every object schema, by its location (items and definitions included).</summary>
    private static Dictionary<string, string[]> PropertyNames(JsonNode schema)
    {
        var levels = new Dictionary<string, string[]>(StringComparer.Ordinal);
        void Walk(JsonNode? node, string pointer)
        {
            if (node is not JsonObject o)
            {
                return;
            }

            if (o["properties"] is JsonObject properties)
            {
                levels[pointer] = [.. properties.Select(p => p.Key).Order(StringComparer.Ordinal)];
                foreach (var (name, child) in properties)
                {
                    Walk(child, $"{pointer}/properties/{name}");
                }
            }

            Walk(o["items"], $"{pointer}/items");
            if (o["definitions"] is JsonObject definitions)
            {
                foreach (var (name, child) in definitions)
                {
                    Walk(child, $"{pointer}/definitions/{name}");
                }
            }
        }

        Walk(schema, "");
        return levels;
    }
}
