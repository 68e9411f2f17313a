using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;

namespace JsonResume.Tests.Support;

/// <summary>
/// A generator of résumé documents driven by <c>schema/resume.schema.json</c> itself (so it knows every field without
/// the library's help): each property is present or absent, strings come from a pool of hostile text (Markdown and HTML
/// syntax, the renderers' own separators and labels, white space of every kind, control characters, non-BMP text),
/// formatted fields are valid, and objects get extension properties named <c>x-…</c> with arbitrary JSON values.
/// With <c>valid: false</c>, formatted fields get free text too.
/// </summary>
internal static class SchemaResumes
{
    private static readonly Lazy<JsonElement> Schema = new(() =>
        JsonDocument.Parse(File.ReadAllText(Repo.File("schema", "resume.schema.json"))).RootElement.Clone());

    private static readonly string[] Tokens =
    [
        "a", "Bé", "word", "Ünïcödé", "名前", "😀", "x", "42", " ", "  ", "\t", "\n", "\n\n", "\r\n", " \n \n ", "\u00A0",
        "\u2028", "\u0085", "\u0000", "\u001B[31m", "\u200B", "\uFEFF", "*", "**", "_", "__", "`", "```", "~", "~~~", "#",
        "# ", "-", "- ", "--- ", "+", "=", "===", "1.", "2) ", "1. ", "[", "]", "[x](y)", "![i](j)", "<", ">", "> ",
        "<b>", "<script>alert(1)</script>", "&", "&amp;", "&#42;", "|", "| a |", "\\", "\\\\", ":", ": ", "Email:",
        "Keywords: ", " · ", "·", " – ", "–", "present", ", ", ",", "(untitled)", "(", ")", "2019-03", "2019 – present",
        "https://example.com/a_b*c", "<https://x.y>", "x@y.z", "EXPERIENCE", "SUMMARY", "DOCUMENT", "EXTENSIONS (JSON)",
        "heute", "现在", "(ohne Titel)", "(无标题)", "E-Mail:", "Beginn: ", "BERUFSERFAHRUNG", "PROFIL", "DOKUMENT", "ERWEITERUNGEN (JSON)",
        "工作经历", "職歴", "Опыт работы", "Эл. почта: ",
        "\"", "'", "{", "}", "$", "%", "^", "@", "!", "?",
    ];

    private static readonly string[] Uris =
    [
        "https://example.com", "http://example.org/a/b?c=d&e=f#g", "https://x.example/path_(1)/*star*",
        "https://例え.example/パス", "mailto:someone@example.com", "https://example.com/~user/<>", "ftp://files.example.net/x",
        "https://example.com/a%20b", "urn:isbn:0451450523", "https://example.com/\\back", "javascript:alert(1)",
    ];

    private static readonly string[] Emails =
    [
        "a@b.co", "first.last+tag@example.org", "x_y@sub.domain.example", "o'neil@example.ie", "x*y@example.com",
    ];

    /// <summary>Documents, as JSON text.</summary>
    public static Gen<string> Json(bool valid = true) =>
        Node(Schema.Value, valid, 0).Select(n => n!.ToJsonString());

    /// <summary>One line of hostile text (also used for extension values).</summary>
    public static Gen<string> Text { get; } = Gen.Frequency(
        (1, Gen.Constant("")),
        (6, Gen.Choose(1, 6).SelectMany(n => Gen.ArrayOf(Gen.Elements(Tokens), n)).Select(string.Concat)),
        (2, Gen.ArrayOf(Gen.OneOf(Gen.Elements(Tokens), Gen.Elements(Tokens), RandomChars())).Select(string.Concat)));

    private static Gen<string> RandomChars() =>
        Gen.Frequency(
                (4, Gen.Choose(0x20, 0x7E)), (2, Gen.Choose(0x00, 0x1F)), (2, Gen.Choose(0xA0, 0x2FFF)),
                (1, Gen.Choose(0x3000, 0xD7FF)), (1, Gen.Choose(0x1F300, 0x1F64F)))
            .Select(c => char.ConvertFromUtf32(c));

    private static Gen<string> Date { get; } =
        Gen.Zip(Gen.Zip(Gen.Choose(1900, 2099), Gen.Choose(1, 12)), Gen.Zip(Gen.Choose(1, 28), Gen.Choose(0, 2)))
            .Select(t => t.Item2.Item2 switch
            {
                0 => t.Item1.Item1.ToString(CultureInfo.InvariantCulture),
                1 => string.Create(CultureInfo.InvariantCulture, $"{t.Item1.Item1}-{t.Item1.Item2:00}"),
                _ => string.Create(CultureInfo.InvariantCulture, $"{t.Item1.Item1}-{t.Item1.Item2:00}-{t.Item2.Item1:00}"),
            });

    private static Gen<JsonNode?> Node(JsonElement schema, bool valid, int depth)
    {
        if (schema.TryGetProperty("$ref", out var reference))
        {
            var name = reference.GetString()!.Split('/')[^1];
            return Node(Schema.Value.GetProperty("definitions").GetProperty(name), valid, depth);
        }

        var type = schema.TryGetProperty("type", out var t) ? t.GetString() : "string";
        switch (type)
        {
            case "array":
                var items = Node(schema.GetProperty("items"), valid, depth + 1);
                return Gen.Frequency((1, Gen.Constant(0)), (4, Gen.Choose(1, 3)))
                    .SelectMany(n => Gen.ArrayOf(items, n))
                    .Select(a => (JsonNode?)new JsonArray(a.Select(x => x?.DeepClone()).ToArray()));
            case "object":
                var properties = schema.TryGetProperty("properties", out var p)
                    ? p.EnumerateObject().Select(x => (x.Name, Gen: Optional(Node(x.Value, valid, depth + 1)))).ToList()
                    : [];
                var extension = Gen.Frequency(
                    (5, Gen.Constant<(string, JsonNode?)?>(null)),
                    (1, Gen.Zip(Gen.Elements("x-note", "x-tags", "x-τ", "x-a/b~c"), AnyJson(2)).Select(z => ((string, JsonNode?)?)(z.Item1, z.Item2))));
                return Gen.CollectToList(properties.Select(x => x.Gen.Select(v => (x.Name, Value: v))))
                    .SelectMany(values => extension.Select(ext =>
                    {
                        var obj = new JsonObject();
                        foreach (var (name, value) in values.Where(v => v.Value.HasValue))
                        {
                            obj[name] = value!.Value.Node;
                        }

                        if (ext is { } e)
                        {
                            obj[e.Item1] = e.Item2;
                        }

                        return (JsonNode?)obj;
                    }));
            default:
                var format = schema.TryGetProperty("format", out var f) ? f.GetString() : null;
                var pattern = schema.TryGetProperty("pattern", out _);
                Gen<string> strings = !valid ? Gen.Frequency((3, Text), (1, Date), (1, Gen.Elements(Uris)))
                    : format == "uri" ? Gen.Elements(Uris)
                    : format == "email" ? Gen.Elements(Emails)
                    : pattern ? Date
                    : Text;
                return strings.Select(s => (JsonNode?)JsonValue.Create(s));
        }
    }

    private static Gen<(JsonNode? Node, bool Present)?> Optional(Gen<JsonNode?> gen) =>
        Gen.Frequency((2, Gen.Constant<(JsonNode?, bool)?>(null)), (3, gen.Select(n => ((JsonNode?, bool)?)(n, true))));

    private static Gen<JsonNode?> AnyJson(int depth)
    {
        var scalar = Gen.OneOf(
            Gen.Constant<JsonNode?>(null),
            Gen.Elements(true, false).Select(b => (JsonNode?)JsonValue.Create(b)),
            Gen.Choose(-1000, 1000).Select(i => (JsonNode?)JsonValue.Create(i)),
            Gen.Elements(0.5m, 3.25m, -1e-5m).Select(d => (JsonNode?)JsonValue.Create(d)),
            Text.Select(s => (JsonNode?)JsonValue.Create(s)));
        if (depth == 0)
        {
            return scalar;
        }

        var inner = AnyJson(depth - 1);
        return Gen.Frequency(
            (3, scalar),
            (1, Gen.Choose(0, 3).SelectMany(n => Gen.ArrayOf(inner, n)).Select(a => (JsonNode?)new JsonArray(a))),
            (1, Gen.Choose(0, 3).SelectMany(n => Gen.ArrayOf(Gen.Zip(Gen.Elements("k", "v", "name", "x y"), inner), n))
                .Select(kv =>
                {
                    var o = new JsonObject();
                    foreach (var (k, v) in kv)
                    {
                        o[k] = v;
                    }

                    return (JsonNode?)o;
                })));
    }

    /// <summary>The characters of a string, for messages (control characters and odd spaces made visible).</summary>
    public static string Show(string text)
    {
        var sb = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            sb.Append(Rune.IsControl(rune) || (Rune.IsWhiteSpace(rune) && rune.Value != ' ') ? $"\\u{rune.Value:X4}" : rune.ToString());
        }

        return sb.ToString();
    }
}
