using JsonResume.CodeGen;
using JsonResume.Tests.Support;

namespace JsonResume.Tests.CodeGen;

/// <summary>The committed generated files are exactly what the generator makes from the committed schema.</summary>
public sealed class GeneratedFilesTests
{
    [Fact]
    public async Task Every_generated_file_matches_the_schema_and_the_generator()
    {
        var files = await Generator.GenerateAsync(Repo.Root);
        Assert.NotEmpty(files);
        var stale = new List<string>();
        foreach (var file in files)
        {
            var path = Repo.File(file.Path.Split('/'));
            var current = File.Exists(path) ? (await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken)).ReplaceLineEndings("\n") : null;
            if (current != file.Content)
            {
                stale.Add(current is null ? $"{file.Path} (missing)" : file.Path);
            }
        }

        var generated = files.Select(f => Path.GetFullPath(Repo.File(f.Path.Split('/')))).ToHashSet();
        foreach (var emitter in Generator.Emitters)
        {
            var folder = Repo.File(emitter.OutputFolder.Split('/'));
            stale.AddRange(Directory.GetFiles(folder, "*.g.cs")
                .Where(f => !generated.Contains(Path.GetFullPath(f)))
                .Select(f => $"{Path.GetRelativePath(Repo.Root, f)} (no longer generated)"));
        }

        Assert.True(stale.Count == 0,
            $"Generated files are out of date: {string.Join(", ", stale)}. Run `{Generator.RegenerateCommand}` and commit the result.");
    }

    [Fact]
    public async Task Every_emitter_contributes_files_to_its_own_folder()
    {
        var files = await Generator.GenerateAsync(Repo.Root);
        foreach (var emitter in Generator.Emitters)
        {
            Assert.Contains(files, f => f.Path.StartsWith(emitter.OutputFolder + "/", StringComparison.Ordinal));
        }

        Assert.Contains(files, f => f.Path == "src/JsonResume/Validation/SchemaValidator.g.cs");
    }
}
