using System.Runtime.InteropServices;
using System.Text.Json;
using JsonResume.Model;

namespace JsonResume.Json;

/// <summary>
/// Copies a résumé as writing it with <see cref="ResumeJson.WriteUtf8"/> and reading it back with
/// <see cref="ResumeJson.Read(ReadOnlyMemory{byte})"/> would, in one walk over the model (the generated part is
/// <c>ModelCopy.g.cs</c>). Strings and extension values are immutable and shared with the original.
/// </summary>
internal static partial class ModelCopy
{
    /// <summary>The copy, or null where it could differ from the JSON round trip (a null list item, an extension
    /// property the reader would take as a schema property, text that is not Unicode, an undefined value): the caller
    /// then goes through JSON.</summary>
    public static Resume? Copy(Resume resume)
    {
        var state = new CopyState();
        var copy = CopyResume(resume, state);
        return state.Exact ? copy : null;
    }

    /// <summary>
    /// Whether <see cref="Copy"/> would return a copy, checked without copying: then the résumé itself equals its JSON
    /// round trip (the copy would differ only by holding no empty extension dictionaries), and can stand for it.
    /// </summary>
    public static bool IsExact(Resume resume) => IsExactResume(resume);

    private static bool IsExactText(string? value) => value is null || IsUnicode(value);

    private static bool AreExactTexts(List<string>? values)
    {
        if (values is null)
        {
            return true;
        }

        foreach (var value in values)
        {
            if (value is null || !IsUnicode(value))
            {
                return false;
            }
        }

        return true;
    }

    private static bool AreExactObjects<T>(List<T>? items, Func<T, bool> isExact)
        where T : class
    {
        if (items is null)
        {
            return true;
        }

        foreach (var item in items)
        {
            if (item is null || !isExact(item))
            {
                return false;
            }
        }

        return true;
    }

    private static bool AreExactExtensions(Dictionary<string, JsonElement>? extensions)
    {
        if (extensions is null)
        {
            return true;
        }

        foreach (var (name, value) in extensions)
        {
            if (value.ValueKind == JsonValueKind.Undefined || !IsUnicode(name) || LoneSurrogates.Any(JsonMarshal.GetRawUtf8Value(value)))
            {
                return false;
            }
        }

        return true;
    }

    private static string? Text(string? value, CopyState state)
    {
        if (value is not null && state.Exact && !IsUnicode(value))
        {
            state.Exact = false;
        }

        return value;
    }

    private static List<string>? Texts(List<string>? values, CopyState state)
    {
        if (values is null)
        {
            return null;
        }

        foreach (var value in values)
        {
            if (value is null)
            {
                state.Exact = false;
                break;
            }

            Text(value, state);
        }

        return [.. values];
    }

    private static List<T>? Objects<T>(List<T>? items, CopyState state, Func<T, CopyState, T> copy)
        where T : class
    {
        if (items is null)
        {
            return null;
        }

        var result = new List<T>(items.Count);
        foreach (var item in items)
        {
            if (item is null)
            {
                state.Exact = false;
                return result;
            }

            result.Add(copy(item, state));
        }

        return result;
    }

    private static Dictionary<string, JsonElement>? Extensions(Dictionary<string, JsonElement>? extensions, CopyState state)
    {
        if (extensions is null || extensions.Count == 0)
        {
            return null; // nothing is written, so nothing is read back
        }

        var result = new Dictionary<string, JsonElement>(extensions.Count, StringComparer.Ordinal);
        foreach (var (name, value) in extensions)
        {
            if (value.ValueKind == JsonValueKind.Undefined || !IsUnicode(name) || LoneSurrogates.Any(JsonMarshal.GetRawUtf8Value(value)))
            {
                state.Exact = false;
                return result;
            }

            result[name] = value;
        }

        return result;
    }

    /// <summary>Whether an extension property stays an extension property when read back: its name is not the schema
    /// property's, or the schema property is unset and the value is of a type the reader would not take into it.</summary>
    private static bool StaysApart(Dictionary<string, JsonElement> extensions, string name, bool unset, JsonValueKind readAs) =>
        !extensions.TryGetValue(name, out var value) || (unset && value.ValueKind != readAs);

    /// <summary>Whether text is well-formed UTF-16 (every surrogate in a pair), as a JSON writer can write it.</summary>
    private static bool IsUnicode(string value)
    {
        var span = value.AsSpan();
        var i = span.IndexOfAnyInRange('\uD800', '\uDFFF');
        while (i >= 0 && i < span.Length)
        {
            if (!char.IsHighSurrogate(span[i]) || i + 1 >= span.Length || !char.IsLowSurrogate(span[i + 1]))
            {
                return false;
            }

            i += 2;
            var next = span[i..].IndexOfAnyInRange('\uD800', '\uDFFF');
            i = next < 0 ? -1 : i + next;
        }

        return true;
    }

    private sealed class CopyState
    {
        public bool Exact { get; set; } = true;
    }
}
