using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace JsonResume.Layout;

/// <summary>
/// Extension data (a résumé's <see cref="JsonElement"/> values) as nodes of an overlay. The nodes read the elements
/// where they are, and an overlay that is only written remembers, for each object and array it took from the résumé,
/// the element it stands for: the extensions block writes that element itself, without a node per level (a value
/// nested 200 deep would otherwise become 200 nodes, for each of thousands of values, all alive until the block ends).
/// </summary>
internal static class ExtensionValues
{
    /// <summary>Written overlay containers and their elements; entries go with their nodes (weak keys).</summary>
    private static readonly ConditionalWeakTable<JsonNode, StrongBox<JsonElement>> Sources = new();

    /// <summary>
    /// An element as a node that reads it where it is: nothing is copied until a node is read or changed, and no depth
    /// limit applies on the way (<see cref="JsonSerializer.SerializeToNode{TValue}(TValue, System.Text.Json.Serialization.Metadata.JsonTypeInfo{TValue})"/>
    /// wrote each value to bytes and parsed them again).
    /// </summary>
    public static JsonNode? Node(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => JsonObject.Create(element),
        JsonValueKind.Array => JsonArray.Create(element),
        _ => JsonValue.Create(element),
    };

    /// <summary>
    /// A node for an overlay that is written and never changed: as <see cref="Node"/>, and the block writer will write
    /// the element in its place (<see cref="TryGetElement"/>).
    /// </summary>
    public static JsonNode? ForWriting(JsonElement element)
    {
        var node = Node(element);
        if (node is JsonObject or JsonArray)
        {
            Sources.AddOrUpdate(node, new StrongBox<JsonElement>(element));
        }

        return node;
    }

    /// <summary>The element a node made by <see cref="ForWriting"/> stands for.</summary>
    public static bool TryGetElement(JsonNode node, out JsonElement element)
    {
        if (Sources.TryGetValue(node, out var box))
        {
            element = box.Value;
            return true;
        }

        element = default;
        return false;
    }
}
