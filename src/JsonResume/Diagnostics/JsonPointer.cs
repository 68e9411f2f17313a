using System.Text;

namespace JsonResume.Diagnostics;

/// <summary>Builds and splits JSON Pointers (RFC 6901) such as <c>/work/0/startDate</c>.</summary>
internal static class JsonPointer
{
    /// <summary>The pointer of the whole document.</summary>
    public const string Root = "";

    /// <summary>Appends a property name, escaping <c>~</c> and <c>/</c>.</summary>
    /// <param name="pointer">The parent pointer.</param>
    /// <param name="property">The property name.</param>
    /// <returns>The child pointer.</returns>
    public static string Append(string pointer, string property)
    {
        ArgumentNullException.ThrowIfNull(property);
        return property.AsSpan().IndexOfAny('~', '/') < 0
            ? string.Concat(pointer, "/", property)
            : string.Concat(pointer, "/", property.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal));
    }

    /// <summary>Appends an array index.</summary>
    /// <param name="pointer">The parent pointer.</param>
    /// <param name="index">The zero-based index.</param>
    /// <returns>The child pointer.</returns>
    public static string Append(string pointer, int index) =>
        string.Concat(pointer, "/", index.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Splits a pointer into its unescaped reference tokens.</summary>
    /// <param name="pointer">A pointer; empty for the root.</param>
    /// <returns>The tokens, outermost first.</returns>
    public static IReadOnlyList<string> Split(string pointer)
    {
        ArgumentNullException.ThrowIfNull(pointer);
        if (pointer.Length == 0)
        {
            return [];
        }

        if (pointer[0] != '/')
        {
            throw new ArgumentException($"A JSON Pointer starts with '/': \"{pointer}\".", nameof(pointer));
        }

        return pointer[1..].Split('/')
            .Select(t => t.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal))
            .ToArray();
    }

    /// <summary>Escapes one reference token.</summary>
    /// <param name="token">A property name.</param>
    /// <returns>The escaped token.</returns>
    public static string Escape(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        var sb = new StringBuilder(token.Length);
        foreach (var c in token)
        {
            _ = c switch
            {
                '~' => sb.Append("~0"),
                '/' => sb.Append("~1"),
                _ => sb.Append(c),
            };
        }

        return sb.ToString();
    }
}
