using System.Globalization;
using System.Text.Json;

namespace JsonResume.Tests.Import;

/// <summary>Resolves RFC 6901 JSON Pointers against a parsed document.</summary>
internal static class JsonPointers
{
    public static bool Exists(JsonElement root, string pointer)
    {
        if (pointer.Length == 0)
        {
            return true;
        }

        var current = root;
        foreach (var raw in pointer[1..].Split('/'))
        {
            var token = raw.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            if (current.ValueKind == JsonValueKind.Object && current.TryGetProperty(token, out var next))
            {
                current = next;
            }
            else if (current.ValueKind == JsonValueKind.Array && int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < current.GetArrayLength())
            {
                current = current[index];
            }
            else
            {
                return false;
            }
        }

        return true;
    }
}
