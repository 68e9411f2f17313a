using NJsonSchema;

namespace JsonResume.CodeGen;

/// <summary>
/// Emits the model copier into <c>src/JsonResume/Json/ModelCopy.g.cs</c>: a deep copy of a résumé equal to writing it as
/// JSON and reading it back, without the text in between. Where the two could differ (a null list item, an extension
/// property named like a schema property, text that is not Unicode) it says so, and the caller goes through JSON.
/// The same conditions, checked without copying, say whether the résumé already equals its JSON round trip (the
/// renderers then lay out the résumé itself).
/// </summary>
public sealed class CopyEmitter : IEmitter
{
    /// <inheritdoc/>
    public string OutputFolder => "src/JsonResume/Json";

    /// <inheritdoc/>
    public IReadOnlyList<GeneratedFile> Emit(JsonSchema schema)
    {
        var w = new CodeWriter("JsonResume.Json", "System.Text.Json", "JsonResume.Model");
        w.Open("internal static partial class ModelCopy");
        var first = true;
        foreach (var model in ModelShape.Classes(schema))
        {
            if (!first)
            {
                w.Line();
            }

            first = false;
            EmitCopy(w, model);
            w.Line();
            EmitIsExact(w, model);
        }

        w.Close();
        return [new GeneratedFile($"{OutputFolder}/ModelCopy.g.cs", w.ToString())];
    }

    private static void EmitCopy(CodeWriter w, ModelClass model)
    {
        w.Open($"private static {model.Name} Copy{model.Name}({model.Name} source, CopyState state)");
        w.Open($"var result = new {model.Name}");
        foreach (var p in model.Properties)
        {
            var value = p.Kind switch
            {
                PropertyKind.String => $"Text(source.{p.Name}, state)",
                PropertyKind.Object => $"source.{p.Name} is {{ }} {Local(p)} ? Copy{p.ClassName}({Local(p)}, state) : null",
                PropertyKind.StringList => $"Texts(source.{p.Name}, state)",
                PropertyKind.ObjectList => $"Objects(source.{p.Name}, state, Copy{p.ClassName})",
                _ => throw new InvalidOperationException(),
            };
            w.Line($"{p.Name} = {value},");
        }

        w.Line("ExtensionData = Extensions(source.ExtensionData, state),");
        w.Close(";");
        w.Open("if (result.ExtensionData is { } extensions)");
        foreach (var p in model.Properties)
        {
            w.Line($"state.Exact &= StaysApart(extensions, \"{p.JsonName}\", source.{p.Name} is null, JsonValueKind.{ReadAs(p)});");
        }

        w.Close();
        w.Line();
        w.Line("return result;");
        w.Close();
    }

    /// <summary>The check that <c>Copy{Name}</c> would stay exact, without copying: what reading the copy's JSON back needs.</summary>
    private static void EmitIsExact(CodeWriter w, ModelClass model)
    {
        w.Open($"private static bool IsExact{model.Name}({model.Name} source)");
        w.Line("var exact =");
        w.Indent();
        foreach (var p in model.Properties)
        {
            var check = p.Kind switch
            {
                PropertyKind.String => $"IsExactText(source.{p.Name})",
                PropertyKind.Object => $"(source.{p.Name} is not {{ }} {Local(p)} || IsExact{p.ClassName}({Local(p)}))",
                PropertyKind.StringList => $"AreExactTexts(source.{p.Name})",
                PropertyKind.ObjectList => $"AreExactObjects(source.{p.Name}, IsExact{p.ClassName})",
                _ => throw new InvalidOperationException(),
            };
            w.Line($"{check} &&");
        }

        w.Line("AreExactExtensions(source.ExtensionData);");
        w.Outdent();
        w.Open("if (exact && source.ExtensionData is { Count: > 0 } extensions)");
        w.Line("exact =");
        w.Indent();
        for (var i = 0; i < model.Properties.Count; i++)
        {
            var p = model.Properties[i];
            var end = i == model.Properties.Count - 1 ? ";" : " &&";
            w.Line($"StaysApart(extensions, \"{p.JsonName}\", source.{p.Name} is null, JsonValueKind.{ReadAs(p)}){end}");
        }

        w.Outdent();
        w.Close();
        w.Line();
        w.Line("return exact;");
        w.Close();
    }

    private static string Local(ModelProperty p) => "value" + p.Name;

    /// <summary>The kind of JSON value the reader would take into this property (for lists, any array: conservative).</summary>
    private static string ReadAs(ModelProperty p) => p.Kind switch
    {
        PropertyKind.String => "String",
        PropertyKind.Object => "Object",
        _ => "Array",
    };
}
