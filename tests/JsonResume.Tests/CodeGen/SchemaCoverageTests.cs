using System.Collections;
using System.Globalization;
using System.Text.Json.Nodes;
using JsonResume.CodeGen;
using JsonResume.FsCheck.Internal;
using JsonResume.Import.Blocks;
using JsonResume.Json;
using JsonResume.Model;
using JsonResume.Render;
using JsonResume.Tests.Support;
using NJsonSchema;

namespace JsonResume.Tests.CodeGen;

/// <summary>
/// The enumerations of the model that are still kept by hand (the renderers' shapes, the pointer map, the FsCheck
/// package's realistic values) are checked against the schema, so that a property added to the schema cannot be
/// forgotten by one of them. Generated enumerations are checked by <see cref="GeneratedFilesTests"/>.
/// </summary>
public sealed class SchemaCoverageTests
{
    private static readonly Lazy<IReadOnlyList<ModelClass>> Classes = new(() =>
        ModelShape.Classes(JsonSchema.FromFileAsync(Repo.File("schema", "resume.schema.json")).GetAwaiter().GetResult()));

    [Theory]
    [InlineData("markdown")]
    [InlineData("text")]
    [InlineData("html")]
    public void Every_schema_property_of_a_full_resume_is_rendered(string format)
    {
        var (resume, values) = FullResume();
        var output = format switch
        {
            "markdown" => ResumeRenderer.ToMarkdown(resume),
            "text" => ResumeRenderer.ToText(resume),
            _ => ResumeRenderer.ToHtml(resume),
        };

        var missing = values.Where(v => !output.Contains(v.Value, StringComparison.Ordinal)).Select(v => v.Path).ToList();
        Assert.True(missing.Count == 0, $"The {format} renderer does not show: {string.Join(", ", missing)}");
    }

    [Fact]
    public void Every_object_of_a_full_resume_has_a_pointer_that_leads_to_it()
    {
        var (resume, _) = FullResume();
        var map = PointerMap.Build(resume);
        var json = JsonNode.Parse(ResumeJson.Write(resume))!;
        var objects = ModelWalker.Objects(resume).ToList();

        var unmapped = objects.Where(o => !map.ContainsKey(o)).Select(o => o.GetType().Name).ToList();
        Assert.True(unmapped.Count == 0, $"PointerMap misses: {string.Join(", ", unmapped)}");
        foreach (var (model, pointer) in map)
        {
            var node = Resolve(json, pointer);
            Assert.True(node is JsonObject, $"{pointer} ({model.GetType().Name}) leads to {node?.GetType().Name ?? "nothing"}");
        }
    }

    [Fact]
    public void Every_realistic_value_of_the_generators_belongs_to_a_string_property_of_the_schema()
    {
        var strings = Classes.Value.SelectMany(c => c.Properties).Where(p => p.Kind == PropertyKind.String).Select(p => p.JsonPath).ToHashSet();
        var stale = ModelShapes.RealisticValues.Keys.Where(k => !strings.Contains(k)).ToList();
        Assert.True(stale.Count == 0, $"Realistic values for paths the schema has no string at: {string.Join(", ", stale)}");
    }

    /// <summary>A résumé with every schema property set to a value of its own (one item in every list).</summary>
    private static (Resume Resume, List<(string Path, string Value)> Values) FullResume()
    {
        var values = new List<(string Path, string Value)>();
        var byName = Classes.Value.ToDictionary(c => c.Name);
        var resume = (Resume)Build(byName["Resume"], byName, values);
        return (resume, values);
    }

    private static object Build(ModelClass model, Dictionary<string, ModelClass> byName, List<(string Path, string Value)> values)
    {
        var type = typeof(Resume).Assembly.GetType($"JsonResume.Model.{model.Name}", throwOnError: true)!;
        var instance = Activator.CreateInstance(type)!;
        foreach (var p in model.Properties)
        {
            var property = type.GetProperty(p.Name) ?? throw new InvalidOperationException($"{model.Name} has no property {p.Name}.");
            object value = p.Kind switch
            {
                PropertyKind.String => Value(p, values),
                PropertyKind.StringList => new List<string> { Value(p, values) },
                PropertyKind.Object => Build(byName[p.ClassName!], byName, values),
                _ => List(property.PropertyType, Build(byName[p.ClassName!], byName, values)),
            };
            property.SetValue(instance, value);
        }

        return instance;
    }

    private static string Value(ModelProperty p, List<(string Path, string Value)> values)
    {
        // Each value is unique and no value is part of another, so finding it in the output finds this property.
        var n = values.Count + 1;
        var value = p switch
        {
            { IsDate: true } => string.Create(CultureInfo.InvariantCulture, $"{1900 + n}-{1 + (n % 12):D2}"),
            { Format: "email" } => $"mail{n:D3}x@example.com",
            { Format: "uri" } => $"https://example.com/u{n:D3}x",
            _ => $"value{n:D3}x",
        };
        values.Add((p.JsonPath, value));
        return value;
    }

    private static IList List(Type listType, object item)
    {
        var list = (IList)Activator.CreateInstance(listType)!;
        list.Add(item);
        return list;
    }

    private static JsonNode? Resolve(JsonNode root, string pointer)
    {
        var node = root;
        foreach (var token in pointer.Split('/').Skip(1))
        {
            node = node switch
            {
                JsonArray array => array[int.Parse(token, CultureInfo.InvariantCulture)],
                JsonObject obj => obj[token.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)],
                _ => null,
            };
        }

        return node;
    }
}
