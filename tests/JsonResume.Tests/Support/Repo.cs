namespace JsonResume.Tests.Support;

/// <summary>Paths in the repository and in the read-only <c>../shared</c> folder beside it.</summary>
internal static class Repo
{
    private static readonly Lazy<string> LazyRoot = new(() => global::JsonResume.CodeGen.Generator.FindRepositoryRoot(AppContext.BaseDirectory));

    /// <summary>The folder holding JsonResume.sln.</summary>
    public static string Root => LazyRoot.Value;

    /// <summary>A path inside the repository.</summary>
    public static string File(params string[] parts) => Path.Combine([Root, .. parts]);

    /// <summary>The shared folder (<c>../shared</c>), or null when it is absent (a fresh clone elsewhere).</summary>
    public static string? SharedRoot
    {
        get
        {
            var env = Environment.GetEnvironmentVariable("JSONRESUME_SHARED");
            var dir = !string.IsNullOrEmpty(env) ? env : Path.GetFullPath(Path.Combine(Root, "..", "shared"));
            return Directory.Exists(dir) ? dir : null;
        }
    }

    /// <summary>A path under ../shared, or a visible skip (with the reason) when it is absent.</summary>
    public static string SharedOrSkip(params string[] parts)
    {
        var root = SharedRoot;
        if (root is null)
        {
            Assert.Skip("../shared is absent (set JSONRESUME_SHARED or check it out beside the repository); this test reads real documents from it.");
        }

        var path = Path.Combine([root, .. parts]);
        if (!System.IO.File.Exists(path) && !Directory.Exists(path))
        {
            Assert.Skip($"{Path.Combine(["../shared", .. parts])} is absent; this test needs it.");
        }

        return path;
    }

    /// <summary>Every file matching a pattern under a ../shared folder (recursively), sorted; skips visibly when absent.</summary>
    public static IReadOnlyList<string> SharedFiles(string folder, string pattern = "*.json")
    {
        var dir = SharedOrSkip(folder);
        return Directory.GetFiles(dir, pattern, SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
    }
}
