using NJsonSchema;

namespace JsonResume.CodeGen;

/// <summary>What a schema property becomes in C#.</summary>
public enum PropertyKind
{
    /// <summary>A string (dates included: they stay as written).</summary>
    String,

    /// <summary>A nested object with a class of its own.</summary>
    Object,

    /// <summary>An array of strings.</summary>
    StringList,

    /// <summary>An array of objects with a class of their own.</summary>
    ObjectList,
}

/// <summary>One property of a model class.</summary>
/// <param name="JsonName">The exact JSON name.</param>
/// <param name="Name">The C# property name.</param>
/// <param name="Kind">What it holds.</param>
/// <param name="ClassName">For objects and lists of objects, the class of the object.</param>
/// <param name="Description">The schema's description.</param>
/// <param name="IsDate">Whether the schema gives it the partial ISO 8601 date pattern.</param>
/// <param name="Format">The schema's <c>format</c> of a string (<c>email</c>, <c>uri</c>), if any.</param>
/// <param name="JsonPath">Where it stands in a document, such as <c>work[].startDate</c>.</param>
public sealed record ModelProperty(string JsonName, string Name, PropertyKind Kind, string? ClassName, string? Description, bool IsDate, string? Format, string JsonPath);

/// <summary>One model class.</summary>
/// <param name="Name">The C# class name.</param>
/// <param name="JsonPath">Where it stands in a document, such as <c>work[]</c>.</param>
/// <param name="Description">The schema's description.</param>
/// <param name="Properties">Its properties, in schema order.</param>
public sealed record ModelClass(string Name, string JsonPath, string? Description, IReadOnlyList<ModelProperty> Properties);

/// <summary>Walks NJsonSchema's model of the schema and names the classes and properties the model has.</summary>
public static class ModelShape
{
    // C# forbids a member named like its type; these two standard fields get other names.
    private static readonly Dictionary<string, string> Renames = new(StringComparer.Ordinal)
    {
        ["Language.language"] = "Name",
        ["Reference.reference"] = "Text",
    };

    /// <summary>The classes of the model, the root (<c>Resume</c>) first, then in schema order.</summary>
    /// <param name="schema">The parsed schema.</param>
    /// <returns>The classes.</returns>
    public static IReadOnlyList<ModelClass> Classes(JsonSchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var classes = new List<ModelClass>();
        Walk(schema, "Resume", "", classes);
        var clash = classes.GroupBy(c => c.Name).FirstOrDefault(g => g.Count() > 1);
        return clash is null ? classes : throw new InvalidOperationException($"Two schema objects would both be named {clash.Key}.");
    }

    private static void Walk(JsonSchema schema, string className, string path, List<ModelClass> classes)
    {
        var index = classes.Count;
        classes.Add(null!);
        var properties = new List<ModelProperty>();
        foreach (var (jsonName, property) in schema.ActualProperties)
        {
            var actual = property.ActualTypeSchema;
            var name = Renames.GetValueOrDefault($"{className}.{jsonName}") ?? Pascal(jsonName);
            var childPath = path.Length == 0 ? jsonName : $"{path}.{jsonName}";
            var description = property.Description ?? actual.Description;
            var isDate = actual.Pattern is not null && property.HasReference;
            if (actual.Type.HasFlag(JsonObjectType.Object))
            {
                var child = Pascal(jsonName);
                properties.Add(new ModelProperty(jsonName, name, PropertyKind.Object, child, description, false, null, childPath));
                Walk(actual, child, childPath, classes);
            }
            else if (actual.Type.HasFlag(JsonObjectType.Array))
            {
                var item = actual.Item?.ActualSchema ?? throw new InvalidOperationException($"{childPath} has no items schema.");
                if (item.Type.HasFlag(JsonObjectType.Object))
                {
                    var child = Singular(Pascal(jsonName));
                    properties.Add(new ModelProperty(jsonName, name, PropertyKind.ObjectList, child, description, false, null, childPath));
                    Walk(item, child, childPath + "[]", classes);
                }
                else
                {
                    properties.Add(new ModelProperty(jsonName, name, PropertyKind.StringList, null, description, false, null, childPath));
                }
            }
            else if (actual.Type.HasFlag(JsonObjectType.String))
            {
                properties.Add(new ModelProperty(jsonName, name, PropertyKind.String, null, description, isDate, string.IsNullOrEmpty(actual.Format) ? null : actual.Format, childPath));
            }
            else
            {
                throw new InvalidOperationException($"{childPath}: type {actual.Type} has no C# mapping yet.");
            }
        }

        classes[index] = new ModelClass(className, path, schema.Description, properties);
    }

    /// <summary>PascalCase of a JSON name: <c>$schema</c> → <c>Schema</c>, <c>studyType</c> → <c>StudyType</c>.</summary>
    /// <param name="jsonName">The JSON name.</param>
    /// <returns>The C# name.</returns>
    public static string Pascal(string jsonName)
    {
        ArgumentNullException.ThrowIfNull(jsonName);
        var letters = jsonName.TrimStart('$', '_');
        return string.Concat(char.ToUpperInvariant(letters[0]).ToString(), letters[1..]);
    }

    private static string Singular(string plural) =>
        plural.EndsWith('s') && !plural.EndsWith("ss", StringComparison.Ordinal) ? plural[..^1] : plural;
}
