using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using JsonResume.Diagnostics;
using JsonResume.Model;

namespace JsonResume.Json;

/// <summary>
/// Reads and writes JSON Resume documents without losing anything: unknown properties and values of the wrong type are
/// kept in the extension data of their parent and written back as they were.
/// </summary>
public static class ResumeJson
{
    /// <summary>
    /// Text stays readable: letters of every script, quotes and <c>&lt;&gt;&amp;+</c> are written as themselves, not as
    /// <c>\uXXXX</c> (the output is a file, not HTML). Control characters, line separators and characters outside the
    /// Basic Multilingual Plane are still escaped by the encoder. The writer's depth limit (1000) is above the reader's
    /// (<see cref="JsonInput.MaxDepth"/>), so whatever <see cref="Read(ReadOnlyMemory{byte})"/> accepts can be written back
    /// (serializing straight to a stream would stop at the serializer's default of 64 levels).
    /// </summary>
    internal static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
    };

    /// <summary>Reads a document from UTF-8 bytes (a byte order mark, UTF-16 or UTF-32 with a byte order mark are accepted). Never throws on bad input.</summary>
    /// <param name="input">The document.</param>
    /// <returns>The résumé when one could be built, and every problem found, with line:column.</returns>
    public static ReadResult Read(ReadOnlyMemory<byte> input)
    {
        var unicode = new List<Diagnostic>();
        if (!JsonInput.TryPrepare(input, out var utf8, out var failure, unicode))
        {
            return new ReadResult(null, [failure!]);
        }

        // The model is built straight from the text: a JsonDocument of a large input (about as big again) is never
        // alive next to the bytes and the model. A property name given twice needs the whole object (the last one
        // counts): then, and only then, the document is built and read the other way.
        var diagnostics = new List<Diagnostic>();
        if (ModelStreamReader.TryRead(utf8.Span, diagnostics, out var resume, out var notObject))
        {
            return notObject is { } root
                ? Finish(null, [NotAnObject(root)], unicode, utf8)
                : Finish(resume, diagnostics, unicode, utf8);
        }

        return ReadWithDocument(input);
    }

    /// <summary>
    /// Reads a document as <see cref="Read(ReadOnlyMemory{byte})"/> does, through a <see cref="JsonDocument"/> of the whole
    /// input: for objects that hold a property name twice, and as the reference the streaming reader is tested against.
    /// </summary>
    internal static ReadResult ReadWithDocument(ReadOnlyMemory<byte> input)
    {
        var unicode = new List<Diagnostic>();
        if (!JsonInput.TryParse(input, out var document, out var utf8, out var failure, unicode))
        {
            return new ReadResult(null, [failure!]);
        }

        using (document)
        {
            return ReadRoot(document!.RootElement, unicode, diagnostics => Place(diagnostics, utf8.Span));
        }
    }

    private static ReadResult Finish(Resume? resume, List<Diagnostic> diagnostics, List<Diagnostic> early, ReadOnlyMemory<byte> utf8)
    {
        var placed = diagnostics.Count == 0 ? diagnostics : Place(diagnostics, utf8.Span);
        if (early.Count > 0)
        {
            placed = [.. early.Concat(placed).OrderBy(d => d.Line).ThenBy(d => d.Column)];
        }

        return new ReadResult(resume, placed);
    }

    /// <summary>
    /// Builds the model from a parsed document (JSON, or YAML read as JSON); <paramref name="place"/> gives the
    /// model reader's findings their line:column, and <paramref name="early"/> (already placed) joins them in order.
    /// </summary>
    internal static ReadResult ReadRoot(JsonElement root, List<Diagnostic> early, Func<List<Diagnostic>, List<Diagnostic>> place)
    {
        var diagnostics = new List<Diagnostic>();
        Resume? resume = null;
        if (root.ValueKind == JsonValueKind.Object)
        {
            resume = ModelReader.ReadResume(root, JsonPointer.Root, diagnostics);
        }
        else
        {
            diagnostics.Add(NotAnObject(root));
        }

        var placed = diagnostics.Count == 0 ? diagnostics : place(diagnostics);
        if (early.Count > 0)
        {
            placed = [.. early.Concat(placed).OrderBy(d => d.Line).ThenBy(d => d.Column)];
        }

        return new ReadResult(resume, placed);
    }

    private static Diagnostic NotAnObject(JsonElement root) =>
        new(DiagnosticSeverity.Error, DiagnosticCodes.RootNotObject, $"A résumé is a JSON object, but this document is {ModelReader.Describe(root.ValueKind)}.")
        {
            Found = ModelReader.Truncate(root.GetRawText()),
        };

    /// <summary>Reads a document from text.</summary>
    /// <param name="json">The document.</param>
    /// <returns>The résumé and every problem found.</returns>
    public static ReadResult Read(string json) =>
        Read(Encoding.UTF8.GetBytes(json ?? throw new ArgumentNullException(nameof(json))));

    /// <summary>Reads a document from a stream, to its end.</summary>
    /// <param name="stream">The document.</param>
    /// <returns>The résumé and every problem found.</returns>
    public static ReadResult Read(Stream stream) => Read(InputBytes.ReadAll(stream));

    /// <summary>
    /// Writes a résumé as UTF-8 JSON: two-space indentation, <c>\n</c> line endings, a final newline, no byte order mark,
    /// non-ASCII text as UTF-8 rather than <c>\uXXXX</c> escapes.
    /// </summary>
    /// <param name="resume">The résumé.</param>
    /// <returns>The bytes.</returns>
    public static byte[] WriteUtf8(Resume resume)
    {
        ArgumentNullException.ThrowIfNull(resume);
        // Pooled chunks copied once into the result: a MemoryStream grown by doubling (and the writer's own buffer
        // before it) held a large output several times over. A large output is not held twice: it is counted, then
        // written again straight into the result (writing is cheaper than the fresh memory a second copy takes).
        long length;
        using (var buffer = new ChunkedBufferWriter(HeldTwiceAtMost))
        {
            WriteCanonical(resume, buffer);
            if (buffer.KeptAll)
            {
                return buffer.ToArray();
            }

            length = buffer.Written;
        }

        if (length > Array.MaxLength)
        {
            throw new InvalidOperationException($"{length} bytes do not fit one array.");
        }

        var result = GC.AllocateUninitializedArray<byte>((int)length);
        var at = 0;
        using (var copy = new ChunkedBufferWriter(chunk =>
        {
            chunk.CopyTo(result.AsSpan(at));
            at += chunk.Length;
        }))
        {
            WriteCanonical(resume, copy);
            copy.Flush();
        }

        return result;
    }

    /// <summary>The largest output <see cref="WriteUtf8"/> holds in chunks and in the result together (written once); a
    /// larger one is written twice instead.</summary>
    internal const int HeldTwiceAtMost = 32 * 1024 * 1024;

    /// <summary>Writes a résumé as JSON text (see <see cref="WriteUtf8"/>).</summary>
    /// <param name="resume">The résumé.</param>
    /// <returns>The text.</returns>
    public static string Write(Resume resume) => Encoding.UTF8.GetString(WriteUtf8(resume));

    /// <summary>Writes a résumé as UTF-8 JSON to a stream (see <see cref="WriteUtf8"/>).</summary>
    /// <param name="resume">The résumé.</param>
    /// <param name="stream">Where to write.</param>
    public static void Write(Resume resume, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(resume);
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = new ChunkedBufferWriter(stream.Write);
        WriteCanonical(resume, buffer);
        buffer.Flush();
    }

    /// <summary>Writes a résumé as JSON text to <paramref name="output"/> as it goes (the text <see cref="Write(Resume)"/>
    /// returns, never held whole).</summary>
    internal static void WriteText(Resume resume, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(resume);
        ArgumentNullException.ThrowIfNull(output);
        var text = new Utf8ToText(output);
        using var buffer = new ChunkedBufferWriter(text.Write);
        WriteCanonical(resume, buffer);
        buffer.Flush();
        text.Finish();
    }

    /// <summary>The one writer of the canonical JSON: what every other <c>Write</c> gives, to any buffer.</summary>
    internal static void WriteCanonical(Resume resume, IBufferWriter<byte> output)
    {
        using (var writer = new Utf8JsonWriter(output, WriterOptions))
        {
            JsonSerializer.Serialize(writer, resume, ResumeJsonContext.Default.Resume);
        }

        output.GetSpan(1)[0] = (byte)'\n';
        output.Advance(1);
    }

    private static List<Diagnostic> Place(List<Diagnostic> diagnostics, ReadOnlySpan<byte> utf8)
    {
        if (diagnostics.Count == 0)
        {
            return diagnostics;
        }

        var positions = JsonLocator.Locate(utf8, diagnostics.Select(d => d.InstanceLocation));
        return diagnostics.Select(d => positions.TryGetValue(d.InstanceLocation, out var p) ? d.At(p) : d).ToList();
    }
}
