using System.Text;
using System.Text.Json;
using JsonResume.Diagnostics;
using JsonResume.Model;

namespace JsonResume.Json;

/// <summary>
/// Reads and writes JSON Resume documents written in YAML: the same model as <see cref="ResumeJson"/>, every finding at
/// its line:column in the YAML. The YAML rules (scalars, aliases, tags, documents, keys) are listed in
/// <c>docs/validation.md</c>; in short: YAML 1.2 read as JSON, a plain scalar is a number only when it is a JSON number
/// (<c>0123</c>, <c>2019-05</c> and <c>yes</c> stay strings), aliases are expanded within a limit, one document per file.
/// Writing gives YAML that reads back as exactly the same JSON.
/// </summary>
public static class ResumeYaml
{
    /// <summary>Reads a YAML document from UTF-8 bytes (UTF-16 or UTF-32 with a byte order mark are accepted). Never throws on bad input.</summary>
    /// <param name="input">The document.</param>
    /// <returns>The résumé when one could be built, and every problem found, with its line:column in the YAML.</returns>
    public static ReadResult Read(ReadOnlyMemory<byte> input)
    {
        var findings = new List<Diagnostic>();
        if (!YamlReader.TryRead(input, out var source, out var failure, findings))
        {
            return new ReadResult(null, [failure!]);
        }

        return Read(source!, findings);
    }

    /// <summary>Reads a YAML document from text.</summary>
    /// <param name="yaml">The document.</param>
    /// <returns>The résumé and every problem found.</returns>
    public static ReadResult Read(string yaml) => Read(Encoding.UTF8.GetBytes(yaml ?? throw new ArgumentNullException(nameof(yaml))));

    /// <summary>Reads a YAML document from a stream, to its end.</summary>
    /// <param name="stream">The document.</param>
    /// <returns>The résumé and every problem found.</returns>
    public static ReadResult Read(Stream stream) => Read(InputBytes.ReadAll(stream));

    /// <summary>
    /// Converts a YAML document to JSON text: keys in their order (repeated keys too), numbers as written, two-space
    /// indentation and a final newline as <see cref="ResumeJson.Write(Resume)"/> writes. The résumé is not checked
    /// (validate it with the validator's YAML format for findings at YAML positions).
    /// </summary>
    /// <param name="yaml">The YAML document.</param>
    /// <returns>The JSON text, or null with the reason (syntax, several documents, an alias bomb…) at its line:column.</returns>
    public static YamlConversionResult ToJson(ReadOnlyMemory<byte> yaml)
    {
        var findings = new List<Diagnostic>();
        if (!YamlReader.TryRead(yaml, out var source, out var failure, findings))
        {
            return new YamlConversionResult(null, [failure!]);
        }

        using var document = JsonDocument.Parse(source!.Json, Limits.Document);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, ResumeJson.WriterOptions))
        {
            document.RootElement.WriteTo(writer);
        }

        buffer.WriteByte((byte)'\n');
        return new YamlConversionResult(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length), findings);
    }

    /// <summary>Converts a YAML document given as text to JSON text (see <see cref="ToJson(ReadOnlyMemory{byte})"/>).</summary>
    /// <param name="yaml">The YAML document.</param>
    /// <returns>The JSON text and every problem found.</returns>
    public static YamlConversionResult ToJson(string yaml) => ToJson(Encoding.UTF8.GetBytes(yaml ?? throw new ArgumentNullException(nameof(yaml))));

    /// <summary>Converts a YAML document read from a stream to JSON text (see <see cref="ToJson(ReadOnlyMemory{byte})"/>).</summary>
    /// <param name="stream">The YAML document.</param>
    /// <returns>The JSON text and every problem found.</returns>
    public static YamlConversionResult ToJson(Stream stream) => ToJson(InputBytes.ReadAll(stream));

    /// <summary>
    /// Converts a JSON document to YAML that <see cref="ToJson(ReadOnlyMemory{byte})"/> reads back as the same JSON: keys in
    /// their order, numbers as written, strings that would read as another type quoted, Unicode kept.
    /// </summary>
    /// <param name="json">The JSON document (any encoding <see cref="ResumeJson.Read(ReadOnlyMemory{byte})"/> accepts).</param>
    /// <returns>The YAML text, or null with the reason when the input is not JSON.</returns>
    public static YamlConversionResult FromJson(ReadOnlyMemory<byte> json)
    {
        var findings = new List<Diagnostic>();
        if (!JsonInput.TryParse(json, out var document, out _, out var failure, findings))
        {
            return new YamlConversionResult(null, [failure!]);
        }

        using (document)
        {
            return new YamlConversionResult(YamlWriter.Write(document!.RootElement), findings);
        }
    }

    /// <summary>Converts a JSON document given as text to YAML (see <see cref="FromJson(ReadOnlyMemory{byte})"/>).</summary>
    /// <param name="json">The JSON document.</param>
    /// <returns>The YAML text and every problem found.</returns>
    public static YamlConversionResult FromJson(string json) => FromJson(Encoding.UTF8.GetBytes(json ?? throw new ArgumentNullException(nameof(json))));

    /// <summary>Converts a JSON document read from a stream to YAML (see <see cref="FromJson(ReadOnlyMemory{byte})"/>).</summary>
    /// <param name="stream">The JSON document.</param>
    /// <returns>The YAML text and every problem found.</returns>
    public static YamlConversionResult FromJson(Stream stream) => FromJson(InputBytes.ReadAll(stream));

    /// <summary>Writes a résumé as YAML: the JSON <see cref="ResumeJson.Write(Resume)"/> writes, as YAML (see <see cref="FromJson(ReadOnlyMemory{byte})"/>).</summary>
    /// <param name="resume">The résumé.</param>
    /// <returns>The YAML text, ending with a newline.</returns>
    public static string Write(Resume resume)
    {
        ArgumentNullException.ThrowIfNull(resume);
        using var document = JsonDocument.Parse(ResumeJson.WriteUtf8(resume), Limits.Document);
        return YamlWriter.Write(document.RootElement);
    }

    /// <summary>Reads the model from a YAML document already read, placing the model reader's findings in the YAML.</summary>
    internal static ReadResult Read(YamlSource source, List<Diagnostic> findings)
    {
        using var document = JsonDocument.Parse(source.Json, Limits.Document);
        return ResumeJson.ReadRoot(document.RootElement, findings, source.PlaceByPointer);
    }
}
