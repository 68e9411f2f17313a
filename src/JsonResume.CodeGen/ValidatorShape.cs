using System.Globalization;
using NJsonSchema;

namespace JsonResume.CodeGen;

/// <summary>A schema node the validator checks, with the JSON Pointer of the schema object that states its rules.</summary>
/// <param name="Location">Schema location, such as <c>#/definitions/iso8601</c>.</param>
public abstract record ValidatorNode(string Location);

/// <summary>An object schema: its known properties (anything else is allowed and not checked).</summary>
/// <param name="Location">Schema location.</param>
/// <param name="Path">Where it stands in a document, such as <c>work[]</c> (empty for the root).</param>
/// <param name="Name">A C# identifier for its method, such as <c>Work</c>.</param>
/// <param name="Properties">The known properties, in schema order.</param>
public sealed record ValidatorObject(string Location, string Path, string Name, IReadOnlyList<ValidatorProperty> Properties) : ValidatorNode(Location);

/// <summary>One known property of an object schema.</summary>
/// <param name="Name">The exact JSON name.</param>
/// <param name="Schema">What its value must be.</param>
public sealed record ValidatorProperty(string Name, ValidatorNode Schema);

/// <summary>An array schema whose items all follow one schema.</summary>
/// <param name="Location">Schema location.</param>
/// <param name="Items">The items' schema.</param>
public sealed record ValidatorArray(string Location, ValidatorNode Items) : ValidatorNode(Location);

/// <summary>A string schema with an optional pattern and format.</summary>
/// <param name="Location">Schema location.</param>
/// <param name="Pattern">The regular expression the whole value must match, if any.</param>
/// <param name="Format">The format name (<c>email</c>, <c>uri</c>), if any.</param>
/// <param name="Definition">The name under <c>#/definitions</c> when the schema is a shared definition.</param>
public sealed record ValidatorString(string Location, string? Pattern, string? Format, string? Definition) : ValidatorNode(Location);

/// <summary>
/// Walks NJsonSchema's model of the schema into the nodes the validator emitter needs. Every keyword it does not
/// implement makes it throw, so a schema change can never be silently ignored by the generated validator.
/// </summary>
public static class ValidatorShape
{
    /// <summary>The formats the runtime implements.</summary>
    public static IReadOnlySet<string> Formats { get; } = new HashSet<string>(StringComparer.Ordinal) { "email", "uri" };

    /// <summary>Builds the node tree of the whole schema.</summary>
    /// <param name="schema">The parsed schema.</param>
    /// <returns>The root object.</returns>
    public static ValidatorObject Root(JsonSchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var node = Walk(schema, schema, "#", "", "Resume");
        return node as ValidatorObject ?? throw new NotSupportedException("The schema's root must be an object schema.");
    }

    /// <summary>Every object schema in the tree, the root first, depth first in schema order.</summary>
    /// <param name="root">The root.</param>
    /// <returns>The objects.</returns>
    public static IReadOnlyList<ValidatorObject> Objects(ValidatorObject root)
    {
        ArgumentNullException.ThrowIfNull(root);
        var list = new List<ValidatorObject>();
        Collect(root, list);
        return list;
    }

    /// <summary>How many path segments (property names and array indices) the deepest checked value needs.</summary>
    /// <param name="node">A node.</param>
    /// <returns>The depth below it.</returns>
    public static int Depth(ValidatorNode node) => node switch
    {
        ValidatorObject o => o.Properties.Count == 0 ? 0 : 1 + o.Properties.Max(p => Depth(p.Schema)),
        ValidatorArray a => 1 + Depth(a.Items),
        _ => 0,
    };

    private static void Collect(ValidatorNode node, List<ValidatorObject> list)
    {
        switch (node)
        {
            case ValidatorObject o:
                list.Add(o);
                foreach (var p in o.Properties)
                {
                    Collect(p.Schema, list);
                }

                break;
            case ValidatorArray a:
                Collect(a.Items, list);
                break;
        }
    }

    private static ValidatorNode Walk(JsonSchema root, JsonSchema schema, string location, string path, string name)
    {
        var definition = root.Definitions.FirstOrDefault(d => ReferenceEquals(d.Value, schema)).Key;
        if (definition is not null)
        {
            location = $"#/definitions/{Escape(definition)}";
        }

        Unsupported(schema, location);
        switch (schema.Type)
        {
            case JsonObjectType.Object:
                if (!schema.AllowAdditionalProperties || schema.AdditionalPropertiesSchema is not null || schema.PatternProperties.Count > 0)
                {
                    throw new NotSupportedException($"{location}: only additionalProperties: true is implemented.");
                }

                var properties = schema.ActualProperties
                    .Select(p => new ValidatorProperty(p.Key, Walk(root, p.Value.ActualSchema, $"{location}/properties/{Escape(p.Key)}",
                        path.Length == 0 ? p.Key : $"{path}.{p.Key}", name.Length == 0 || path.Length == 0 ? Identifier(p.Key) : name + Identifier(p.Key))))
                    .ToList();
                return properties.Count > 64
                    ? throw new NotSupportedException($"{location}: more than 64 properties in one object.")
                    : new ValidatorObject(location, path, name, properties);
            case JsonObjectType.Array:
                var item = schema.Item?.ActualSchema ?? throw new NotSupportedException($"{location}: an array needs one items schema.");
                return new ValidatorArray(location, Walk(root, item, $"{location}/items", path + "[]", Singular(name)));
            case JsonObjectType.String:
                if (schema.Format is not null && !Formats.Contains(schema.Format))
                {
                    throw new NotSupportedException($"{location}: format \"{schema.Format}\" is not implemented.");
                }

                return new ValidatorString(location, schema.Pattern, schema.Format, definition);
            default:
                throw new NotSupportedException($"{location}: type {schema.Type} is not implemented.");
        }
    }

    private static void Unsupported(JsonSchema s, string location)
    {
        var used = new List<string>();
        void Check(bool present, string keyword)
        {
            if (present)
            {
                used.Add(keyword);
            }
        }

        Check(s.RequiredProperties.Count > 0, "required");
        Check(s.Enumeration.Count > 0, "enum");
        Check(s.MinLength is not null || s.MaxLength is not null, "minLength/maxLength");
        Check(s.MinItems > 0 || s.MaxItems > 0 || s.UniqueItems, "minItems/maxItems/uniqueItems");
        Check(s.Minimum is not null || s.Maximum is not null || s.MultipleOf is not null, "minimum/maximum/multipleOf");
        Check(s.AllOf.Count > 0 || s.AnyOf.Count > 0 || s.OneOf.Count > 0 || s.Not is not null, "allOf/anyOf/oneOf/not");
        Check(s.MinProperties > 0 || s.MaxProperties > 0, "minProperties/maxProperties");
        Check(s.Items.Count > 0, "items as an array");
        if (used.Count > 0)
        {
            throw new NotSupportedException($"{location}: {string.Join(", ", used)} not implemented by the validator emitter.");
        }
    }

    /// <summary>Escapes a JSON Pointer token.</summary>
    /// <param name="token">The token.</param>
    /// <returns>The escaped token.</returns>
    public static string Escape(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return token.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
    }

    private static string Identifier(string jsonName)
    {
        var letters = new string(jsonName.Where(char.IsLetterOrDigit).ToArray());
        return letters.Length == 0 ? "Property" : char.ToUpper(letters[0], CultureInfo.InvariantCulture) + letters[1..];
    }

    private static string Singular(string plural) =>
        plural.EndsWith('s') && !plural.EndsWith("ss", StringComparison.Ordinal) ? plural[..^1] : plural + "Item";
}
