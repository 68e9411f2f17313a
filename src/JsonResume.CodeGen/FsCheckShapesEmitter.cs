using NJsonSchema;

namespace JsonResume.CodeGen;

/// <summary>
/// Emits the FsCheck package's description of the model (<c>ModelShapes.g.cs</c>): one shape per model class and one
/// member per schema property, so a property added to the schema is generated, copied and shrunk without a hand edit.
/// Realistic values stay hand-kept in <c>ModelShapes.cs</c>, keyed by JSON path.
/// </summary>
public sealed class FsCheckShapesEmitter : IEmitter
{
    /// <inheritdoc/>
    public string OutputFolder => "src/JsonResume.FsCheck/Internal";

    /// <inheritdoc/>
    public IReadOnlyList<GeneratedFile> Emit(JsonSchema schema)
    {
        var classes = ModelShape.Classes(schema);
        var w = new CodeWriter("JsonResume.FsCheck.Internal", "JsonResume.Model");
        w.Doc("Every model class as a shape, one member per schema property, in schema order.");
        w.Open("internal sealed partial class ModelShapes");
        w.Open("internal ModelShapes(GeneratorOptions options)");
        w.Line("values = new FieldValues(options);");
        w.Line("maxItems = Math.Max(0, options.MaxItems);");

        // Pre-order lists a parent before its children; reversed, every shape exists before a parent refers to it.
        foreach (var model in classes.Reverse())
        {
            w.Line($"{model.Name} = new(options, x => x.ExtensionData, (x, v) => x.ExtensionData = v,");
            w.Indent();
            for (var i = 0; i < model.Properties.Count; i++)
            {
                var p = model.Properties[i];
                w.Line(Member(model, p) + (i == model.Properties.Count - 1 ? ");" : ","));
            }

            w.Outdent();
        }

        w.Close();
        foreach (var model in classes)
        {
            w.Line();
            w.Doc($"The shape of {(model.JsonPath.Length == 0 ? "the whole résumé" : $"<c>{model.JsonPath}</c>")}.");
            w.Line($"internal Shape<{model.Name}> {model.Name} {{ get; }}");
        }

        w.Close();
        return [new GeneratedFile($"{OutputFolder}/ModelShapes.g.cs", w.ToString())];
    }

    private static string Member(ModelClass model, ModelProperty p)
    {
        var accessors = $"x => x.{p.Name}, (x, v) => x.{p.Name} = v";
        return p.Kind switch
        {
            PropertyKind.Object => $"Member.Child<{model.Name}, {p.ClassName}>(\"{p.JsonName}\", {accessors}, {p.ClassName})",
            PropertyKind.ObjectList => $"Member.Children<{model.Name}, {p.ClassName}>(\"{p.JsonName}\", {accessors}, {p.ClassName}, maxItems)",
            PropertyKind.StringList => $"Texts<{model.Name}>(\"{p.JsonPath}\", {accessors})",
            PropertyKind.String when p.IsDate => $"Date<{model.Name}>(\"{p.JsonPath}\", {accessors})",
            PropertyKind.String when p.Format == "email" => $"Email<{model.Name}>(\"{p.JsonPath}\", {accessors})",
            PropertyKind.String when p.Format == "uri" => $"Uri<{model.Name}>(\"{p.JsonPath}\", {accessors})",
            PropertyKind.String when p.Format is null => $"Text<{model.Name}>(\"{p.JsonPath}\", {accessors})",
            _ => throw new InvalidOperationException($"{p.JsonPath}: no generator for {p.Kind} with format {p.Format}."),
        };
    }
}
