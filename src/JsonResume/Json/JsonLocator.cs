using System.Text.Json;
using JsonResume.Diagnostics;

namespace JsonResume.Json;

/// <summary>
/// Finds where values stand in JSON source text, by JSON Pointer. Used only when a diagnostic is reported,
/// so the fast paths never pay for line and column bookkeeping.
/// </summary>
internal static class JsonLocator
{
    /// <summary>Finds the line and column of the value at each pointer.</summary>
    /// <param name="utf8">The JSON text as UTF-8 (a byte order mark is allowed).</param>
    /// <param name="pointers">The pointers to look for.</param>
    /// <returns>The position of every pointer that was found; a property's position is that of its value.</returns>
    public static IReadOnlyDictionary<string, TextPosition> Locate(ReadOnlySpan<byte> utf8, IEnumerable<string> pointers)
    {
        ArgumentNullException.ThrowIfNull(pointers);
        var wanted = new HashSet<string>(pointers, StringComparer.Ordinal);
        var found = new Dictionary<string, TextPosition>(StringComparer.Ordinal);
        if (wanted.Count == 0)
        {
            return found;
        }

        var bom = utf8.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        var json = utf8[bom..];
        var reader = new Utf8JsonReader(json, new JsonReaderOptions
        {
            CommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
            MaxDepth = 4096,
        });

        // Each frame: the pointer of a container, and for arrays the index of the next item.
        var frames = new Stack<(string Pointer, bool IsArray, int NextIndex)>();
        var offsets = new List<(string Pointer, long Offset)>();
        string? property = null;
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.PropertyName)
                {
                    property = reader.GetString();
                    continue;
                }

                if (reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray)
                {
                    frames.Pop();
                    continue;
                }

                var pointer = CurrentPointer(frames, property);
                property = null;
                if (wanted.Remove(pointer))
                {
                    // Offsets come in ascending order: all of them are placed in one pass at the end (placing each
                    // one from the start of the text made many findings quadratic).
                    offsets.Add((pointer, reader.TokenStartIndex + bom));
                    if (wanted.Count == 0)
                    {
                        break;
                    }
                }

                if (reader.TokenType == JsonTokenType.StartObject)
                {
                    frames.Push((pointer, false, 0));
                }
                else if (reader.TokenType == JsonTokenType.StartArray)
                {
                    frames.Push((pointer, true, 0));
                }
            }
        }
        catch (JsonException)
        {
            // Broken text: report what was found before the break.
        }

        var positions = Locate(utf8, offsets.Select(o => o.Offset).ToArray());
        for (var k = 0; k < offsets.Count; k++)
        {
            found[offsets[k].Pointer] = positions[k];
        }

        return found;
    }

    /// <summary>
    /// Finds the line and column of byte offsets (such as <see cref="Utf8JsonReader.TokenStartIndex"/>) in one pass
    /// over the text. Used by validators that note offsets while reading and place diagnostics only when reporting.
    /// </summary>
    /// <param name="utf8">The UTF-8 text the offsets refer to (a byte order mark does not count as a column).</param>
    /// <param name="offsets">Byte offsets, in ascending order.</param>
    /// <returns>The position of each offset, in the same order.</returns>
    public static TextPosition[] Locate(ReadOnlySpan<byte> utf8, ReadOnlySpan<long> offsets)
    {
        var positions = new TextPosition[offsets.Length];
        var line = 1;
        var column = 1;
        var i = utf8.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        for (var k = 0; k < offsets.Length; k++)
        {
            if (k > 0 && offsets[k] < offsets[k - 1])
            {
                throw new ArgumentException("Offsets must be in ascending order.", nameof(offsets));
            }

            TextPosition.Advance(utf8, ref i, (int)Math.Clamp(offsets[k], 0, utf8.Length), ref line, ref column);

            positions[k] = new TextPosition(line, column);
        }

        return positions;
    }

    /// <summary>Finds the line and column of the value at one pointer.</summary>
    /// <param name="utf8">The JSON text as UTF-8.</param>
    /// <param name="pointer">The pointer to look for.</param>
    /// <returns>Its position, or <see cref="TextPosition.Unknown"/>.</returns>
    public static TextPosition Locate(ReadOnlySpan<byte> utf8, string pointer) =>
        Locate(utf8, [pointer]).TryGetValue(pointer, out var p) ? p : TextPosition.Unknown;

    private static string CurrentPointer(Stack<(string Pointer, bool IsArray, int NextIndex)> frames, string? property)
    {
        if (frames.Count == 0)
        {
            return JsonPointer.Root;
        }

        var top = frames.Pop();
        string pointer;
        if (top.IsArray)
        {
            pointer = JsonPointer.Append(top.Pointer, top.NextIndex);
            top.NextIndex++;
        }
        else
        {
            pointer = JsonPointer.Append(top.Pointer, property ?? "");
        }

        frames.Push(top);
        return pointer;
    }
}
