using System.Text.Json;
using JsonResume.Diagnostics;

namespace JsonResume.Json;

/// <summary>The JSON Resume schema bundled with the library (1.3.1), as text and as a navigable document.</summary>
public static partial class BundledSchema
{
    private static readonly Lazy<byte[]> LazyUtf8 = new(() =>
    {
        using var stream = typeof(BundledSchema).Assembly.GetManifestResourceStream("JsonResume.resume.schema.json")
            ?? throw new InvalidOperationException("The bundled schema resource is missing from the assembly.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    });

    private static readonly Lazy<JsonDocument> LazyDocument = new(() => JsonDocument.Parse(LazyUtf8.Value));

    /// <summary>The JSON Resume version of the bundled schema (such as <c>1.3.1</c>), read from its <c>$id</c>.</summary>
    /// <remarks>A constant generated from the schema by <c>JsonResume.CodeGen</c>: asking for it does not parse the schema.</remarks>
    public static string Version => SchemaVersion;

    /// <summary>The schema text, UTF-8.</summary>
    public static ReadOnlyMemory<byte> Utf8 => LazyUtf8.Value;

    /// <summary>The schema text.</summary>
    public static string Text => System.Text.Encoding.UTF8.GetString(LazyUtf8.Value);

    /// <summary>The schema that applies at a JSON Pointer of a document (following <c>properties</c>, <c>items</c> and local <c>$ref</c>s).</summary>
    /// <param name="pointer">A pointer into a résumé, such as <c>/work/0/startDate</c>.</param>
    /// <param name="schema">The schema there, when the schema defines that location.</param>
    /// <returns>Whether the schema defines that location.</returns>
    internal static bool TryGetSchemaAt(string pointer, out JsonElement schema)
    {
        schema = Resolve(LazyDocument.Value.RootElement);
        foreach (var token in JsonPointer.Split(pointer))
        {
            if (schema.TryGetProperty("properties", out var properties) && properties.TryGetProperty(token, out var property))
            {
                schema = Resolve(property);
            }
            else if (schema.TryGetProperty("items", out var items) && int.TryParse(token, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out _))
            {
                schema = Resolve(items);
            }
            else
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The schema's <c>type</c> at a location, such as <c>string</c> or <c>array</c>, or null when it has none.</summary>
    /// <param name="pointer">A pointer into a résumé.</param>
    /// <returns>The type name.</returns>
    internal static string? TypeAt(string pointer) =>
        TryGetSchemaAt(pointer, out var s) && s.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;

    private static JsonElement Resolve(JsonElement schema)
    {
        while (schema.TryGetProperty("$ref", out var reference) && reference.GetString() is { } target && target.StartsWith("#/", StringComparison.Ordinal))
        {
            var node = LazyDocument.Value.RootElement;
            foreach (var token in JsonPointer.Split(target[1..]))
            {
                node = node.GetProperty(token);
            }

            schema = node;
        }

        return schema;
    }
}
