using System.Text.Json;

namespace JsonResume.Tests.Support;

/// <summary>Semantic JSON equality: same values, key order and white space ignored, numbers compared by value.</summary>
internal static class JsonAssert
{
    public static void Equivalent(string expected, string actual)
    {
        var options = new JsonDocumentOptions { MaxDepth = 1024 };
        using var e = JsonDocument.Parse(expected, options);
        using var a = JsonDocument.Parse(actual, options);
        var difference = FirstDifference(e.RootElement, a.RootElement, "");
        Assert.True(difference is null, $"JSON differs at {difference}");
    }

    public static string? FirstDifference(JsonElement e, JsonElement a, string pointer)
    {
        if (e.ValueKind != a.ValueKind && !(IsBool(e) && IsBool(a) && e.GetBoolean() == a.GetBoolean()))
        {
            return $"{pointer}: {e.ValueKind} vs {a.ValueKind}";
        }

        switch (e.ValueKind)
        {
            case JsonValueKind.Object:
                var eProps = e.EnumerateObject().GroupBy(p => p.Name).ToDictionary(g => g.Key, g => g.Last().Value);
                var aProps = a.EnumerateObject().GroupBy(p => p.Name).ToDictionary(g => g.Key, g => g.Last().Value);
                foreach (var name in eProps.Keys.Union(aProps.Keys))
                {
                    if (!eProps.TryGetValue(name, out var ev) || !aProps.TryGetValue(name, out var av))
                    {
                        return $"{pointer}/{name}: present in only one";
                    }

                    var d = FirstDifference(ev, av, $"{pointer}/{name}");
                    if (d is not null)
                    {
                        return d;
                    }
                }

                return null;
            case JsonValueKind.Array:
                if (e.GetArrayLength() != a.GetArrayLength())
                {
                    return $"{pointer}: {e.GetArrayLength()} items vs {a.GetArrayLength()}";
                }

                for (var i = 0; i < e.GetArrayLength(); i++)
                {
                    var d = FirstDifference(e[i], a[i], $"{pointer}/{i}");
                    if (d is not null)
                    {
                        return d;
                    }
                }

                return null;
            case JsonValueKind.Number:
                return e.GetDecimal() == a.GetDecimal() ? null : $"{pointer}: {e} vs {a}";
            case JsonValueKind.String:
                return e.GetString() == a.GetString() ? null : $"{pointer}: \"{e}\" vs \"{a}\"";
            default:
                return null;
        }
    }

    private static bool IsBool(JsonElement e) => e.ValueKind is JsonValueKind.True or JsonValueKind.False;
}
