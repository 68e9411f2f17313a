using System.Text.Json;
using JsonResume.Diagnostics;
using JsonResume.Json;

namespace JsonResume.Layout;

/// <summary>
/// Merges an extensions block into the résumé's current values, reading both as elements and writing the result as it
/// goes: objects merge property by property (the current properties in their order, each replaced or merged by the
/// block's, then the block's new ones in its order), arrays item by item (objects at the same index merge, the current
/// item stays otherwise, the block's extra items are appended); any other value the block sets replaces the current one,
/// with a warning. Walks only where both sides hold an object or an array; what only the block holds is copied as
/// written, so the cost is linear in the block whatever its nesting.
/// </summary>
internal static class ExtensionsMerge
{
    /// <summary>Reports, in the block's order, every value the block sets that the text already sets.</summary>
    /// <param name="target">The root properties the block touches that the résumé has, with their current values.</param>
    /// <param name="overlay">The block (an object).</param>
    /// <param name="diagnostics">Where the warnings go.</param>
    public static void Report(Dictionary<string, JsonElement> target, JsonElement overlay, List<Diagnostic> diagnostics) =>
        ReportProperties(target, overlay, "", diagnostics);

    /// <summary>Writes the merged root object: the touched properties the résumé has, then those only the block has,
    /// each group in the block's order.</summary>
    /// <param name="writer">Where the merged JSON goes.</param>
    /// <param name="target">As for <see cref="Report"/>.</param>
    /// <param name="overlay">The block (an object).</param>
    public static void Write(Utf8JsonWriter writer, Dictionary<string, JsonElement> target, JsonElement overlay)
    {
        writer.WriteStartObject();
        foreach (var property in overlay.EnumerateObject())
        {
            if (target.TryGetValue(property.Name, out var current))
            {
                writer.WritePropertyName(property.Name);
                WriteMerged(writer, current, property.Value);
            }
        }

        foreach (var property in overlay.EnumerateObject())
        {
            if (!target.ContainsKey(property.Name))
            {
                property.WriteTo(writer);
            }
        }

        writer.WriteEndObject();
    }

    private static void ReportValue(JsonElement current, JsonElement overlay, string pointer, List<Diagnostic> diagnostics)
    {
        if (current.ValueKind == JsonValueKind.Object && overlay.ValueKind == JsonValueKind.Object)
        {
            ReportProperties(Properties(current), overlay, pointer, diagnostics);
        }
        else if (current.ValueKind == JsonValueKind.Array && overlay.ValueKind == JsonValueKind.Array)
        {
            var i = 0;
            using var items = current.EnumerateArray();
            foreach (var item in overlay.EnumerateArray())
            {
                if (!items.MoveNext())
                {
                    break;
                }

                if (items.Current.ValueKind == JsonValueKind.Object && item.ValueKind == JsonValueKind.Object)
                {
                    ReportProperties(Properties(items.Current), item, JsonPointer.Append(pointer, i), diagnostics);
                }

                i++;
            }
        }
        else
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, DiagnosticCodes.OwnFormatBadExtensions,
                "The extensions block sets a value the text already sets; the block's value was kept.") { InstanceLocation = pointer });
        }
    }

    private static void ReportProperties(Dictionary<string, JsonElement> current, JsonElement overlay, string pointer, List<Diagnostic> diagnostics)
    {
        foreach (var property in overlay.EnumerateObject())
        {
            if (current.TryGetValue(property.Name, out var value))
            {
                ReportValue(value, property.Value, JsonPointer.Append(pointer, property.Name), diagnostics);
            }
        }
    }

    private static void WriteMerged(Utf8JsonWriter writer, JsonElement current, JsonElement overlay)
    {
        if (current.ValueKind == JsonValueKind.Object && overlay.ValueKind == JsonValueKind.Object)
        {
            WriteObject(writer, current, overlay);
        }
        else if (current.ValueKind == JsonValueKind.Array && overlay.ValueKind == JsonValueKind.Array)
        {
            writer.WriteStartArray();
            using var extra = overlay.EnumerateArray();
            foreach (var item in current.EnumerateArray())
            {
                if (extra.MoveNext() && item.ValueKind == JsonValueKind.Object && extra.Current.ValueKind == JsonValueKind.Object)
                {
                    WriteObject(writer, item, extra.Current);
                }
                else
                {
                    item.WriteTo(writer);
                }
            }

            while (extra.MoveNext())
            {
                extra.Current.WriteTo(writer);
            }

            writer.WriteEndArray();
        }
        else
        {
            overlay.WriteTo(writer);
        }
    }

    private static void WriteObject(Utf8JsonWriter writer, JsonElement current, JsonElement overlay)
    {
        var block = Properties(overlay);
        var present = new HashSet<string>(StringComparer.Ordinal);
        writer.WriteStartObject();
        foreach (var property in current.EnumerateObject())
        {
            if (block.TryGetValue(property.Name, out var value) && present.Add(property.Name))
            {
                writer.WritePropertyName(property.Name);
                WriteMerged(writer, property.Value, value);
            }
            else if (!block.ContainsKey(property.Name))
            {
                property.WriteTo(writer);
            }
        }

        foreach (var property in overlay.EnumerateObject())
        {
            if (!present.Contains(property.Name))
            {
                property.WriteTo(writer);
            }
        }

        writer.WriteEndObject();
    }

    /// <summary>An object's properties by name (the last of a repeated name counts, as when the model reads it).</summary>
    private static Dictionary<string, JsonElement> Properties(JsonElement element)
    {
        var properties = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            properties[property.Name] = property.Value;
        }

        return properties;
    }
}
