using NJsonSchema;

namespace JsonResume.CodeGen;

/// <summary>
/// Emits the FsCheck package's per-class entry points (<c>ResumeArbitraries.g.cs</c>, <c>ResumeGenerators.g.cs</c>): one
/// arbitrary and one generator for every model class below the root, documented from the schema.
/// </summary>
public sealed class FsCheckFacadeEmitter : IEmitter
{
    /// <inheritdoc/>
    public string OutputFolder => "src/JsonResume.FsCheck";

    /// <inheritdoc/>
    public IReadOnlyList<GeneratedFile> Emit(JsonSchema schema)
    {
        // The root has entry points of its own (Resumes, ResumeArbitrary, Shrink) in the hand-written halves.
        var parts = ModelShape.Classes(schema).Skip(1).ToList();
        var arbitraries = new CodeWriter("JsonResume.FsCheck", "FsCheck", "FsCheck.Fluent", "JsonResume.Model");
        arbitraries.Open("public static partial class ResumeArbitraries");
        var generators = new CodeWriter("JsonResume.FsCheck", "FsCheck", "JsonResume.Model");
        generators.Open("public static partial class ResumeGenerators");
        for (var i = 0; i < parts.Count; i++)
        {
            var model = parts[i];
            var what = $"{(model.Description ?? model.Name).TrimEnd('.')} (<c>{model.JsonPath}</c>)";
            if (i > 0)
            {
                arbitraries.Line();
                generators.Line();
            }

            arbitraries.Doc($"{what}, shrinking by removing properties and items.");
            arbitraries.Line("/// <returns>The arbitrary, with <see cref=\"GeneratorOptions.Default\"/>.</returns>");
            arbitraries.Line($"public static Arbitrary<{model.Name}> {model.Name}() => Arb.From(DefaultShapes.{model.Name}.Generator, DefaultShapes.{model.Name}.Shrink);");

            generators.Doc($"{what}: schema-valid, with unknown properties when the options allow them.");
            generators.Line("/// <param name=\"options\">What to generate; <see cref=\"GeneratorOptions.Default\"/> when null.</param>");
            generators.Line("/// <returns>The generator.</returns>");
            generators.Line($"public static Gen<{model.Name}> {model.Name}(GeneratorOptions? options = null) => Shapes(options).{model.Name}.Generator;");
        }

        arbitraries.Close();
        generators.Close();
        return
        [
            new GeneratedFile($"{OutputFolder}/ResumeArbitraries.g.cs", arbitraries.ToString()),
            new GeneratedFile($"{OutputFolder}/ResumeGenerators.g.cs", generators.ToString()),
        ];
    }
}
