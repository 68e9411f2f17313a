using System.Globalization;
using System.Text.Json;
using JsonResume.Diagnostics;
using JsonResume.Json;
using JsonResume.Model;
using JsonResume.Vocabulary;

namespace JsonResume.Import.Assembling;

/// <summary>
/// For a document in the library's own Markdown or text layout (read exactly by <see cref="ResumeImporter.ReadMarkdown(string)"/>
/// or <see cref="ResumeImporter.ReadText(string)"/>): which section or entry each line went to, from the layout's headings.
/// </summary>
internal static class OwnLayoutReport
{
    /// <summary>Whether the exact reader's résumé holds at least as much as the general one (and something at all).</summary>
    public static bool IsRicher(Resume own, Resume general)
    {
        var ownCount = Leaves(own);
        return ownCount >= 3 && ownCount >= Leaves(general);
    }

    public static IReadOnlyList<LineReport> Lines(IReadOnlyList<string> lines, Resume resume, bool markdown)
    {
        using var json = JsonDocument.Parse(ResumeJson.Write(resume), Limits.Document);
        var root = json.RootElement;
        var pointer = root.TryGetProperty("basics", out _) ? "/basics" : "";
        string? section = null;
        var entry = -1;
        var result = new LineReportList();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var trimmed = line.Trim();
            var next = i + 1 < lines.Count ? lines[i + 1].Trim() : "";
            if (trimmed.Length == 0)
            {
                result.Add(new LineReport(i + 1, LineDisposition.Blank, [], null));
                continue;
            }

            if (IsRule(trimmed))
            {
                if (markdown && trimmed == "---" && root.TryGetProperty("meta", out _))
                {
                    pointer = "/meta";
                    section = "meta";
                }

                result.Add(new LineReport(i + 1, LineDisposition.Markup, [], null));
                continue;
            }

            var isSection = markdown ? trimmed.StartsWith("## ", StringComparison.Ordinal) : IsRule(next) && next.StartsWith('-') && char.IsLetter(trimmed[0]);
            if (isSection)
            {
                var kind = SectionNames.Classify(trimmed.TrimStart('#', ' '));
                section = ResumeSections.JsonName(kind) ?? (root.TryGetProperty("meta", out _) ? "meta" : null);
                entry = -1;
                pointer = section is null ? "" : "/" + section;
            }
            else if (section is not null and not "basics" and not "meta" && IsEntryStart(lines, i, markdown))
            {
                entry++;
                pointer = $"/{section}/{entry.ToString(CultureInfo.InvariantCulture)}";
            }

            var resolved = section == "meta" && trimmed.TrimStart('*').StartsWith("Schema:", StringComparison.Ordinal) && root.TryGetProperty("$schema", out _)
                ? "/$schema"
                : Resolve(root, pointer);
            result.Add(resolved is null
                ? new LineReport(i + 1, LineDisposition.NotUnderstood, [], "not read by the library's own layout reader")
                : new LineReport(i + 1, LineDisposition.Imported, [resolved], null));
        }

        return result;
    }

    private static bool IsEntryStart(IReadOnlyList<string> lines, int i, bool markdown) =>
        markdown
            ? lines[i].StartsWith("### ", StringComparison.Ordinal)
            : !char.IsWhiteSpace(lines[i][0]) && (i == 0 || lines[i - 1].Trim().Length == 0);

    private static string? Resolve(JsonElement root, string pointer)
    {
        while (pointer.Length > 0)
        {
            if (Exists(root, pointer))
            {
                return pointer;
            }

            pointer = pointer[..pointer.LastIndexOf('/')];
        }

        return null;
    }

    private static bool Exists(JsonElement root, string pointer)
    {
        var current = root;
        foreach (var token in pointer[1..].Split('/'))
        {
            if (current.ValueKind == JsonValueKind.Object && current.TryGetProperty(token, out var next))
            {
                current = next;
            }
            else if (current.ValueKind == JsonValueKind.Array && int.TryParse(token, CultureInfo.InvariantCulture, out var n) && n >= 0 && n < current.GetArrayLength())
            {
                current = current[n];
            }
            else
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsRule(string trimmed) => trimmed.Length >= 3 && trimmed.All(c => c is '-' or '=');

    private static int Leaves(Resume resume)
    {
        using var json = JsonDocument.Parse(ResumeJson.Write(resume), Limits.Document);
        return Count(json.RootElement);

        static int Count(JsonElement e) => e.ValueKind switch
        {
            JsonValueKind.Object => e.EnumerateObject().Sum(p => Count(p.Value)),
            JsonValueKind.Array => e.EnumerateArray().Sum(Count),
            JsonValueKind.String => e.GetString()!.Length > 0 ? 1 : 0,
            JsonValueKind.Undefined or JsonValueKind.Null => 0,
            _ => 1,
        };
    }
}
