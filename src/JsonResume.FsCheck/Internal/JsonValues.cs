using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;

namespace JsonResume.FsCheck.Internal;

/// <summary>Arbitrary JSON values and unknown-property names for <c>ExtensionData</c>.</summary>
internal static class JsonValues
{
    private static readonly string[] NumberTexts =
    [
        "0", "-0", "1", "-1", "42", "1.0", "0.5", "-1.5e-3", "1e2", "1E+2", "2.5E-7", "3.141592653589793", "12345678901234567890",
        "-9223372036854775808", "1.7976931348623157e308", "5e-324", "0.1", "100000000000000000000000000000",
    ];

    /// <summary>Names that look like the schema's own but are not (the reader is case-sensitive), and names from older schemas.</summary>
    private static readonly string[] TrickyNames =
    [
        "", " ", "Name", "NAME", "url ", " url", "startdate", "StartDate", "company", "website", "picture", "gpa", "hobbies", "x-custom",
        "$schema", "$ref", "__proto__", "constructor", "a/b", "~0", "~1", "a~b", "0", "-", "null", "true", "é", "\U0001F600", "שלום", "key\u0000",
        "line\nbreak", "tab\t", "\"quoted\"", "back\\slash", "meta", "basics", "id", "highlights", "keywords",
    ];

    /// <summary>A JSON value of any kind, nested at most <paramref name="depth"/> levels.</summary>
    internal static Gen<JsonElement> Values(int depth) => Node(depth).Select(Parse);

    /// <summary>Unknown properties for an object whose schema names are <paramref name="reserved"/>: never null-but-empty.</summary>
    internal static Gen<Dictionary<string, JsonElement>?> ExtensionData(IReadOnlySet<string> reserved, int maxItems)
    {
        var key = Gen.Frequency((3, Gen.Elements(TrickyNames)), (2, TextPieces.AnyText(4)))
            .Where(k => !reserved.Contains(k));
        var entries = Gen.Choose(1, Math.Max(1, Math.Min(3, maxItems)))
            .SelectMany(n => Gen.ListOf(key.Zip(Values(2)), n))
            .Select(list =>
            {
                var dictionary = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
                foreach (var (k, v) in list)
                {
                    dictionary[k] = v;
                }

                return (Dictionary<string, JsonElement>?)dictionary;
            });
        return Gen.Frequency((3, Gen.Constant<Dictionary<string, JsonElement>?>(null)), (1, entries));
    }

    /// <summary>Cheap shrinks of a value: simpler values first, then smaller containers.</summary>
    internal static IEnumerable<JsonElement> Shrink(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Null)
        {
            yield return Parse("null");
        }

        if (value.ValueKind == JsonValueKind.Array && value.GetArrayLength() > 0)
        {
            var items = value.EnumerateArray().Select(i => i.GetRawText()).ToList();
            for (var i = 0; i < items.Count; i++)
            {
                yield return Parse("[" + string.Join(',', items.Where((_, j) => j != i)) + "]");
            }
        }

        if (value.ValueKind == JsonValueKind.Object && value.EnumerateObject().Any())
        {
            var members = value.EnumerateObject().Select(p => JsonSerializer.Serialize(p.Name, JsonValuesContext.Default.String) + ":" + p.Value.GetRawText()).ToList();
            for (var i = 0; i < members.Count; i++)
            {
                yield return Parse("{" + string.Join(',', members.Where((_, j) => j != i)) + "}");
            }
        }
    }

    private static Gen<string> Node(int depth)
    {
        var scalar = Gen.Frequency(
            (1, Gen.Constant("null")),
            (1, Gen.Elements("true", "false")),
            (2, Gen.Elements(NumberTexts)),
            (1, Gen.Choose(-1_000_000, 1_000_000).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture))),
            (4, TextPieces.AnyText(6).Select(Quote)));
        if (depth <= 0)
        {
            return scalar;
        }

        var child = Node(depth - 1);
        var array = Gen.Choose(0, 3).SelectMany(n => Gen.ListOf(child, n)).Select(items => "[" + string.Join(',', items) + "]");
        var obj = Gen.Choose(0, 3)
            .SelectMany(n => Gen.ListOf(Gen.Frequency((1, Gen.Elements(TrickyNames)), (1, TextPieces.AnyText(3))).Zip(child), n))
            .Select(members => "{" + string.Join(',', members.DistinctBy(m => m.Item1, StringComparer.Ordinal).Select(m => Quote(m.Item1) + ":" + m.Item2)) + "}");
        return Gen.Frequency((4, scalar), (1, array), (1, obj));
    }

    /// <summary>A JSON string literal; the escaping varies (plain, <c>\u</c> for non-ASCII) so readers meet both.</summary>
    private static string Quote(string text) =>
        text.Length % 3 == 0
            ? JsonSerializer.Serialize(text, JsonValuesContext.Default.String)
            : Relaxed(text);

    private static string Relaxed(string text)
    {
        var sb = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            _ = c switch
            {
                '"' => sb.Append("\\\""),
                '\\' => sb.Append("\\\\"),
                '\n' => sb.Append("\\n"),
                < ' ' => sb.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture)),
                _ => sb.Append(c),
            };
        }

        return sb.Append('"').ToString();
    }

    private static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
