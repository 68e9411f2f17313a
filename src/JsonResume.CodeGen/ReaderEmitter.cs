using NJsonSchema;

namespace JsonResume.CodeGen;

/// <summary>
/// Emits the tolerant model reader into <c>src/JsonResume/Json/ModelReader.g.cs</c>: it builds model objects from a
/// <see cref="System.Text.Json.JsonElement"/> and, instead of failing on a value of the wrong type, keeps that value in
/// the extension data of its parent and reports it.
/// </summary>
public sealed class ReaderEmitter : IEmitter
{
    /// <inheritdoc/>
    public string OutputFolder => "src/JsonResume/Json";

    /// <inheritdoc/>
    public IReadOnlyList<GeneratedFile> Emit(JsonSchema schema)
    {
        var w = new CodeWriter("JsonResume.Json", "System.Text.Json", "JsonResume.Diagnostics", "JsonResume.Model");
        w.Open("internal static partial class ModelReader");
        var first = true;
        foreach (var model in ModelShape.Classes(schema))
        {
            if (!first)
            {
                w.Line();
            }

            first = false;
            EmitRead(w, model);
        }

        w.Close();
        return [new GeneratedFile($"{OutputFolder}/ModelReader.g.cs", w.ToString())];
    }

    private static void EmitRead(CodeWriter w, ModelClass model)
    {
        w.Open($"internal static {model.Name} Read{model.Name}(JsonElement element, string pointer, List<Diagnostic> diagnostics)");
        w.Line($"var result = new {model.Name}();");
        w.Open("foreach (var property in Properties(element, pointer, diagnostics))");
        w.Line("var value = property.Value;");
        w.Open("switch (property.Name)");
        foreach (var p in model.Properties)
        {
            w.Line($"case \"{p.JsonName}\":");
            w.Indent();
            var condition = p.Kind switch
            {
                PropertyKind.String => $"value.ValueKind == JsonValueKind.String",
                PropertyKind.Object => $"value.ValueKind == JsonValueKind.Object",
                PropertyKind.StringList => $"TryReadStrings(value, out var {Local(p)})",
                PropertyKind.ObjectList => $"TryReadObjects(value, out var {Local(p)})",
                _ => throw new InvalidOperationException(),
            };
            var assign = p.Kind switch
            {
                PropertyKind.String => "value.GetString()",
                PropertyKind.Object => $"Read{p.ClassName}(value, JsonPointer.Append(pointer, \"{p.JsonName}\"), diagnostics)",
                PropertyKind.StringList => Local(p),
                PropertyKind.ObjectList => $"ReadList({Local(p)}, JsonPointer.Append(pointer, \"{p.JsonName}\"), diagnostics, Read{p.ClassName})",
                _ => throw new InvalidOperationException(),
            };
            w.Open($"if ({condition})");
            w.Line($"result.{p.Name} = {assign};");
            w.Line("continue;");
            w.Close();
            w.Line();
            w.Line($"Mismatch(pointer, property, \"{Expected(p)}\", diagnostics);");
            w.Line("break;");
            w.Outdent();
        }

        w.Close();
        w.Line("(result.ExtensionData ??= new(StringComparer.Ordinal))[property.Name] = value.Clone();");
        w.Close();
        w.Line("return result;");
        w.Close();
    }

    private static string Local(ModelProperty p) => "list" + p.Name;

    private static string Expected(ModelProperty p) => p.Kind switch
    {
        PropertyKind.String => "a string",
        PropertyKind.Object => "an object",
        PropertyKind.StringList => "an array of strings",
        PropertyKind.ObjectList => "an array of objects",
        _ => throw new InvalidOperationException(),
    };
}
