using System.Text.Json;
using System.Text.RegularExpressions;
using NJsonSchema;

namespace JsonResume.CodeGen;

/// <summary>
/// Emits what the tool says about the bundled schema before it has read it (<c>src/JsonResume/Json/BundledSchema.g.cs</c>):
/// the JSON Resume version from the schema's <c>$id</c>, as a constant, so that <c>jsonresume --version</c>, <c>--help</c>
/// and the start of every command do not parse the schema.
/// </summary>
public sealed partial class SchemaInfoEmitter : IEmitter
{
    /// <inheritdoc/>
    public string OutputFolder => "src/JsonResume/Json";

    /// <inheritdoc/>
    public IReadOnlyList<GeneratedFile> Emit(JsonSchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        // NJsonSchema keeps draft-07's "$id" only as the document's identity, not as a property: read it from the file.
        using var document = JsonDocument.Parse(File.ReadAllBytes(schema.DocumentPath ?? throw new InvalidOperationException("The schema was not read from a file.")));
        var id = document.RootElement.TryGetProperty("$id", out var value) ? value.GetString() ?? "" : "";
        var match = VersionInId().Match(id);
        if (!match.Success)
        {
            throw new InvalidOperationException($"The schema's $id names no version: \"{id}\".");
        }

        var w = new CodeWriter("JsonResume.Json");
        w.Open("public static partial class BundledSchema");
        w.Doc($"The JSON Resume version of the bundled schema, from its $id: {id}.");
        w.Line($"private const string SchemaVersion = \"{match.Groups[1].Value}\";");
        w.Close();
        return [new GeneratedFile($"{OutputFolder}/BundledSchema.g.cs", w.ToString())];
    }

    [GeneratedRegex(@"/(\d+\.\d+\.\d+)/")]
    private static partial Regex VersionInId();
}
