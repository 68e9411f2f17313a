using System.Globalization;
using System.Text;
using System.Text.Json;
using JsonResume.Diagnostics;
using JsonResume.Import.Fields;
using JsonResume.Model;

namespace JsonResume.Import;

/// <summary>
/// What <see cref="ResumeImporter.Import(string, ImportOptions?)"/> made of a document: the résumé, and an account of
/// every line of the document: the JSON Pointer(s) it went to, or that it was not understood (and why), or that it was
/// hidden (comment, front matter, style, blank, markup); with totals and diagnostics.
/// </summary>
public sealed class ImportResult
{
    internal ImportResult(Resume resume, string? sourceName, ImportFormat format, bool includeComments, IReadOnlyList<LineReport> lines, IReadOnlyList<Diagnostic> diagnostics)
    {
        Resume = resume;
        SourceName = sourceName;
        Format = format;
        IncludeComments = includeComments;
        Lines = LineReportList.From(lines);
        Diagnostics = diagnostics;
    }

    /// <summary>
    /// The résumé. Converted from Markdown or text, it always validates against the JSON Resume schema; read from JSON
    /// (<see cref="ImportFormat.Json"/>), it is the document as read, without losing anything, and
    /// <see cref="Diagnostics"/> holds the validator's findings. Empty when the input was refused (<see cref="IsRefused"/>).
    /// </summary>
    public Resume Resume { get; }

    /// <summary>
    /// Whether the input was refused, with an error in <see cref="Diagnostics"/> saying why: bytes that are not text, or
    /// JSON that holds no résumé. Then <see cref="Resume"/> is empty and should not be written.
    /// </summary>
    public bool IsRefused { get; internal init; }

    /// <summary>The document's name, when one was given.</summary>
    public string? SourceName { get; }

    /// <summary>The format the document was read as.</summary>
    public ImportFormat Format { get; }

    /// <summary>Whether content inside HTML comments was imported.</summary>
    public bool IncludeComments { get; }

    /// <summary>One entry per line of the document, in order.</summary>
    public IReadOnlyList<LineReport> Lines { get; }

    /// <summary>Errors, warnings and notes: input refused, hidden content skipped, lines not understood, values inferred.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>How many lines fed the résumé.</summary>
    public int ImportedLines => Count(LineDisposition.Imported);

    /// <summary>How many lines hold content that was not placed.</summary>
    public int NotUnderstoodLines => Count(LineDisposition.NotUnderstood);

    /// <summary>How many lines are inside HTML comments (and so were hidden).</summary>
    public int CommentLines => Count(LineDisposition.Comment);

    /// <summary>How many lines were hidden or held no content.</summary>
    public int HiddenLines => Lines.Count(l => l.IsHidden);

    /// <summary>How many lines have a disposition.</summary>
    /// <param name="disposition">The disposition.</param>
    /// <returns>The count.</returns>
    public int Count(LineDisposition disposition) => Lines.Count(l => l.Disposition == disposition);

    /// <summary>The report for people: totals, warnings, then every line with what became of it.</summary>
    /// <returns>The text, ending with a newline.</returns>
    public string ToText()
    {
        var sb = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        sb.Append(inv, $"{SourceName ?? "document"}: read as {Format.ToString().ToLowerInvariant()}, {Lines.Count} lines: ");
        sb.Append(inv, $"{ImportedLines} imported, {NotUnderstoodLines} not understood, {HiddenLines} hidden or blank");
        var hidden = Enum.GetValues<LineDisposition>().Where(d => d is not (LineDisposition.Imported or LineDisposition.NotUnderstood))
            .Select(d => (d, n: Count(d))).Where(p => p.n > 0).Select(p => $"{p.n} {Name(p.d)}");
        sb.Append(inv, $" ({string.Join(", ", hidden)})\n");
        foreach (var d in Diagnostics)
        {
            sb.Append(d.ToString()).Append('\n');
        }

        foreach (var line in Lines)
        {
            var what = line.Disposition switch
            {
                LineDisposition.Imported => string.Join(", ", line.Pointers),
                LineDisposition.NotUnderstood => line.Reason ?? "",
                _ => line.Reason ?? "",
            };
            sb.Append(string.Create(inv, $"{line.Line,5} {Name(line.Disposition),-15} {what}").TrimEnd()).Append('\n');
        }

        return sb.ToString();
    }

    /// <summary>The report as JSON: totals, diagnostics and one object per line.</summary>
    /// <param name="writer">Where to write.</param>
    public void WriteJson(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        if (SourceName is not null)
        {
            writer.WriteString("source", SourceName);
        }

        writer.WriteString("format", Format.ToString().ToLowerInvariant());
        writer.WriteBoolean("includeComments", IncludeComments);
        writer.WriteStartObject("totals");
        writer.WriteNumber("lines", Lines.Count);
        foreach (var d in Enum.GetValues<LineDisposition>())
        {
            writer.WriteNumber(JsonName(d), Count(d));
        }

        writer.WriteEndObject();
        writer.WriteStartArray("diagnostics");
        foreach (var d in Diagnostics)
        {
            writer.WriteStartObject();
            writer.WriteString("severity", d.Severity.ToString().ToLowerInvariant());
            writer.WriteString("code", d.Code);
            writer.WriteString("message", d.Message);
            if (d.Hint is not null)
            {
                writer.WriteString("hint", d.Hint);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("lines");
        foreach (var line in Lines)
        {
            writer.WriteStartObject();
            writer.WriteNumber("line", line.Line);
            writer.WriteString("disposition", JsonName(line.Disposition));
            if (line.Pointers.Count > 0)
            {
                writer.WriteStartArray("pointers");
                foreach (var p in line.Pointers)
                {
                    writer.WriteStringValue(p);
                }

                writer.WriteEndArray();
            }

            if (line.Reason is not null)
            {
                writer.WriteString("reason", line.Reason);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>The report as indented JSON text.</summary>
    /// <returns>The JSON, ending with a newline.</returns>
    public string ToJson()
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            WriteJson(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray()).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
    }

    private static string Name(LineDisposition d) => d switch
    {
        LineDisposition.NotUnderstood => "not understood",
        LineDisposition.FrontMatter => "front matter",
        _ => d.ToString().ToLowerInvariant(),
    };

    private static string JsonName(LineDisposition d) => d switch
    {
        LineDisposition.NotUnderstood => "notUnderstood",
        LineDisposition.FrontMatter => "frontMatter",
        _ => d.ToString().ToLowerInvariant(),
    };
}
