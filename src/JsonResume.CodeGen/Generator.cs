using NJsonSchema;

namespace JsonResume.CodeGen;

/// <summary>Runs every emitter over the bundled schema. Used by the command line and by the drift tests.</summary>
public static class Generator
{
    /// <summary>The schema's path relative to the repository root.</summary>
    public const string SchemaPath = "schema/resume.schema.json";

    /// <summary>The command that regenerates the committed files.</summary>
    public const string RegenerateCommand = "dotnet run --project src/JsonResume.CodeGen";

    /// <summary>All emitters, in order.</summary>
    public static IReadOnlyList<IEmitter> Emitters { get; } = [new ModelEmitter(), new ReaderEmitter(), new StreamReaderEmitter(), new ValidatorEmitter(), new SectionsEmitter(), new CopyEmitter(), new SchemaInfoEmitter(), new FsCheckShapesEmitter(), new FsCheckFacadeEmitter()];

    /// <summary>Generates every file from the schema.</summary>
    /// <param name="repositoryRoot">The folder that holds <c>JsonResume.sln</c>.</param>
    /// <returns>The files, in a stable order.</returns>
    public static async Task<IReadOnlyList<GeneratedFile>> GenerateAsync(string repositoryRoot)
    {
        var schema = await JsonSchema.FromFileAsync(Path.Combine(repositoryRoot, SchemaPath)).ConfigureAwait(false);
        return Emitters.SelectMany(e => e.Emit(schema)).ToList();
    }

    /// <summary>Finds the repository root by walking up from a folder to the one holding <c>JsonResume.sln</c>.</summary>
    /// <param name="start">Where to start.</param>
    /// <returns>The root folder.</returns>
    public static string FindRepositoryRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "JsonResume.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No JsonResume.sln above {start}.");
    }
}
