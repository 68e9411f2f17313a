using System.Text.Json;
using System.Text.Json.Nodes;

namespace JsonResume.Layout;

/// <summary>Values of an entry as the text formats treat them: the white-space rule, whether anything shows, and what only the extensions block can carry.</summary>
internal static class EntryValues
{
    public static void Normalize<T>(EntryShape<T> shape, T item)
        where T : class, new()
    {
        foreach (var field in shape.FieldSpan)
        {
            if (field.IsList)
            {
                if (field.GetList(item) is { } list)
                {
                    for (var i = 0; i < list.Count; i++)
                    {
                        list[i] = WhitespaceRule.NormalizeLine(list[i]);
                    }
                }
            }
            else if (field.GetText(item) is { } text)
            {
                var normal = field.Kind == FieldKind.Prose ? WhitespaceRule.NormalizeProse(text) : WhitespaceRule.NormalizeLine(text);
                if (!ReferenceEquals(normal, text))
                {
                    field.SetText(item, normal);
                }
            }
        }
    }

    /// <summary>Whether the text shows anything of the item (a value of any field, empty strings included).</summary>
    public static bool ShowsAnything<T>(EntryShape<T> shape, T item)
        where T : class, new() =>
        shape.Fields.Any(f => f.IsList ? f.GetList(item) is { Count: > 0 } : f.GetText(item) is not null);

    /// <summary>The extension data and empty lists of an item, as JSON; null when it has none.</summary>
    public static JsonObject? Overlay<T>(EntryShape<T> shape, T item)
        where T : class, new()
    {
        JsonObject? overlay = null;
        foreach (var field in shape.FieldSpan)
        {
            if (field.IsList && field.GetList(item) is { Count: 0 })
            {
                (overlay ??= [])[field.Json] = new JsonArray();
            }
        }

        return AddExtensions(overlay, shape.Extensions(item));
    }

    /// <summary>Adds extension data to an overlay (creating it when needed).</summary>
    public static JsonObject? AddExtensions(JsonObject? overlay, Dictionary<string, JsonElement>? extensions)
    {
        if (extensions is null)
        {
            return overlay;
        }

        foreach (var (name, value) in extensions)
        {
            (overlay ??= [])[name] = Node(value);
        }

        return overlay;
    }

    /// <summary>
    /// An element as a node that reads it where it is: nothing is copied until a node is changed (the block only writes
    /// them), and no depth limit applies on the way. <see cref="JsonSerializer.SerializeToNode{TValue}(TValue, System.Text.Json.Serialization.Metadata.JsonTypeInfo{TValue})"/>
    /// wrote each value to bytes and parsed them again.
    /// </summary>
    public static JsonNode? Node(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => JsonObject.Create(element),
        JsonValueKind.Array => JsonArray.Create(element),
        _ => JsonValue.Create(element),
    };

    /// <summary>An array overlay: one object per item (<c>{}</c> for items without anything), trailing empty ones dropped; null when all are empty.</summary>
    public static JsonArray? OverlayArray(IEnumerable<JsonNode?> items)
    {
        var list = items.ToList();
        var last = list.FindLastIndex(n => n is not null);
        if (last < 0)
        {
            return null;
        }

        var array = new JsonArray();
        foreach (var node in list.Take(last + 1))
        {
            array.Add(node ?? new JsonObject());
        }

        return array;
    }
}
