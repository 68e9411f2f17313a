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

    /// <summary>Whether every value of the item already follows the white-space rule (what <see cref="Normalize{T}"/> would leave as it is).</summary>
    public static bool IsNormal<T>(EntryShape<T> shape, T item)
        where T : class, new()
    {
        foreach (var field in shape.FieldSpan)
        {
            if (field.IsList)
            {
                if (field.GetList(item) is { } list)
                {
                    foreach (var value in list)
                    {
                        if (value is not null && !WhitespaceRule.IsLineNormal(value))
                        {
                            return false;
                        }
                    }
                }
            }
            else if (field.GetText(item) is { } text
                && !(field.Kind == FieldKind.Prose ? WhitespaceRule.IsProseNormal(text) : WhitespaceRule.IsLineNormal(text)))
            {
                return false;
            }
        }

        return true;
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
            (overlay ??= [])[name] = ExtensionValues.ForWriting(value);
        }

        return overlay;
    }

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
