using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using JsonResume.Json;

namespace JsonResume.Layout;

/// <summary>
/// Writes the extensions block's JSON straight to a <see cref="TextWriter"/>: containers down to
/// <see cref="ExtensionsBlock.IndentedDepth"/> one value per line with two-space indentation, deeper ones compact on one
/// line, every line after a prefix, <c>\n</c> between lines and none at the end. Down to that depth the text is what
/// <see cref="Utf8JsonWriter"/> writes indented, so ordinary blocks read as before.
/// </summary>
/// <remarks>
/// Why not <see cref="Utf8JsonWriter"/> for the whole block: indented, a value nested 200 deep takes 400 lines indented
/// up to 400 spaces (the text grows with the square of the depth), and its buffer holds the whole block until flushed.
/// Here only one scalar at a time goes through a buffer (for the exact escaping and number text of the JSON writer).
/// </remarks>
internal sealed partial class ExtensionsBlockWriter : IDisposable
{
    /// <summary>Scalars only: compact, non-ASCII text unescaped (as the block always was), the library's depth limit.</summary>
    private static readonly JsonWriterOptions ScalarOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        MaxDepth = Limits.InternalDepth,
    };

    /// <summary>Spaces for the deepest indentation written: two per indented level.</summary>
    private static readonly string Spaces = new(' ', 2 * ExtensionsBlock.IndentedDepth);

    private readonly TextWriter output;
    private readonly string prefix;
    private readonly ArrayBufferWriter<byte> bytes = new(256);
    private readonly Utf8JsonWriter scalar;
    private readonly Decoder decoder = Encoding.UTF8.GetDecoder();
    private readonly char[] chars = new char[1024];

    /// <summary>A writer to <paramref name="output"/>, each line starting with <paramref name="prefix"/>.</summary>
    public ExtensionsBlockWriter(TextWriter output, string prefix)
    {
        this.output = output;
        this.prefix = prefix;
        scalar = new Utf8JsonWriter(bytes, ScalarOptions);
    }

    /// <summary>Writes the block: the first line's prefix, the JSON, no final newline.</summary>
    public void Write(JsonObject block)
    {
        output.Write(prefix);
        Value(block, 1);
    }

    /// <inheritdoc/>
    public void Dispose() => scalar.Dispose();

    /// <summary>A value whose containers (if it is one) sit at <paramref name="depth"/> (the block's root is 1).</summary>
    private void Value(JsonNode? node, int depth)
    {
        // The same limit every reader and writer of the library keeps (the overlay adds a few levels to the input's).
        if (depth > Limits.InternalDepth)
        {
            throw new InvalidOperationException($"The extensions block nests deeper than {Limits.InternalDepth} levels.");
        }

        switch (node)
        {
            case JsonObject or JsonArray when ExtensionValues.TryGetElement(node, out var element):
                // Extension data: its element is written directly, no node made per level.
                Element(element, depth);
                break;
            case JsonObject o:
                WriteObject(o, depth);
                break;
            case JsonArray a:
                WriteArray(a, depth);
                break;
            default:
                Scalar(node);
                break;
        }
    }

    private void WriteObject(JsonObject o, int depth)
    {
        if (o.Count == 0)
        {
            output.Write("{}");
            return;
        }

        var indented = depth <= ExtensionsBlock.IndentedDepth;
        output.Write('{');
        var first = true;
        foreach (var (name, value) in o)
        {
            Separator(first, indented, depth);
            first = false;
            Name(name);
            output.Write(indented ? ": " : ":");
            Value(value, depth + 1);
        }

        Close('}', indented, depth);
    }

    private void WriteArray(JsonArray a, int depth)
    {
        if (a.Count == 0)
        {
            output.Write("[]");
            return;
        }

        var indented = depth <= ExtensionsBlock.IndentedDepth;
        output.Write('[');
        var first = true;
        foreach (var item in a)
        {
            Separator(first, indented, depth);
            first = false;
            Value(item, depth + 1);
        }

        Close(']', indented, depth);
    }

    /// <summary>Before a member: a comma after the previous one, and in an indented container a new, indented line.</summary>
    private void Separator(bool first, bool indented, int depth)
    {
        if (!first)
        {
            output.Write(',');
        }

        if (indented)
        {
            NewLine(depth);
        }
    }

    private void Close(char bracket, bool indented, int depth)
    {
        if (indented)
        {
            NewLine(depth - 1);
        }

        output.Write(bracket);
    }

    private void NewLine(int level)
    {
        output.Write('\n');
        output.Write(prefix);
        output.Write(Spaces.AsSpan(0, 2 * level));
    }

    private void Name(string name)
    {
        scalar.Reset();
        bytes.ResetWrittenCount();
        scalar.WriteStringValue(name);
        Flush();
    }

    private void Scalar(JsonNode? node)
    {
        scalar.Reset();
        bytes.ResetWrittenCount();
        if (node is null)
        {
            scalar.WriteNullValue();
        }
        else
        {
            node.WriteTo(scalar);
        }

        Flush();
    }

    /// <summary>The scalar's UTF-8 as text, in pieces of at most the char buffer (a long string is never one more copy).</summary>
    private void Flush()
    {
        scalar.Flush();
        var span = bytes.WrittenSpan;
        decoder.Reset();
        while (!span.IsEmpty)
        {
            decoder.Convert(span, chars, flush: true, out var used, out var written, out _);
            output.Write(chars.AsSpan(0, written));
            span = span[used..];
        }
    }
}
