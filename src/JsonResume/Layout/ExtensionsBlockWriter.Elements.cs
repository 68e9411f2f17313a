using System.Text.Json;
using JsonResume.Json;

namespace JsonResume.Layout;

/// <summary>The extension data's own elements, written without nodes (see <see cref="ExtensionValues"/>).</summary>
internal sealed partial class ExtensionsBlockWriter
{
    /// <summary>An element, written as its node would be; of a name given more than once only the last is written
    /// (as the model reader keeps it): written twice, the block would be refused as a whole when read back.</summary>
    private void Element(JsonElement element, int depth)
    {
        if (depth > Limits.InternalDepth)
        {
            throw new InvalidOperationException($"The extensions block nests deeper than {Limits.InternalDepth} levels.");
        }

        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                ElementObject(element, depth);
                break;
            case JsonValueKind.Array:
                ElementArray(element, depth);
                break;
            default:
                scalar.Reset();
                bytes.ResetWrittenCount();
                element.WriteTo(scalar);
                Flush();
                break;
        }
    }

    private void ElementObject(JsonElement o, int depth)
    {
        if (o.GetPropertyCount() == 0)
        {
            output.Write("{}");
            return;
        }

        var kept = LastOfEachName(o);
        var indented = depth <= ExtensionsBlock.IndentedDepth;
        output.Write('{');
        var first = true;
        var i = 0;
        foreach (var property in o.EnumerateObject())
        {
            if (kept is null || kept.Contains(i))
            {
                Separator(first, indented, depth);
                first = false;
                Name(property.Name);
                output.Write(indented ? ": " : ":");
                Element(property.Value, depth + 1);
            }

            i++;
        }

        Close('}', indented, depth);
    }

    private void ElementArray(JsonElement a, int depth)
    {
        if (a.GetArrayLength() == 0)
        {
            output.Write("[]");
            return;
        }

        var indented = depth <= ExtensionsBlock.IndentedDepth;
        output.Write('[');
        var first = true;
        foreach (var item in a.EnumerateArray())
        {
            Separator(first, indented, depth);
            first = false;
            Element(item, depth + 1);
        }

        Close(']', indented, depth);
    }

    /// <summary>The positions of the properties to write when a name repeats (the last of each name); null when none does.</summary>
    private static HashSet<int>? LastOfEachName(JsonElement o)
    {
        if (o.GetPropertyCount() < 2)
        {
            return null;
        }

        var last = new Dictionary<string, int>(StringComparer.Ordinal);
        var count = 0;
        foreach (var property in o.EnumerateObject())
        {
            last[property.Name] = count++;
        }

        return last.Count == count ? null : [.. last.Values];
    }
}
