using System.Text.Json.Nodes;
using JsonResume.Diagnostics;
using JsonResume.Model;
using JsonResume.Vocabulary;

namespace JsonResume.Layout;

/// <summary>A list section whose entries are of type <typeparamref name="T"/>.</summary>
/// <typeparam name="T">The model class of an entry.</typeparam>
internal sealed class SectionShape<T>(SectionList<T> list, EntryShape<T> entry) : ISectionShape
    where T : class, new()
{
    private readonly Func<Resume, List<T>?> get = list.Get;

    public ResumeSection Section => list.Section;

    public string? ProseField => entry.Prose?.Json;

    public IEnumerable<string> Labels => entry.Fields.SelectMany(f => f.ItemLabel is null ? [f.Label] : new[] { f.Label, f.ItemLabel });

    public IEnumerable<EntryLayout>? Entries(Resume resume, LayoutLanguage language, EntryLayout layout) =>
        get(resume) is { Count: > 0 } items ? Lay(items, language, layout) : null;

    public void Read(Resume resume, IReadOnlyList<EntryLayout> entries, List<Diagnostic> diagnostics)
    {
        var pointer = "/" + list.JsonName;
        var items = get(resume) ?? [];
        var offset = items.Count;
        items.AddRange(entries.Select((e, i) => EntryReader.Read(entry, e, JsonPointer.Append(pointer, offset + i), diagnostics)));
        list.Set(resume, items);
    }

    public void Normalize(Resume resume)
    {
        foreach (var item in get(resume) ?? [])
        {
            EntryValues.Normalize(entry, item);
        }
    }

    public bool IsNormal(Resume resume)
    {
        foreach (var item in get(resume) ?? [])
        {
            if (item is not null && !EntryValues.IsNormal(entry, item))
            {
                return false;
            }
        }

        return true;
    }

    private IEnumerable<EntryLayout> Lay(List<T> items, LayoutLanguage language, EntryLayout layout)
    {
        foreach (var item in items)
        {
            EntryLayouts.Fill(entry, item, language, layout);
            yield return layout;
        }
    }

    public JsonNode? Overlay(Resume resume)
    {
        if (get(resume) is not { } items)
        {
            return null;
        }

        if (items.Count == 0)
        {
            return new JsonArray();
        }

        // Most entries carry nothing for the block: the list of overlays is made only when one does.
        List<JsonNode?>? overlays = null;
        for (var i = 0; i < items.Count; i++)
        {
            if (EntryValues.Overlay(entry, items[i]) is { } overlay)
            {
                overlays ??= new List<JsonNode?>(items.Count);
                while (overlays.Count < i)
                {
                    overlays.Add(null);
                }

                overlays.Add(overlay);
            }
        }

        return overlays is null ? null : EntryValues.OverlayArray(overlays);
    }
}
