using System.Text.Json;
using JsonResume.Diagnostics;
using JsonResume.Model;

namespace JsonResume.Json;

/// <summary>
/// The hand-written helpers of the generated streaming reader (see <c>ModelStreamReader.g.cs</c>): it builds the model
/// as <see cref="ModelReader"/> does, with the same findings in the same order, but from a <see cref="Utf8JsonReader"/>
/// over the input, so that a large document is never held twice (as bytes and as a <see cref="JsonDocument"/>) while
/// its model is built. Every method leaves the reader on the last token of the value it read.
/// </summary>
internal static partial class ModelStreamReader
{
    /// <summary>Reads one model object; the reader stands on its <see cref="JsonTokenType.StartObject"/>.</summary>
    internal delegate T ReadObject<T>(ref Utf8JsonReader reader, string pointer, List<Diagnostic> diagnostics);

    /// <summary>
    /// Reads a résumé from well-formed JSON (checked before: see <see cref="JsonInput.TryPrepare"/>). Returns false when an
    /// object holds a property name twice: the last one counts, which needs the whole object, so the caller reads the
    /// document with <see cref="ModelReader"/> instead (nothing of this attempt is kept).
    /// </summary>
    public static bool TryRead(ReadOnlySpan<byte> utf8, List<Diagnostic> diagnostics, out Resume? resume, out JsonElement? notObject)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = JsonInput.MaxDepth });
        reader.Read();
        (resume, notObject) = (null, null);
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            notObject = JsonElement.ParseValue(ref reader);
            return true;
        }

        try
        {
            resume = ReadResume(ref reader, JsonPointer.Root, diagnostics);
            return true;
        }
        catch (RepeatedPropertyException)
        {
            return false;
        }
    }

    /// <summary>Marks a schema property as seen in this object; a second time stops the reading.</summary>
    private static void Seen(ref ulong seen, int index, string name)
    {
        var bit = 1UL << index;
        if ((seen & bit) != 0)
        {
            throw new RepeatedPropertyException(name);
        }

        seen |= bit;
    }

    /// <summary>An unknown property seen twice in this object (unknown names all go to the extension data) stops the reading.</summary>
    private static void Unknown(Dictionary<string, JsonElement>? extensionData, string name)
    {
        if (extensionData is not null && extensionData.ContainsKey(name))
        {
            throw new RepeatedPropertyException(name);
        }
    }

    /// <summary>An array of strings; on anything else the reader is back where it was and the result is false.</summary>
    private static bool TryReadStrings(ref Utf8JsonReader reader, out List<string> strings)
    {
        strings = [];
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            return false;
        }

        var start = reader;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.String)
            {
                reader = start;
                return false;
            }

            strings.Add(reader.GetString()!);
        }

        return true;
    }

    /// <summary>
    /// An array of objects, each read with <paramref name="read"/>; when an item is not an object, the reader is back
    /// where it was, the findings of the items read so far are taken back, and the result is false (as
    /// <see cref="ModelReader"/>, which checks every item before reading any).
    /// </summary>
    private static bool TryReadList<T>(ref Utf8JsonReader reader, string pointer, List<Diagnostic> diagnostics, ReadObject<T> read, out List<T> list)
    {
        list = [];
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            return false;
        }

        var start = reader;
        var found = diagnostics.Count;
        var index = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                reader = start;
                diagnostics.RemoveRange(found, diagnostics.Count - found);
                return false;
            }

            list.Add(read(ref reader, JsonPointer.Append(pointer, index++), diagnostics));
        }

        return true;
    }

    /// <summary>Keeps a value of the wrong type as written and reports it (as <see cref="ModelReader"/> does); the reader stands on its first token.</summary>
    private static JsonElement Mismatch(ref Utf8JsonReader reader, string pointer, string name, string expected, List<Diagnostic> diagnostics)
    {
        var value = JsonElement.ParseValue(ref reader);
        ModelReader.Mismatch(pointer, name, value, expected, diagnostics);
        return value;
    }

    /// <summary>A property name given twice in one object: never leaves <see cref="TryRead"/>.</summary>
#pragma warning disable CA1032, CA1064 // Private to this reader: it only unwinds the reading to TryRead, which catches it.
    private sealed class RepeatedPropertyException(string name) : Exception($"\"{name}\" appears more than once in an object.");
#pragma warning restore CA1032, CA1064
}
