using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using JsonResume.Diagnostics;
using JsonResume.Json;
using JsonResume.Model;

namespace JsonResume.Layout;

/// <summary>
/// The extensions block: what Markdown and plain text cannot show (properties outside the schema, empty lists and empty
/// objects), written as a sparse résumé in JSON at the end of the document, and merged back when reading.
/// </summary>
internal static class ExtensionsBlock
{
    /// <summary>The info string of the fenced Markdown block.</summary>
    public const string MarkdownInfo = "json extensions";

    /// <summary>How many levels of the block (its root object is the first) are written one value per line, indented
    /// by two spaces a level; deeper objects and arrays are written compact, each on one line. Ordinary blocks (a
    /// section, an entry, a field, a small value) stay well above it; a value nested hundreds deep no longer becomes
    /// hundreds of lines indented by hundreds of spaces (text growing with the square of the depth).</summary>
    public const int IndentedDepth = 8;

    /// <summary>For the merged root properties on their way back to the reader: compact, non-ASCII text unescaped.</summary>
    private static readonly JsonWriterOptions CompactOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        MaxDepth = Limits.InternalDepth,
    };

    /// <summary>A repeated property is an error here (the writer never repeats one, and the merge needs one value per name).</summary>
    private static readonly JsonDocumentOptions Strict = new() { MaxDepth = Limits.InternalDepth, AllowDuplicateProperties = false };

    /// <summary>Writes the block's JSON to <paramref name="output"/> as it goes (each line after
    /// <paramref name="linePrefix"/>, <c>\n</c> between lines, no final newline): indented down to
    /// <see cref="IndentedDepth"/>, compact below.</summary>
    public static void Write(JsonObject overlay, TextWriter output, string linePrefix)
    {
        using var writer = new ExtensionsBlockWriter(output, linePrefix);
        writer.Write(overlay);
    }

    /// <summary>The longest run of <paramref name="c"/> in the block's text, counted while writing it to nowhere.</summary>
    public static int LongestRun(JsonObject overlay, char c)
    {
        using var counter = new LongestRunWriter(c);
        Write(overlay, counter, "");
        return counter.Longest;
    }

    /// <summary>Reads the block's JSON, once, into elements (linear in its length whatever the nesting: a node per level
    /// made a value nested 200 deep cost about 4 ms per KB); null (and a diagnostic) when it is not a JSON object.</summary>
    public static JsonElement? Parse(string json, int line, List<Diagnostic> diagnostics)
    {
        try
        {
            var overlay = JsonElement.Parse(json, Strict);
            if (overlay.ValueKind == JsonValueKind.Object)
            {
                Materialize(overlay);
                return overlay;
            }
        }
        catch (JsonException)
        {
            // reported below
        }
        catch (ArgumentException)
        {
            // The text holds a lone surrogate, which no JSON text can carry: reported below like any other bad block.
        }
        catch (InvalidOperationException)
        {
            // A property name or string is a lone surrogate escape (read by Materialize).
        }

        diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, DiagnosticCodes.OwnFormatBadExtensions,
            "The extensions block is not a JSON object; what it holds was not read.") { Line = line });
        return null;
    }

    /// <summary>
    /// Reads every property name and string now, so that text .NET cannot represent (a lone surrogate escape) fails
    /// inside <see cref="Parse"/> rather than when the block is merged.
    /// </summary>
    private static void Materialize(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                _ = element.GetString();
                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    _ = property.Name;
                    Materialize(property.Value);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Materialize(item);
                }

                break;
        }
    }

    /// <summary>Merges the block into a résumé read from the text: objects merge property by property, arrays item by item.</summary>
    /// <remarks>
    /// Only the root properties the block touches go through JSON and back (written merged, read again); the rest of
    /// the résumé stays the objects the text gave. Reading a root property alone gives what reading it inside the whole
    /// document gives, because the model reader reads each property by itself. The merge reads elements and writes the
    /// result as it goes (<see cref="ExtensionsMerge"/>): no tree is built or copied.
    /// </remarks>
    public static Resume Apply(Resume resume, JsonElement overlay, List<Diagnostic> diagnostics)
    {
        var root = ResumeJsonContext.Default.Resume;
        var target = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var property in overlay.EnumerateObject())
        {
            if (Current(resume, root, property.Name) is { } current)
            {
                target[property.Name] = current;
            }
        }

        ExtensionsMerge.Report(target, overlay, diagnostics);
        using var buffer = new ChunkedBufferWriter();
        using (var writer = new Utf8JsonWriter(buffer, CompactOptions))
        {
            ExtensionsMerge.Write(writer, target, overlay);
        }

        var merged = ResumeJson.Read(buffer.ToArray()).Resume;
        if (merged is null)
        {
            return resume;
        }

        foreach (var property in overlay.EnumerateObject())
        {
            var name = property.Name;
            if (Property(root, name) is { } typed)
            {
                typed.Set!(resume, typed.Get!(merged));
            }

            // A value of the wrong type is kept by the reader as extension data under the property's own name.
            if (merged.ExtensionData is { } extensions && extensions.TryGetValue(name, out var kept))
            {
                (resume.ExtensionData ??= [])[name] = kept;
            }
            else
            {
                resume.ExtensionData?.Remove(name);
            }
        }

        return resume;
    }

    /// <summary>The résumé's current value of one root property, as JSON (null when absent or null).</summary>
    private static JsonElement? Current(Resume resume, JsonTypeInfo<Resume> root, string name)
    {
        if (Property(root, name) is { } property && property.Get!(resume) is { } value)
        {
            return JsonSerializer.SerializeToElement(value, ResumeJsonContext.Default.GetTypeInfo(property.PropertyType)!);
        }

        return resume.ExtensionData is { } extensions && extensions.TryGetValue(name, out var element) && element.ValueKind != JsonValueKind.Null
            ? element
            : null;
    }

    private static JsonPropertyInfo? Property(JsonTypeInfo<Resume> root, string name)
    {
        foreach (var property in root.Properties)
        {
            if (property.Name == name && property.Get is not null && property.Set is not null)
            {
                return property;
            }
        }

        return null;
    }
}
