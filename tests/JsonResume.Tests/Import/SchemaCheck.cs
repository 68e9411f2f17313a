using JsonResume.Tests.Support;
using NJsonSchema;

namespace JsonResume.Tests.Import;

/// <summary>Validates JSON against the bundled JSON Resume schema with NJsonSchema (formats included).</summary>
internal static class SchemaCheck
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromJsonAsync(File.ReadAllText(Repo.File("schema", "resume.schema.json"))).GetAwaiter().GetResult());

    /// <summary>The schema violations of a document, as "path: kind" lines (empty when valid).</summary>
    public static IReadOnlyList<string> Errors(string json) =>
        Schema.Value.Validate(json).Select(e => $"{e.Path}: {e.Kind}").ToList();
}
