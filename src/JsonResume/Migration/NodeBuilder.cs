using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using JsonResume.Diagnostics;

namespace JsonResume.Migration;

/// <summary>
/// Builds the editable tree a migration works on. An object that has the same property twice keeps the last one (as
/// <see cref="Json.ResumeJson"/> and the validator read it); the earlier value is not lost but set aside under
/// <see cref="ResumeMigrator.UnplacedProperty"/> and reported. (<see cref="JsonNode.Parse(string, JsonNodeOptions?, JsonDocumentOptions)"/>
/// would throw on such an object.)
/// </summary>
internal static class NodeBuilder
{
    public static JsonNode? Build(JsonElement element, string pointer, List<MigrationChange> changes)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var obj = new JsonObject();
                var earlier = new List<(string Key, JsonNode? Value)>();
                foreach (var property in element.EnumerateObject())
                {
                    var value = Build(property.Value, JsonPointer.Append(pointer, property.Name), changes);
                    if (obj.TryGetPropertyValue(property.Name, out var previous))
                    {
                        obj.Remove(property.Name);
                        earlier.Add((property.Name, previous));
                    }

                    obj[property.Name] = value;
                }

                foreach (var (key, value) in earlier)
                {
                    ResumeMigrator.SetAside(obj, pointer, UniqueAsideKey(obj, key), value, changes,
                        $"{key} appears more than once in this object; the last one counts");
                }

                return obj;
            case JsonValueKind.Array:
                var array = new JsonArray();
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    array.Add(Build(item, JsonPointer.Append(pointer, index++), changes));
                }

                return array;
            case JsonValueKind.Null:
                return null;
            case JsonValueKind.String:
                return JsonValue.Create(element.GetString());
            default:
                return JsonValue.Create(element.Clone()); // numbers and booleans, exactly as written
        }
    }

    private static string UniqueAsideKey(JsonObject obj, string key)
    {
        if (obj[ResumeMigrator.UnplacedProperty] is not JsonObject aside || !aside.ContainsKey(key))
        {
            return key;
        }

        for (var n = 2; ; n++)
        {
            var candidate = string.Create(CultureInfo.InvariantCulture, $"{key} ({n})");
            if (!aside.ContainsKey(candidate))
            {
                return candidate;
            }
        }
    }
}
