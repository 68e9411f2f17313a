using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using JsonResume.Diagnostics;
using JsonResume.Json;

namespace JsonResume.RoundTrip;

/// <summary>
/// Compares two JSON documents value by value. Property order does not matter, numbers compare by value
/// (<c>1.0</c> equals <c>1</c>), arrays compare item by item; when a property appears twice the last one counts.
/// Each difference names its JSON Pointer and the values on both sides.
/// </summary>
internal static class JsonDiff
{
    private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Compares two JSON texts.</summary>
    /// <param name="before">The first document.</param>
    /// <param name="after">The second document.</param>
    /// <returns>The differences, in document order; empty when the documents are equal.</returns>
    public static IReadOnlyList<JsonDifference> Compare(string before, string after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        // The library's own depth limit, not System.Text.Json's default of 64: whatever the reader accepts is compared.
        using var b = JsonDocument.Parse(before, Limits.Document);
        using var a = JsonDocument.Parse(after, Limits.Document);
        return Compare(b.RootElement, a.RootElement);
    }

    /// <summary>Compares two JSON documents given as UTF-8 bytes (no transcoding, no copy).</summary>
    internal static IReadOnlyList<JsonDifference> Compare(ReadOnlyMemory<byte> before, ReadOnlyMemory<byte> after)
    {
        using var b = JsonDocument.Parse(before, Limits.Document);
        using var a = JsonDocument.Parse(after, Limits.Document);
        return Compare(b.RootElement, a.RootElement);
    }

    /// <summary>Compares two JSON nodes (null is JSON <c>null</c>).</summary>
    /// <param name="before">The first value.</param>
    /// <param name="after">The second value.</param>
    /// <returns>The differences; empty when the values are equal.</returns>
    public static IReadOnlyList<JsonDifference> Compare(JsonNode? before, JsonNode? after) =>
        Compare(before?.ToJsonString(Limits.Node) ?? "null", after?.ToJsonString(Limits.Node) ?? "null");

    /// <summary>Compares two JSON values.</summary>
    /// <param name="before">The first value.</param>
    /// <param name="after">The second value.</param>
    /// <returns>The differences; empty when the values are equal.</returns>
    public static IReadOnlyList<JsonDifference> Compare(JsonElement before, JsonElement after)
    {
        var differences = new List<JsonDifference>();
        Walk(before, after, JsonPointer.Root, differences);
        return differences;
    }

    private static void Walk(JsonElement before, JsonElement after, string pointer, List<JsonDifference> differences)
    {
        var kind = Kind(before);
        if (kind != Kind(after))
        {
            differences.Add(new JsonDifference(DifferenceKind.Changed, pointer, Text(before), Text(after)));
            return;
        }

        switch (kind)
        {
            case JsonValueKind.Object:
                var b = Properties(before);
                var a = Properties(after);
                foreach (var (name, value) in b)
                {
                    var here = JsonPointer.Append(pointer, name);
                    if (a.TryGetValue(name, out var other))
                    {
                        Walk(value, other, here, differences);
                    }
                    else
                    {
                        differences.Add(new JsonDifference(DifferenceKind.Removed, here, Text(value), null));
                    }
                }

                foreach (var (name, value) in a.Where(p => !b.ContainsKey(p.Key)))
                {
                    differences.Add(new JsonDifference(DifferenceKind.Added, JsonPointer.Append(pointer, name), null, Text(value)));
                }

                break;
            case JsonValueKind.Array:
                // Enumerated side by side: indexing a JsonElement array is linear in the index, so before[i] in a loop
                // would make long arrays quadratic.
                using (var bs = before.EnumerateArray())
                using (var afs = after.EnumerateArray())
                {
                    for (var i = 0; ; i++)
                    {
                        var (hasBefore, hasAfter) = (bs.MoveNext(), afs.MoveNext());
                        if (!hasBefore && !hasAfter)
                        {
                            break;
                        }

                        var here = JsonPointer.Append(pointer, i);
                        if (!hasAfter)
                        {
                            differences.Add(new JsonDifference(DifferenceKind.Removed, here, Text(bs.Current), null));
                        }
                        else if (!hasBefore)
                        {
                            differences.Add(new JsonDifference(DifferenceKind.Added, here, null, Text(afs.Current)));
                        }
                        else
                        {
                            Walk(bs.Current, afs.Current, here, differences);
                        }
                    }
                }

                break;
            case JsonValueKind.True when before.ValueKind != after.ValueKind:
            case JsonValueKind.String when before.GetString() != after.GetString():
            case JsonValueKind.Number when !SameNumber(before, after):
                differences.Add(new JsonDifference(DifferenceKind.Changed, pointer, Text(before), Text(after)));
                break;
        }
    }

    /// <summary>Booleans are one kind, so that true vs false is a change of value.</summary>
    private static JsonValueKind Kind(JsonElement e) => e.ValueKind == JsonValueKind.False ? JsonValueKind.True : e.ValueKind;

    private static Dictionary<string, JsonElement> Properties(JsonElement obj)
    {
        var result = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var p in obj.EnumerateObject())
        {
            result[p.Name] = p.Value;
        }

        return result;
    }

    private static bool SameNumber(JsonElement b, JsonElement a)
    {
        if (b.TryGetDecimal(out var x) && a.TryGetDecimal(out var y))
        {
            return x == y;
        }

        if (b.TryGetDouble(out var d) && a.TryGetDouble(out var e) && double.IsFinite(d) && double.IsFinite(e))
        {
            return d.Equals(e);
        }

        return string.Equals(b.GetRawText(), a.GetRawText(), StringComparison.Ordinal);
    }

    /// <summary>A value as compact JSON.</summary>
    private static string Text(JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.True || value.ValueKind == JsonValueKind.False)
        {
            return value.ValueKind == JsonValueKind.True ? "true" : "false";
        }

        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Compact))
        {
            value.WriteTo(writer);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
