using NJsonSchema;

namespace JsonResume.CodeGen;

/// <summary>
/// Emits the streaming model reader into <c>src/JsonResume/Json/ModelStreamReader.g.cs</c>: the same tolerant reading as
/// <see cref="ReaderEmitter"/>'s, straight from a <see cref="System.Text.Json.Utf8JsonReader"/>, so that no
/// <see cref="System.Text.Json.JsonDocument"/> of the whole input is alive next to the model being built. A value of
/// the wrong type is read again from where it started (the reader is a struct: a copy is a bookmark) into the extension
/// data. A property name given twice in one object stops it (the caller then reads the document the other way, which
/// keeps the last one): such documents are rare, and the rule needs the whole object.
/// </summary>
public sealed class StreamReaderEmitter : IEmitter
{
    /// <inheritdoc/>
    public string OutputFolder => "src/JsonResume/Json";

    /// <inheritdoc/>
    public IReadOnlyList<GeneratedFile> Emit(JsonSchema schema)
    {
        var w = new CodeWriter("JsonResume.Json", "System.Text.Json", "JsonResume.Diagnostics", "JsonResume.Model");
        w.Open("internal static partial class ModelStreamReader");
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
        return [new GeneratedFile($"{OutputFolder}/ModelStreamReader.g.cs", w.ToString())];
    }

    private static void EmitRead(CodeWriter w, ModelClass model)
    {
        if (model.Properties.Count > 64)
        {
            throw new InvalidOperationException($"{model.Name} has more properties than one ulong has bits.");
        }

        w.Open($"internal static {model.Name} Read{model.Name}(ref Utf8JsonReader reader, string pointer, List<Diagnostic> diagnostics)");
        w.Line($"var result = new {model.Name}();");
        w.Line("var seen = 0UL;");
        w.Open("while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)");
        w.Line("var name = reader.GetString()!;");
        w.Line("reader.Read();");
        w.Line("string expected;");
        w.Open("switch (name)");
        for (var i = 0; i < model.Properties.Count; i++)
        {
            var p = model.Properties[i];
            w.Line($"case \"{p.JsonName}\":");
            w.Indent();
            w.Line($"Seen(ref seen, {i}, name);");
            var at = $"JsonPointer.Append(pointer, \"{p.JsonName}\")";
            switch (p.Kind)
            {
                case PropertyKind.String:
                    w.Open("if (reader.TokenType == JsonTokenType.String)");
                    w.Line($"result.{p.Name} = reader.GetString();");
                    break;
                case PropertyKind.Object:
                    w.Open("if (reader.TokenType == JsonTokenType.StartObject)");
                    w.Line($"result.{p.Name} = Read{p.ClassName}(ref reader, {at}, diagnostics);");
                    break;
                case PropertyKind.StringList:
                    w.Open($"if (TryReadStrings(ref reader, out var list{p.Name}))");
                    w.Line($"result.{p.Name} = list{p.Name};");
                    break;
                case PropertyKind.ObjectList:
                    w.Open($"if (TryReadList(ref reader, {at}, diagnostics, Read{p.ClassName}, out var list{p.Name}))");
                    w.Line($"result.{p.Name} = list{p.Name};");
                    break;
                default:
                    throw new InvalidOperationException();
            }

            w.Line("continue;");
            w.Close();
            w.Line();
            w.Line($"expected = \"{Expected(p)}\";");
            w.Line("break;");
            w.Outdent();
        }

        w.Line("default:");
        w.Indent();
        w.Line("Unknown(result.ExtensionData, name);");
        w.Line("(result.ExtensionData ??= new(StringComparer.Ordinal))[name] = JsonElement.ParseValue(ref reader);");
        w.Line("continue;");
        w.Outdent();
        w.Close();
        w.Line("(result.ExtensionData ??= new(StringComparer.Ordinal))[name] = Mismatch(ref reader, pointer, name, expected, diagnostics);");
        w.Close();
        w.Line("return result;");
        w.Close();
    }

    private static string Expected(ModelProperty p) => p.Kind switch
    {
        PropertyKind.String => "a string",
        PropertyKind.Object => "an object",
        PropertyKind.StringList => "an array of strings",
        PropertyKind.ObjectList => "an array of objects",
        _ => throw new InvalidOperationException(),
    };
}
