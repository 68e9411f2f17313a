using System.Collections;
using System.Reflection;
using System.Text.Json;
using JsonResume.Model;

namespace JsonResume.Tests.Support;

/// <summary>
/// Deep, field-by-field equality of model values, including extension data. Strings compare ordinally, null differs
/// from "" and from an empty list; only a null and an empty <c>ExtensionData</c> count as equal (JSON cannot tell them
/// apart). Extension values compare as JSON: same kinds, same strings, numbers by their exact text, object members
/// by name (in any order) and array items in order.
/// </summary>
internal static class ResumeEquality
{
    /// <summary>Fails with the path of the first difference.</summary>
    public static void AssertEqual(Resume expected, Resume? actual)
    {
        var difference = FirstDifference(expected, actual);
        Assert.True(difference is null, $"résumés differ at {difference}");
    }

    /// <summary>The path of the first difference and what differs there, or null when the values are equal.</summary>
    public static string? FirstDifference(object? expected, object? actual, string path = "")
    {
        if (expected is null || actual is null)
        {
            return expected is null && actual is null ? null : $"{path}: {Show(expected)} vs {Show(actual)}";
        }

        if (expected.GetType() != actual.GetType())
        {
            return $"{path}: {expected.GetType().Name} vs {actual.GetType().Name}";
        }

        switch (expected)
        {
            case string e:
                return string.Equals(e, (string)actual, StringComparison.Ordinal) ? null : $"{path}: {Show(e)} vs {Show(actual)}";
            case JsonElement e:
                return JsonDifference(e, (JsonElement)actual, path);
            case IList e:
                var a = (IList)actual;
                if (e.Count != a.Count)
                {
                    return $"{path}: {e.Count} items vs {a.Count}";
                }

                for (var i = 0; i < e.Count; i++)
                {
                    if (FirstDifference(e[i], a[i], $"{path}/{i}") is { } d)
                    {
                        return d;
                    }
                }

                return null;
        }

        foreach (var property in expected.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var name = property.GetCustomAttribute<System.Text.Json.Serialization.JsonPropertyNameAttribute>()?.Name ?? property.Name;
            var (e, a) = (property.GetValue(expected), property.GetValue(actual));
            var d = property.PropertyType == typeof(Dictionary<string, JsonElement>)
                ? ExtensionDifference((Dictionary<string, JsonElement>?)e, (Dictionary<string, JsonElement>?)a, path)
                : FirstDifference(e, a, $"{path}/{name}");
            if (d is not null)
            {
                return d;
            }
        }

        return null;
    }

    private static string? ExtensionDifference(Dictionary<string, JsonElement>? expected, Dictionary<string, JsonElement>? actual, string path)
    {
        expected ??= [];
        actual ??= [];
        foreach (var key in expected.Keys.Union(actual.Keys).Order(StringComparer.Ordinal))
        {
            if (!expected.TryGetValue(key, out var e) || !actual.TryGetValue(key, out var a))
            {
                return $"{path}/{key} (extension): present in only one";
            }

            if (JsonDifference(e, a, $"{path}/{key} (extension)") is { } d)
            {
                return d;
            }
        }

        return null;
    }

    private static string? JsonDifference(JsonElement e, JsonElement a, string path)
    {
        if (e.ValueKind != a.ValueKind)
        {
            return $"{path}: {e.ValueKind} vs {a.ValueKind}";
        }

        switch (e.ValueKind)
        {
            case JsonValueKind.Object:
                var eMembers = e.EnumerateObject().ToList();
                var aMembers = a.EnumerateObject().ToList();
                if (eMembers.Count != aMembers.Count)
                {
                    return $"{path}: {eMembers.Count} members vs {aMembers.Count}";
                }

                foreach (var member in eMembers)
                {
                    if (!a.TryGetProperty(member.Name, out var other))
                    {
                        return $"{path}/{member.Name}: missing";
                    }

                    if (JsonDifference(member.Value, other, $"{path}/{member.Name}") is { } d)
                    {
                        return d;
                    }
                }

                return null;
            case JsonValueKind.Array:
                if (e.GetArrayLength() != a.GetArrayLength())
                {
                    return $"{path}: {e.GetArrayLength()} items vs {a.GetArrayLength()}";
                }

                for (var i = 0; i < e.GetArrayLength(); i++)
                {
                    if (JsonDifference(e[i], a[i], $"{path}/{i}") is { } d)
                    {
                        return d;
                    }
                }

                return null;
            case JsonValueKind.String:
                return string.Equals(e.GetString(), a.GetString(), StringComparison.Ordinal) ? null : $"{path}: {e.GetRawText()} vs {a.GetRawText()}";
            case JsonValueKind.Number:
                return e.GetRawText() == a.GetRawText() ? null : $"{path}: {e.GetRawText()} vs {a.GetRawText()}";
            default:
                return null;
        }
    }

    private static string Show(object? value) => value switch
    {
        null => "absent",
        string s => $"\"{JsonEncodedText.Encode(s)}\"",
        IList l => $"a list of {l.Count}",
        _ => value.GetType().Name,
    };
}
