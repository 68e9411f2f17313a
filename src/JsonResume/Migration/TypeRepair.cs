using System.Text.Json;
using System.Text.Json.Nodes;
using JsonResume.Json;

namespace JsonResume.Migration;

/// <summary>
/// Repairs values whose JSON type the schema does not allow, driven by the bundled schema: numbers and booleans in text
/// fields become text, an array of strings in a text field becomes one text, a lone string becomes a one-item list,
/// null is removed, and what still fits nowhere is set aside and reported.
/// </summary>
internal static class TypeRepair
{
    public static JsonObject Repair(JsonObject root, List<MigrationChange> changes)
    {
        Visit(root, "", changes);
        return root;
    }

    /// <summary>Repairs the fields of one object of the résumé (an entry, <c>basics</c>) at its pointer.</summary>
    public static void RepairObject(JsonObject obj, string pointer, List<MigrationChange> changes) => Visit(obj, pointer, changes);

    /// <summary>The type a schema asks for, and the type of its items (null where it names none).</summary>
    public static (string? Type, string? ItemType) TypesOf(JsonElement schema) =>
        (schema.TryGetProperty("type", out var t) ? t.GetString() : null,
         schema.TryGetProperty("items", out var items) && items.TryGetProperty("type", out var it) ? it.GetString() : null);

    private static void Visit(JsonObject obj, string pointer, List<MigrationChange> changes)
    {
        foreach (var (key, value) in obj.ToList())
        {
            var at = Diagnostics.JsonPointer.Append(pointer, key);
            if (key == ResumeMigrator.UnplacedProperty || !BundledSchema.TryGetSchemaAt(at, out var schema))
            {
                continue; // not a schema field: extension data stays as it is
            }

            var (type, itemType) = TypesOf(schema);
            Fix(obj, key, value, at, type, itemType, schema, changes);
        }
    }

    private static void Fix(JsonObject obj, string key, JsonNode? value, string at, string? type, string? itemType, JsonElement schema, List<MigrationChange> changes)
    {
        if (value is null)
        {
            obj.Remove(key);
            changes.Add(new MigrationChange(at, "null", null, "null says nothing; removed"));
            return;
        }

        switch (type, value)
        {
            case ("string", JsonValue v) when v.GetValueKind() == JsonValueKind.String && v.GetValue<string>().Length == 0 && schema.TryGetProperty("format", out _):
                obj.Remove(key);
                changes.Add(new MigrationChange(at, v.ToJsonString(Limits.Node), null, "an empty address says nothing and is not a valid one; removed"));
                return;
            case ("string", JsonValue v) when v.GetValueKind() == JsonValueKind.String:
                if (schema.TryGetProperty("pattern", out var pattern) && !Matches(v.GetValue<string>(), pattern.GetString()!))
                {
                    obj.Remove(key);
                    ResumeMigrator.SetAside(obj, ParentOf(at), key, value, changes, "not a date JSON Resume can hold");
                }

                return;
            case ("string", JsonValue v) when v.GetValueKind() is JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False:
                Replace(obj, key, JsonValue.Create(v.ToJsonString(Limits.Node)), at, value.ToJsonString(Limits.Node), "written as text, as the schema asks", changes);
                return;
            case ("string", JsonArray a) when a.All(i => i is JsonValue s && s.GetValueKind() == JsonValueKind.String):
                Replace(obj, key, JsonValue.Create(string.Join("\n", a.Select(i => i!.GetValue<string>()))), at, value.ToJsonString(Limits.Node), "a list of lines joined into one text", changes);
                return;
            case ("array", JsonValue v) when itemType == "string" && v.GetValueKind() == JsonValueKind.String:
                Replace(obj, key, new JsonArray(JsonValue.Create(v.GetValue<string>())), at, value.ToJsonString(Limits.Node), "a single text made a one-item list", changes);
                return;
            case ("array", JsonObject o) when itemType == "object":
                obj[key] = null;
                obj[key] = new JsonArray(o.DeepClone());
                changes.Add(new MigrationChange(at, o.ToJsonString(Limits.Node), obj[key]!.ToJsonString(Limits.Node), "a single entry made a one-entry list"));
                Visit((JsonObject)((JsonArray)obj[key]!)[0]!, Diagnostics.JsonPointer.Append(at, 0), changes);
                return;
            case ("array", JsonArray a):
                FixItems(obj, key, a, at, itemType, changes);
                return;
            case ("object", JsonObject o):
                Visit(o, at, changes);
                return;
            default:
                obj.Remove(key);
                ResumeMigrator.SetAside(obj, ParentOf(at), key, value, changes, $"the schema wants {type ?? "another type"} here");
                return;
        }
    }

    private static void FixItems(JsonObject obj, string key, JsonArray array, string at, string? itemType, List<MigrationChange> changes)
    {
        var fits = itemType switch
        {
            "string" => array.All(i => i is JsonValue v && v.GetValueKind() is JsonValueKind.String or JsonValueKind.Number),
            "object" => array.All(i => i is JsonObject),
            _ => true,
        };
        if (!fits)
        {
            obj.Remove(key);
            ResumeMigrator.SetAside(obj, ParentOf(at), key, array, changes, $"items of this list must all be {(itemType == "object" ? "objects" : "texts")}");
            return;
        }

        for (var i = 0; i < array.Count; i++)
        {
            var itemAt = Diagnostics.JsonPointer.Append(at, i);
            if (array[i] is JsonObject entry)
            {
                Visit(entry, itemAt, changes);
            }
            else if (array[i] is JsonValue v && v.GetValueKind() == JsonValueKind.Number)
            {
                var old = v.ToJsonString(Limits.Node);
                array[i] = JsonValue.Create(old);
                changes.Add(new MigrationChange(itemAt, old, array[i]!.ToJsonString(Limits.Node), "written as text, as the schema asks"));
            }
        }
    }

    private static void Replace(JsonObject obj, string key, JsonNode replacement, string at, string old, string why, List<MigrationChange> changes)
    {
        obj[key] = replacement;
        changes.Add(new MigrationChange(at, old, replacement.ToJsonString(Limits.Node), why));
    }

    private static bool Matches(string text, string pattern) =>
        System.Text.RegularExpressions.Regex.IsMatch(text, pattern, System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1));

    private static string ParentOf(string pointer) => pointer[..pointer.LastIndexOf('/')];
}
