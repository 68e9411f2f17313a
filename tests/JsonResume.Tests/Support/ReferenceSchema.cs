using NJsonSchema;

namespace JsonResume.Tests.Support;

/// <summary>The bundled schema loaded by NJsonSchema: an independent oracle for "is this document schema-valid".</summary>
internal static class ReferenceSchema
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromFileAsync(Repo.File("schema", "resume.schema.json")).GetAwaiter().GetResult());

    /// <summary>The schema errors of a JSON document, as text; empty when it is valid.</summary>
    public static IReadOnlyList<string> Errors(string json) =>
        Schema.Value.Validate(json).Select(e => e.ToString()).ToList();
}
