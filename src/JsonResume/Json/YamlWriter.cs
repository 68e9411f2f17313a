using System.Text.Json;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace JsonResume.Json;

/// <summary>
/// Writes a JSON document as YAML that reads back as the same JSON: keys in their order (repeated ones too), numbers
/// as written, every string that some YAML reader would take for another type quoted (<see cref="YamlScalars"/>),
/// strings with characters YAML folds or cannot show (carriage returns, control characters, Unicode line separators)
/// double-quoted with escapes, other multi-line strings as literal blocks. Two-space indentation, no line wrapping,
/// <c>\n</c> line endings. YamlDotNet's emitter writes the events (no reflection: trim- and AOT-safe).
/// </summary>
internal static class YamlWriter
{
    private static readonly EmitterSettings Settings = new EmitterSettings()
        .WithBestIndent(2)
        .WithBestWidth(int.MaxValue)
        .WithIndentedSequences()
        .WithNewLine("\n");

    /// <summary>Writes a parsed JSON value as a YAML document.</summary>
    /// <param name="root">The value.</param>
    /// <returns>The YAML text, ending with a newline.</returns>
    public static string Write(JsonElement root)
    {
        using var output = new StringWriter(System.Globalization.CultureInfo.InvariantCulture) { NewLine = "\n" };
        var emitter = new Emitter(output, Settings);
        emitter.Emit(new StreamStart());
        emitter.Emit(new DocumentStart(null, null, isImplicit: true));
        Write(root, emitter);
        emitter.Emit(new DocumentEnd(isImplicit: true));
        emitter.Emit(new StreamEnd());
        return output.ToString();
    }

    private static void Write(JsonElement value, IEmitter emitter)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                var empty = !value.EnumerateObject().Any();
                emitter.Emit(new MappingStart(AnchorName.Empty, TagName.Empty, isImplicit: true, empty ? MappingStyle.Flow : MappingStyle.Block));
                foreach (var property in value.EnumerateObject())
                {
                    WriteString(property.Name, emitter, isKey: true);
                    Write(property.Value, emitter);
                }

                emitter.Emit(new MappingEnd());
                break;
            case JsonValueKind.Array:
                emitter.Emit(new SequenceStart(AnchorName.Empty, TagName.Empty, isImplicit: true, value.GetArrayLength() == 0 ? SequenceStyle.Flow : SequenceStyle.Block));
                foreach (var item in value.EnumerateArray())
                {
                    Write(item, emitter);
                }

                emitter.Emit(new SequenceEnd());
                break;
            case JsonValueKind.String:
                WriteString(value.GetString()!, emitter, isKey: false);
                break;
            default:
                // Numbers keep their text exactly (JSON's grammar is a subset of what YAML reads as a number);
                // true, false and null are the same words in both.
                emitter.Emit(new Scalar(AnchorName.Empty, TagName.Empty, value.GetRawText(), ScalarStyle.Plain, isPlainImplicit: true, isQuotedImplicit: false));
                break;
        }
    }

    private static void WriteString(string value, IEmitter emitter, bool isKey)
    {
        var style = NeedsEscapes(value) || YamlScalars.LooksLikeOtherType(value) ? ScalarStyle.DoubleQuoted
            : !isKey && value.Contains('\n') ? ScalarStyle.Literal
            : ScalarStyle.Any;
        emitter.Emit(new Scalar(AnchorName.Empty, TagName.Empty, value, style, isPlainImplicit: true, isQuotedImplicit: true));
    }

    /// <summary>
    /// Characters that plain, single-quoted or literal styles would change or cannot hold: a carriage return (read back
    /// as a line feed), control characters, the byte order mark, and what YAML 1.1 readers take for line breaks (NEL,
    /// LINE SEPARATOR, PARAGRAPH SEPARATOR).
    /// </summary>
    private static bool NeedsEscapes(string value)
    {
        foreach (var c in value)
        {
            if ((char.IsControl(c) && c is not '\n' and not '\t') || c is '\u2028' or '\u2029' or '\uFEFF' || char.IsSurrogate(c))
            {
                return true;
            }
        }

        return false;
    }
}
