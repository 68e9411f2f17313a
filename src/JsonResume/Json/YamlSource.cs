using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using JsonResume.Diagnostics;

namespace JsonResume.Json;

/// <summary>
/// A YAML document read by <see cref="YamlReader"/>: the same document as compact UTF-8 JSON (what the validator and
/// the model reader read), and the map back from every JSON token to where it stands in the YAML, so that findings
/// made on the JSON are reported at their line:column in the YAML file.
/// </summary>
internal sealed class YamlSource
{
    private readonly string text;
    private readonly YamlSourceNode root;
    private readonly List<long> offsets = [];
    private readonly List<int> indices = [];

    /// <summary>Builds the JSON text and its map.</summary>
    /// <param name="text">The YAML text.</param>
    /// <param name="root">Its root node.</param>
    public YamlSource(string text, YamlSourceNode root)
    {
        this.text = text;
        this.root = root;
        var buffer = new ArrayBufferWriter<byte>(Math.Max(256, text.Length));
        Write(root, buffer);
        Json = buffer.WrittenMemory;
    }

    /// <summary>The document as compact UTF-8 JSON: keys in their YAML order, repeated keys kept, numbers as written.</summary>
    public ReadOnlyMemory<byte> Json { get; }

    /// <summary>The line:column of a character index in a text (lines end at CR LF, CR or LF; a column is a character).</summary>
    /// <param name="text">The text.</param>
    /// <param name="index">The index (UTF-16 code units).</param>
    /// <returns>The position.</returns>
    public static TextPosition PositionOf(string text, int index) => Positions(text, [index])[0];

    /// <summary>The YAML positions of byte offsets of token starts in <see cref="Json"/>.</summary>
    /// <param name="jsonOffsets">Offsets, in ascending order.</param>
    /// <returns>The position of each.</returns>
    public TextPosition[] PositionsAt(ReadOnlySpan<long> jsonOffsets)
    {
        var wanted = new int[jsonOffsets.Length];
        for (var k = 0; k < jsonOffsets.Length; k++)
        {
            wanted[k] = IndexAt(jsonOffsets[k]);
        }

        return Positions(text, wanted);
    }

    /// <summary>Places diagnostics that carry a JSON Pointer (the model reader's) at the YAML of their value.</summary>
    /// <param name="diagnostics">The diagnostics.</param>
    /// <returns>The same, placed where the pointer was found.</returns>
    public List<Diagnostic> PlaceByPointer(IEnumerable<Diagnostic> diagnostics)
    {
        var list = diagnostics.ToList();
        var found = list.Select(d => Find(d.InstanceLocation)).ToArray();
        var positions = Positions(text, [.. found.Select(f => f ?? 0)]);
        return [.. list.Select((d, k) => found[k] is null ? d : d.At(positions[k]))];
    }

    /// <summary>Places findings made while reading (by character index).</summary>
    /// <param name="findings">The findings.</param>
    /// <returns>The diagnostics, placed.</returns>
    public IEnumerable<Diagnostic> Place(List<(Diagnostic Diagnostic, int Index)> findings)
    {
        var positions = Positions(text, [.. findings.Select(f => f.Index)]);
        return findings.Select((f, k) => f.Diagnostic.At(positions[k]));
    }

    /// <summary>Positions of character indices in any order, in one pass over the text.</summary>
    private static TextPosition[] Positions(string text, int[] wanted)
    {
        var order = Enumerable.Range(0, wanted.Length).OrderBy(k => wanted[k]).ToArray();
        var positions = new TextPosition[wanted.Length];
        var line = 1;
        var column = 1;
        var i = 0;
        foreach (var k in order)
        {
            var end = Math.Clamp(wanted[k], 0, text.Length);
            for (; i < end; i++)
            {
                var c = text[i];
                if (c == '\n' || (c == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
                {
                    line++;
                    column = 1;
                }
                else if (c != '\r' && !char.IsLowSurrogate(c))
                {
                    column++; // a surrogate pair is one character
                }
            }

            positions[k] = new TextPosition(line, column);
        }

        return positions;
    }

    private int IndexAt(long offset)
    {
        var k = offsets.BinarySearch(offset);
        if (k < 0)
        {
            k = Math.Max(0, ~k - 1); // between tokens: the one before
        }

        while (k > 0 && offsets[k - 1] == offset)
        {
            k--; // an alias and the node it copies start at the same offset: the alias is where it stands
        }

        return indices.Count == 0 ? 0 : indices[k];
    }

    /// <summary>The character index of the value at a JSON Pointer (the first one, as in JSON, when a key repeats).</summary>
    private int? Find(string pointer)
    {
        var node = root;
        var index = node.Index;
        foreach (var token in JsonPointer.Split(pointer))
        {
            var container = node.Resolved;
            YamlSourceNode? next = null;
            if (container.Type == YamlSourceNodeType.Mapping)
            {
                for (var k = 0; k + 1 < container.Items.Count && next is null; k += 2)
                {
                    next = container.Items[k].Resolved.Value == token ? container.Items[k + 1] : null;
                }
            }
            else if (container.Type == YamlSourceNodeType.Sequence && int.TryParse(token, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var i) && i < container.Items.Count)
            {
                next = container.Items[i];
            }

            if (next is null)
            {
                return null;
            }

            node = next;
            index = node.Index;
        }

        return index;
    }

    private void Mark(ArrayBufferWriter<byte> buffer, int index)
    {
        offsets.Add(buffer.WrittenCount);
        indices.Add(index);
    }

    private void Write(YamlSourceNode node, ArrayBufferWriter<byte> buffer)
    {
        Mark(buffer, node.Index);
        var resolved = node.Resolved;
        if (!ReferenceEquals(resolved, node))
        {
            Write(resolved, buffer);
            return;
        }

        switch (node.Type)
        {
            case YamlSourceNodeType.Sequence:
                buffer.Write("["u8);
                for (var k = 0; k < node.Items.Count; k++)
                {
                    if (k > 0)
                    {
                        buffer.Write(","u8);
                    }

                    Write(node.Items[k], buffer);
                }

                buffer.Write("]"u8);
                break;
            case YamlSourceNodeType.Mapping:
                buffer.Write("{"u8);
                for (var k = 0; k + 1 < node.Items.Count; k += 2)
                {
                    if (k > 0)
                    {
                        buffer.Write(","u8);
                    }

                    Mark(buffer, node.Items[k].Index);
                    WriteString(node.Items[k].Resolved.Value, buffer);
                    buffer.Write(":"u8);
                    Write(node.Items[k + 1], buffer);
                }

                buffer.Write("}"u8);
                break;
            default:
                WriteScalar(node, buffer);
                break;
        }
    }

    private static void WriteScalar(YamlSourceNode node, ArrayBufferWriter<byte> buffer)
    {
        switch (node.Kind)
        {
            case YamlScalars.Kind.Null:
                buffer.Write("null"u8);
                break;
            case YamlScalars.Kind.True:
                buffer.Write("true"u8);
                break;
            case YamlScalars.Kind.False:
                buffer.Write("false"u8);
                break;
            case YamlScalars.Kind.Number:
                buffer.Write(System.Text.Encoding.UTF8.GetBytes(node.Value)); // a JSON number's text is ASCII
                break;
            default:
                WriteString(node.Value, buffer);
                break;
        }
    }

    private static void WriteString(string value, ArrayBufferWriter<byte> buffer)
    {
        buffer.Write("\""u8);
        buffer.Write(JsonEncodedText.Encode(value, JavaScriptEncoder.UnsafeRelaxedJsonEscaping).EncodedUtf8Bytes);
        buffer.Write("\""u8);
    }
}
