using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace JsonResume.Cli.Output;

/// <summary>Writes JSON by hand with <see cref="Utf8JsonWriter"/> (no reflection, Native AOT safe): 2-space indent, LF, final newline.</summary>
internal static class JsonOutput
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Builds a document and writes it, followed by a newline.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="build">Writes one JSON value.</param>
    public static void Write(TextWriter output, Action<Utf8JsonWriter> build)
    {
        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            build(writer);
        }

        output.Write(Encoding.UTF8.GetString(buffer.WrittenSpan));
        output.Write('\n');
    }

    /// <summary>
    /// Writes a report object that starts as every JSON report of the tool does: <c>version</c> (the report's shape) and
    /// <c>schemaVersion</c>, then the report's own properties.
    /// </summary>
    /// <param name="output">Where to write.</param>
    /// <param name="shapeVersion">The version of the report's shape.</param>
    /// <param name="body">Writes the report's own properties.</param>
    public static void WriteReport(TextWriter output, int shapeVersion, Action<Utf8JsonWriter> body)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(body);
        Write(output, w =>
        {
            w.WriteStartObject();
            w.WriteNumber("version", shapeVersion);
            w.WriteString("schemaVersion", ToolInfo.SchemaVersion);
            body(w);
            w.WriteEndObject();
        });
    }

    /// <summary>Writes a string property, or null when the value is null or empty.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="name">The property name.</param>
    /// <param name="value">The value.</param>
    public static void StringOrNull(this Utf8JsonWriter writer, string name, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }

    /// <summary>Writes a positive number, or null when it is 0 (unknown).</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="name">The property name.</param>
    /// <param name="value">The value.</param>
    public static void NumberOrNull(this Utf8JsonWriter writer, string name, int value)
    {
        if (value > 0)
        {
            writer.WriteNumber(name, value);
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}
