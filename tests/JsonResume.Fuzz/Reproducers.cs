using System.Security.Cryptography;

namespace JsonResume.Fuzz;

/// <summary>
/// Reproducers live in the repository (<c>tests/JsonResume.Fuzz/Reproducers/TARGET/HASH.bin</c>) and are replayed by
/// <c>dotnet test</c> forever after. Only fictional or garbage bytes go there: a reproducer that still holds a run of
/// a shared document after minimising is written to <c>artifacts/fuzz-private/</c> (git-ignored) instead.
/// </summary>
internal static class Reproducers
{
    public static string Folder(string repoRoot) => Path.Combine(repoRoot, "tests", "JsonResume.Fuzz", "Reproducers");

    public static string Name(byte[] input) => Convert.ToHexStringLower(SHA256.HashData(input))[..16] + ".bin";

    /// <summary>Every saved reproducer: its target and its path.</summary>
    public static IEnumerable<(string Target, string Path)> All(string repoRoot)
    {
        var folder = Folder(repoRoot);
        if (!Directory.Exists(folder))
        {
            yield break;
        }

        foreach (var dir in Directory.EnumerateDirectories(folder).Order(StringComparer.Ordinal))
        {
            foreach (var file in Directory.EnumerateFiles(dir, "*.bin").Order(StringComparer.Ordinal))
            {
                yield return (System.IO.Path.GetFileName(dir), file);
            }
        }
    }

    public static string Save(string repoRoot, string target, byte[] input, SharedContent? shared)
    {
        var personal = shared?.Overlaps(input) == true;
        var folder = personal
            ? Path.Combine(repoRoot, "artifacts", "fuzz-private", target)
            : Path.Combine(Folder(repoRoot), target);
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, Name(input));
        File.WriteAllBytes(path, input);
        return path;
    }
}
