using NJsonSchema;

namespace JsonResume.Tests.Support;

/// <summary>NJsonSchema over the bundled schema: the reference oracle for "is this schema-valid".</summary>
internal static class SchemaOracle
{
    private static readonly Lazy<JsonSchema> LazySchema = new(() =>
        JsonSchema.FromFileAsync(Repo.File("schema", "resume.schema.json")).GetAwaiter().GetResult());

    public static JsonSchema Schema => LazySchema.Value;

    /// <summary>The schema errors NJsonSchema finds, as "path: kind" strings (empty when valid).</summary>
    public static IReadOnlyList<string> Errors(string json) =>
        Schema.Validate(json).SelectMany(Flatten).Select(e => $"{e.Path}: {e.Kind}").ToList();

    private static IEnumerable<NJsonSchema.Validation.ValidationError> Flatten(NJsonSchema.Validation.ValidationError error) =>
        error is NJsonSchema.Validation.ChildSchemaValidationError child
            ? child.Errors.SelectMany(e => e.Value).SelectMany(Flatten).DefaultIfEmpty(error)
            : [error];
}
