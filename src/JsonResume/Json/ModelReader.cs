using System.Text.Json;
using JsonResume.Diagnostics;

namespace JsonResume.Json;

/// <summary>The hand-written helpers of the generated tolerant reader (see <c>ModelReader.g.cs</c>).</summary>
internal static partial class ModelReader
{
    /// <summary>An object's properties; when a name repeats, the last one wins (as in JavaScript) and the name is reported once.</summary>
    private static IEnumerable<JsonProperty> Properties(JsonElement element, string pointer, List<Diagnostic> diagnostics)
    {
        HashSet<string>? seen = null;
        HashSet<string>? reported = null;
        List<JsonProperty>? all = null;
        foreach (var property in element.EnumerateObject())
        {
            seen ??= new HashSet<string>(StringComparer.Ordinal);
            all ??= [];
            all.Add(property);
            if (!seen.Add(property.Name) && (reported ??= new HashSet<string>(StringComparer.Ordinal)).Add(property.Name))
            {
                diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, DiagnosticCodes.DuplicateProperty,
                    $"\"{property.Name}\" appears more than once in this object; only the last one is kept.")
                {
                    InstanceLocation = JsonPointer.Append(pointer, property.Name),
                });
            }
        }

        if (all is null)
        {
            return [];
        }

        return seen!.Count == all.Count ? all : all.Where((p, i) => all.FindLastIndex(q => q.Name == p.Name) == i);
    }

    private static bool TryReadStrings(JsonElement value, out List<string> strings)
    {
        strings = [];
        if (value.ValueKind != JsonValueKind.Array)
        {
            return false;
        }

        foreach (var item in value.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.String)
            {
                return false;
            }

            strings.Add(item.GetString()!);
        }

        return true;
    }

    private static bool TryReadObjects(JsonElement value, out JsonElement array)
    {
        array = value;
        if (value.ValueKind != JsonValueKind.Array)
        {
            return false;
        }

        foreach (var item in value.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Object)
            {
                return false;
            }
        }

        return true;
    }

    private static List<T> ReadList<T>(JsonElement array, string pointer, List<Diagnostic> diagnostics, Func<JsonElement, string, List<Diagnostic>, T> read)
    {
        var list = new List<T>(array.GetArrayLength());
        var index = 0;
        foreach (var item in array.EnumerateArray())
        {
            list.Add(read(item, JsonPointer.Append(pointer, index++), diagnostics));
        }

        return list;
    }

    private static void Mismatch(string pointer, JsonProperty property, string expected, List<Diagnostic> diagnostics) =>
        Mismatch(pointer, property.Name, property.Value, expected, diagnostics);

    /// <summary>Reports a value of the wrong type, kept as written (also for <see cref="ModelStreamReader"/>).</summary>
    internal static void Mismatch(string pointer, string name, JsonElement value, string expected, List<Diagnostic> diagnostics)
    {
        var (where, found) = (JsonPointer.Append(pointer, name), value);
        if (found.ValueKind == JsonValueKind.Array && expected.StartsWith("an array of ", StringComparison.Ordinal))
        {
            // An array was expected and one was found: point at the first item that breaks the rule.
            var index = 0;
            foreach (var item in found.EnumerateArray())
            {
                var wanted = expected.EndsWith("strings", StringComparison.Ordinal) ? JsonValueKind.String : JsonValueKind.Object;
                if (item.ValueKind != wanted)
                {
                    (where, found) = (JsonPointer.Append(where, index), item);
                    expected = wanted == JsonValueKind.String ? "a string" : "an object";
                    break;
                }

                index++;
            }
        }

        diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, DiagnosticCodes.KeptWrongType,
            $"Expected {expected} but found {Describe(found.ValueKind)}; \"{name}\" was kept as written, outside the typed model.")
        {
            InstanceLocation = where,
            Found = Truncate(found.GetRawText()),
        });
    }

    /// <summary>Names a JSON value kind as a person would.</summary>
    internal static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };

    /// <summary>Names the value a JSON token starts as a person would (the same words as for a value kind).</summary>
    internal static string Describe(JsonTokenType token) => Describe(token switch
    {
        JsonTokenType.StartObject => JsonValueKind.Object,
        JsonTokenType.StartArray => JsonValueKind.Array,
        JsonTokenType.String => JsonValueKind.String,
        JsonTokenType.Number => JsonValueKind.Number,
        JsonTokenType.True => JsonValueKind.True,
        JsonTokenType.False => JsonValueKind.False,
        JsonTokenType.Null => JsonValueKind.Null,
        _ => JsonValueKind.Undefined,
    });

    /// <summary>Shortens JSON text for a message.</summary>
    internal static string Truncate(string raw, int max = 60) => raw.Length <= max ? raw : string.Concat(raw.AsSpan(0, max - 1), "…");
}
