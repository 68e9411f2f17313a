using JsonResume.Json;
using JsonResume.Render;

namespace JsonResume.Fuzz;

/// <summary>
/// The seeds: the fictional documents in the repository (examples, test fixtures) and, when it is there, the shared
/// corpus beside the repository, read at run time and never copied. JSON seeds are also rendered to Markdown and text
/// in memory, so that the own-format readers start from their own layout.
/// </summary>
internal sealed class Seeds
{
    private Seeds(List<byte[]> json, List<byte[]> text, bool shared)
    {
        Json = json;
        Text = text;
        HasShared = shared;
    }

    public IReadOnlyList<byte[]> Json { get; }

    public IReadOnlyList<byte[]> Text { get; }

    /// <summary>Whether the shared corpus was found (and so reproducers must be checked for its content).</summary>
    public bool HasShared { get; }

    public IReadOnlyList<byte[]> For(SeedKind kind) => kind == SeedKind.Json ? Json : Text;

    public static Seeds Load(string repoRoot, string? sharedRoot)
    {
        var json = new List<byte[]>();
        var text = new List<byte[]>();
        AddFiles(json, Path.Combine(repoRoot, "examples"), "*.json");
        AddFiles(json, Path.Combine(repoRoot, "tests", "JsonResume.Tests", "Json", "Fixtures"), "*.json");
        AddFiles(text, Path.Combine(repoRoot, "examples"), "*.md", "*.txt");
        AddFiles(text, Path.Combine(repoRoot, "tests", "JsonResume.Tests", "Import", "Fixtures"), "*.md", "*.txt");
        var shared = sharedRoot is not null && Directory.Exists(sharedRoot);
        if (shared)
        {
            AddFiles(json, Path.Combine(sharedRoot!, "corpus", "json"), "*.json");
            AddFiles(json, Path.Combine(sharedRoot!, "reference", "examples"), "*.json");
            AddFiles(text, Path.Combine(sharedRoot!, "corpus"), "*.md", "*.txt");
            AddFiles(text, Path.Combine(sharedRoot!, "seeds"), "*.md", "*.txt");
        }

        // Small hand-written seeds, so that short runs reach the interesting shapes at once.
        json.Add("{}"u8.ToArray());
        json.Add("""{"basics":{"name":"A","email":"x\udc00@b.co"}}"""u8.ToArray());
        text.Add("\\\n- r\\\n**Username:** e\\\n**URL:**\n"u8.ToArray());
        foreach (var document in json.ToList())
        {
            try
            {
                if (ResumeJson.Read(document).Resume is { } resume)
                {
                    text.Add(System.Text.Encoding.UTF8.GetBytes(ResumeRenderer.ToMarkdown(resume)));
                    text.Add(System.Text.Encoding.UTF8.GetBytes(ResumeRenderer.ToText(resume)));
                }
            }
#pragma warning disable CA1031 // a seed the renderers cannot take is a finding of the render target, not a reason to stop
            catch (Exception)
#pragma warning restore CA1031
            {
            }
        }

        return new Seeds(json, text, shared);
    }

    private static void AddFiles(List<byte[]> into, string folder, params string[] patterns)
    {
        if (!Directory.Exists(folder))
        {
            return;
        }

        foreach (var pattern in patterns)
        {
            foreach (var file in Directory.EnumerateFiles(folder, pattern, SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                into.Add(File.ReadAllBytes(file));
            }
        }
    }
}
