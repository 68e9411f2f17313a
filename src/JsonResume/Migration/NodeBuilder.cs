using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace JsonResume.Migration;

/// <summary>
/// Builds the editable tree a migration works on. An object that has the same property twice keeps the last one (as
/// <see cref="Json.ResumeJson"/> and the validator read it); the earlier value is not lost but set aside under
/// <see cref="ResumeMigrator.UnplacedProperty"/> and reported. (<see cref="JsonNode.Parse(string, JsonNodeOptions?, JsonDocumentOptions)"/>
/// would throw on such an object.)
/// </summary>
internal static class NodeBuilder
{
    /// <summary>
    /// Builds the tree straight from well-formed JSON text (no <see cref="JsonDocument"/> of a large input alive next to
    /// the tree). The reader stands on the value's first token and is left on its last. The pointer is written out only
    /// for an object that repeats a property.
    /// </summary>
    public static JsonNode? Build(ref Utf8JsonReader reader, LazyPointer pointer, List<MigrationChange> changes)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var obj = new JsonObject();
                List<(string Key, JsonNode? Value)>? earlier = null;
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var name = reader.GetString()!;
                    reader.Read();
                    var value = Build(ref reader, IsContainer(reader.TokenType) ? pointer.Child(name) : pointer, changes);
                    if (obj.TryGetPropertyValue(name, out var previous))
                    {
                        obj.Remove(name);
                        (earlier ??= []).Add((name, previous));
                    }

                    obj[name] = value;
                }

                if (earlier is not null)
                {
                    SetAsideEarlier(obj, pointer, earlier, changes);
                }

                return obj;
            case JsonTokenType.StartArray:
                var array = new JsonArray();
                var index = 0;
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    array.Add(Build(ref reader, IsContainer(reader.TokenType) ? pointer.Child(index) : pointer, changes));
                    index++;
                }

                return array;
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.String:
                return JsonValue.Create(reader.GetString());
            default:
                return JsonValue.Create(JsonElement.ParseValue(ref reader)); // numbers and booleans, exactly as written
        }
    }

    private static bool IsContainer(JsonTokenType token) => token is JsonTokenType.StartObject or JsonTokenType.StartArray;

    private static void SetAsideEarlier(JsonObject obj, LazyPointer pointer, List<(string Key, JsonNode? Value)> earlier, List<MigrationChange> changes)
    {
        foreach (var (key, value) in earlier)
        {
            ResumeMigrator.SetAside(obj, pointer.ToString(), UniqueAsideKey(obj, key), value, changes,
                $"{key} appears more than once in this object; the last one counts");
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
