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

    /// <summary>Alias, anchor and tag indicators.</summary>
    private static readonly System.Buffers.SearchValues<char> NodeIndicators = System.Buffers.SearchValues.Create("*&!");

    private static void WriteString(string value, IEmitter emitter, bool isKey)
    {
        // YamlDotNet's parser misreads a plain key with an alias indicator after a space (`- a *b: null` comes back as
        // the string "a *b: null"), although its emitter writes it so: keys with node indicators are quoted.
        var style = NeedsEscapes(value) || YamlScalars.LooksLikeOtherType(value) || (isKey && value.AsSpan().IndexOfAny(NodeIndicators) >= 0)
            ? ScalarStyle.DoubleQuoted
            : value.Contains('\n') ? (!isKey && LiteralKeeps(value) ? ScalarStyle.Literal : ScalarStyle.DoubleQuoted)
            : ScalarStyle.Any;
        emitter.Emit(new Scalar(AnchorName.Empty, TagName.Empty, value, style, isPlainImplicit: true, isQuotedImplicit: true));
    }

    /// <summary>
    /// Whether a <c>|</c> block gives the string back exactly: it starts with text (a block cannot start with a line
    /// break, and leading spaces need care), no line ends in a space (lost or misread around line breaks), and it
    /// ends with at most one line break (more needs a keep indicator). Other multi-line strings are double-quoted.
    /// </summary>
    private static bool LiteralKeeps(string value)
    {
        if (value[0] is '\n' or ' ' || value.EndsWith("\n\n", StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var line in value.Split('\n'))
        {
            if (line.EndsWith(' '))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Characters that plain, single-quoted or literal styles would change or cannot hold: a carriage return (read back
    /// as a line feed), a tab (dropped at the end of a plain key), other control characters, the byte order mark, and what YAML 1.1 readers take for line breaks (NEL,
    /// LINE SEPARATOR, PARAGRAPH SEPARATOR).
    /// </summary>
    private static bool NeedsEscapes(string value)
    {
        foreach (var c in value)
        {
            if ((char.IsControl(c) && c is not '\n') || c is '\u2028' or '\u2029' or '\uFEFF' || char.IsSurrogate(c))
            {
                return true;
            }
        }

        return false;
    }
}
