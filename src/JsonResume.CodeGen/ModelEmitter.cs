using NJsonSchema;

namespace JsonResume.CodeGen;

/// <summary>Emits one sealed class per schema object into <c>src/JsonResume/Model</c>.</summary>
public sealed class ModelEmitter : IEmitter
{
    /// <inheritdoc/>
    public string OutputFolder => "src/JsonResume/Model";

    /// <inheritdoc/>
    public IReadOnlyList<GeneratedFile> Emit(JsonSchema schema) =>
        ModelShape.Classes(schema).Select(c => new GeneratedFile($"{OutputFolder}/{c.Name}.g.cs", EmitClass(c))).ToList();

    private static string EmitClass(ModelClass model)
    {
        var w = new CodeWriter("JsonResume.Model", "System.Text.Json", "System.Text.Json.Serialization");
        w.Doc(model.JsonPath.Length == 0 ? model.Description : $"{model.Description} JSON path: {model.JsonPath}.");
        w.Open($"public sealed partial class {model.Name}");
        foreach (var p in model.Properties)
        {
            var doc = p.IsDate
                ? $"{p.Description} A partial ISO 8601 date kept exactly as written (2014, 2014-06 or 2014-06-29); see PartialDate for a typed view."
                : p.Description;
            w.Doc(doc);
            w.Line($"[JsonPropertyName(\"{p.JsonName}\")]");
            w.Line($"public {TypeOf(p)} {p.Name} {{ get; set; }}");
            w.Line();
        }

        w.Doc("Properties the schema does not define (and values of a type the schema does not allow), kept exactly as read so that writing loses nothing.");
        w.Line("[JsonExtensionData]");
        w.Line("public Dictionary<string, JsonElement>? ExtensionData { get; set; }");
        w.Close();
        return w.ToString();
    }

    /// <summary>The C# type of a property.</summary>
    /// <param name="p">The property.</param>
    /// <returns>A nullable type name.</returns>
    public static string TypeOf(ModelProperty p)
    {
        ArgumentNullException.ThrowIfNull(p);
        return p.Kind switch
        {
            PropertyKind.String => "string?",
            PropertyKind.Object => $"{p.ClassName}?",
            PropertyKind.StringList => "List<string>?",
            PropertyKind.ObjectList => $"List<{p.ClassName}>?",
            _ => throw new ArgumentOutOfRangeException(nameof(p)),
        };
    }
}
