using JsonResume.CodeGen;

// Regenerates the committed *.g.cs files from schema/resume.schema.json.
// Usage: dotnet run --project src/JsonResume.CodeGen [-- --check]
var root = Generator.FindRepositoryRoot(Environment.CurrentDirectory);
var check = args.Contains("--check");
var files = await Generator.GenerateAsync(root).ConfigureAwait(false);
var stale = 0;
foreach (var emitter in Generator.Emitters)
{
    var folder = Path.Combine(root, emitter.OutputFolder);
    var keep = files.Select(f => Path.GetFullPath(Path.Combine(root, f.Path))).ToHashSet();
    foreach (var old in Directory.Exists(folder) ? Directory.GetFiles(folder, "*.g.cs") : [])
    {
        if (!keep.Contains(Path.GetFullPath(old)))
        {
            stale++;
            Console.WriteLine($"stale: {Path.GetRelativePath(root, old)}");
            if (!check)
            {
                File.Delete(old);
            }
        }
    }
}

foreach (var file in files)
{
    var path = Path.Combine(root, file.Path);
    var current = File.Exists(path) ? await File.ReadAllTextAsync(path).ConfigureAwait(false) : null;
    if (current == file.Content)
    {
        continue;
    }

    stale++;
    Console.WriteLine($"{(check ? "out of date" : "wrote")}: {file.Path}");
    if (!check)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllTextAsync(path, file.Content).ConfigureAwait(false);
    }
}

Console.WriteLine(stale == 0 ? "generated files are up to date" : $"{stale} file(s) {(check ? "out of date" : "updated")}");
return check && stale > 0 ? 1 : 0;
