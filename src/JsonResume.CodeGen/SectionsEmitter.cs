using NJsonSchema;

namespace JsonResume.CodeGen;

/// <summary>
/// Emits the list sections of the résumé (every array of objects at the top of the schema) with their JSON names and
/// accessors into <c>src/JsonResume/Vocabulary</c>, so no other code has to list them.
/// </summary>
public sealed class SectionsEmitter : IEmitter
{
    /// <inheritdoc/>
    public string OutputFolder => "src/JsonResume/Vocabulary";

    /// <inheritdoc/>
    public IReadOnlyList<GeneratedFile> Emit(JsonSchema schema)
    {
        var root = ModelShape.Classes(schema)[0];
        var sections = root.Properties.Where(p => p.Kind == PropertyKind.ObjectList).ToList();
        var w = new CodeWriter("JsonResume.Vocabulary", "JsonResume.Model");
        w.Open("internal static partial class ResumeSections");
        foreach (var p in sections)
        {
            w.Doc($"{p.JsonName}: {p.Description}");
            w.Line($"public static SectionList<{p.ClassName}> {p.Name} {{ get; }} = new(ResumeSection.{p.Name}, \"{p.JsonName}\", r => r.{p.Name}, (r, v) => r.{p.Name} = v);");
            w.Line();
        }

        w.Doc("Every list section, in the schema's order.");
        w.Line($"public static IReadOnlyList<ISectionList> All {{ get; }} = [{string.Join(", ", sections.Select(p => p.Name))}];");
        w.Line();
        w.Doc("The JSON name of every property of the résumé's root object, in the schema's order.");
        w.Line($"public static IReadOnlyList<string> RootProperties {{ get; }} = [{string.Join(", ", root.Properties.Select(p => $"\"{p.JsonName}\""))}];");
        w.Close();
        return [new GeneratedFile($"{OutputFolder}/ResumeSections.g.cs", w.ToString())];
    }
}
