using System.Collections;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace JsonResume.Tests.Support;

/// <summary>Visits every model object and every typed string value of a résumé (by reflection: tests only).</summary>
internal static class ModelWalker
{
    /// <summary>Every model object, the résumé itself included.</summary>
    public static IEnumerable<object> Objects(object root)
    {
        yield return root;
        foreach (var property in ModelProperties(root.GetType()))
        {
            switch (property.GetValue(root))
            {
                case IList list when property.PropertyType.GetGenericArguments()[0] != typeof(string):
                    foreach (var item in list)
                    {
                        foreach (var o in Objects(item!))
                        {
                            yield return o;
                        }
                    }

                    break;
                case { } child when child is not string && child is not IList:
                    foreach (var o in Objects(child))
                    {
                        yield return o;
                    }

                    break;
            }
        }
    }

    /// <summary>Every typed string (properties and items of string lists), with its JSON name.</summary>
    public static IEnumerable<(string Name, string Value)> Strings(object root) =>
        Objects(root).SelectMany(o => ModelProperties(o.GetType()).SelectMany(p => p.GetValue(o) switch
        {
            string s => [(JsonName(p), s)],
            List<string> l => l.Select(s => (JsonName(p), s)),
            _ => Enumerable.Empty<(string, string)>(),
        }));

    /// <summary>Every JSON value held in extension data, nested values included.</summary>
    public static IEnumerable<JsonElement> ExtensionValues(object root) =>
        Objects(root).SelectMany(o => Extensions(o)?.Values ?? Enumerable.Empty<JsonElement>()).SelectMany(Descendants);

    /// <summary>The extension data of a model object.</summary>
    public static Dictionary<string, JsonElement>? Extensions(object model) =>
        (Dictionary<string, JsonElement>?)model.GetType().GetProperty("ExtensionData")!.GetValue(model);

    /// <summary>The JSON names of a model class's schema properties.</summary>
    public static IReadOnlySet<string> JsonNames(Type type) => ModelProperties(type).Select(JsonName).ToHashSet();

    private static IEnumerable<PropertyInfo> ModelProperties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetCustomAttribute<JsonPropertyNameAttribute>() is not null);

    private static string JsonName(PropertyInfo p) => p.GetCustomAttribute<JsonPropertyNameAttribute>()!.Name;

    private static IEnumerable<JsonElement> Descendants(JsonElement e)
    {
        yield return e;
        var children = e.ValueKind switch
        {
            JsonValueKind.Array => e.EnumerateArray().ToList(),
            JsonValueKind.Object => e.EnumerateObject().Select(p => p.Value).ToList(),
            _ => [],
        };
        foreach (var d in children.SelectMany(Descendants))
        {
            yield return d;
        }
    }
}
