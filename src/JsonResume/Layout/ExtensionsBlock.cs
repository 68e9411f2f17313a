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

    /// <summary>A repeated property is an error here (the writer never repeats one); JsonNode would otherwise throw later,
    /// when the object is first used.</summary>
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

    /// <summary>Reads the block's JSON; null (and a diagnostic) when it is not a JSON object.</summary>
    public static JsonObject? Parse(string json, int line, List<Diagnostic> diagnostics)
    {
        try
        {
            if (JsonNode.Parse(json, documentOptions: Strict) is JsonObject overlay)
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
            // A property name is a lone surrogate escape (JsonNode reads names only when first used).
        }

        diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, DiagnosticCodes.OwnFormatBadExtensions,
            "The extensions block is not a JSON object; what it holds was not read.") { Line = line });
        return null;
    }

    /// <summary>
    /// Reads every property name and string now, so that text JsonNode cannot represent (a lone surrogate escape) fails
    /// inside <see cref="Parse"/> rather than when the block is merged.
    /// </summary>
    private static void Materialize(JsonNode? node)
    {
        switch (node)
        {
            case JsonValue v when v.GetValueKind() == JsonValueKind.String:
                _ = v.GetValue<string>();
                break;
            case JsonObject o:
                foreach (var (_, value) in o)
                {
                    Materialize(value);
                }

                break;
            case JsonArray a:
                foreach (var item in a)
                {
                    Materialize(item);
                }

                break;
        }
    }

    /// <summary>Merges the block into a résumé read from the text: objects merge property by property, arrays item by item.</summary>
    /// <remarks>
    /// Only the root properties the block touches go through JSON and back (written, merged, read again); the rest of
    /// the résumé stays the objects the text gave. Reading a root property alone gives what reading it inside the whole
    /// document gives, because the model reader reads each property by itself.
    /// </remarks>
    public static Resume Apply(Resume resume, JsonObject overlay, List<Diagnostic> diagnostics)
    {
        var root = ResumeJsonContext.Default.Resume;
        var target = new JsonObject();
        foreach (var (name, _) in overlay)
        {
            if (Current(resume, root, name) is { } current)
            {
                target[name] = current;
            }
        }

        Merge(target, overlay, "", diagnostics);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, CompactOptions))
        {
            target.WriteTo(writer, Limits.Node);
        }

        if (ResumeJson.Read(buffer.GetBuffer().AsMemory(0, (int)buffer.Length)).Resume is not { } merged)
        {
            return resume;
        }

        foreach (var (name, _) in overlay)
        {
            if (Property(root, name) is { } property)
            {
                property.Set!(resume, property.Get!(merged));
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

    /// <summary>The résumé's current value of one root property, as JSON (null when absent).</summary>
    private static JsonNode? Current(Resume resume, JsonTypeInfo<Resume> root, string name)
    {
        if (Property(root, name) is { } property && property.Get!(resume) is { } value)
        {
            return JsonSerializer.SerializeToNode(value, ResumeJsonContext.Default.GetTypeInfo(property.PropertyType)!);
        }

        return resume.ExtensionData is { } extensions && extensions.TryGetValue(name, out var element)
            ? ExtensionValues.Node(element)
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

    private static void Merge(JsonObject target, JsonObject overlay, string pointer, List<Diagnostic> diagnostics)
    {
        foreach (var (name, value) in overlay)
        {
            var here = JsonPointer.Append(pointer, name);
            var existing = target[name];
            if (existing is JsonObject o && value is JsonObject v)
            {
                Merge(o, v, here, diagnostics);
            }
            else if (existing is JsonArray a && value is JsonArray w)
            {
                for (var i = 0; i < w.Count; i++)
                {
                    if (i < a.Count && a[i] is JsonObject ao && w[i] is JsonObject wo)
                    {
                        Merge(ao, wo, JsonPointer.Append(here, i), diagnostics);
                    }
                    else if (i >= a.Count)
                    {
                        a.Add(w[i]?.DeepClone());
                    }
                }
            }
            else
            {
                if (target.ContainsKey(name))
                {
                    diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, DiagnosticCodes.OwnFormatBadExtensions,
                        "The extensions block sets a value the text already sets; the block's value was kept.") { InstanceLocation = here });
                }

                target[name] = value?.DeepClone();
            }
        }
    }
}
