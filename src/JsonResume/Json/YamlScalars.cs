using System.Text.RegularExpressions;

namespace JsonResume.Json;

/// <summary>
/// The one table of what a YAML scalar means, for the reader (<see cref="YamlReader"/>) and the writer
/// (<see cref="YamlWriter"/>) alike. Reading follows the YAML 1.2 core schema narrowed to what JSON can hold: a plain
/// scalar is <c>null</c> (<c>null</c>, <c>Null</c>, <c>NULL</c>, <c>~</c> or nothing), a boolean (<c>true</c>,
/// <c>false</c> in the core schema's three spellings) or a number when its text is a JSON number (kept exactly as
/// written); everything else is a string, so <c>2019-05</c>, <c>0123</c>, <c>+1</c>, <c>0x1F</c>, <c>.inf</c> and the
/// YAML 1.1 words <c>yes</c>, <c>no</c>, <c>on</c>, <c>off</c> stay text as written. Writing quotes every string that
/// this reader, a YAML 1.2 core reader or a YAML 1.1 reader (PyYAML, js-yaml's timestamps) would read as anything else.
/// </summary>
internal static partial class YamlScalars
{
    /// <summary>The JSON kind of a scalar's value.</summary>
    public enum Kind
    {
        /// <summary>A string.</summary>
        String,

        /// <summary>A number (the text is a JSON number).</summary>
        Number,

        /// <summary><c>true</c>.</summary>
        True,

        /// <summary><c>false</c>.</summary>
        False,

        /// <summary><c>null</c>.</summary>
        Null,
    }

    /// <summary>What a plain (unquoted, untagged) scalar means.</summary>
    /// <param name="text">The scalar's text.</param>
    /// <returns>Its kind.</returns>
    public static Kind ResolvePlain(string text) => text switch
    {
        "" or "~" or "null" or "Null" or "NULL" => Kind.Null,
        "true" or "True" or "TRUE" => Kind.True,
        "false" or "False" or "FALSE" => Kind.False,
        _ => IsJsonNumber(text) ? Kind.Number : Kind.String,
    };

    /// <summary>Whether text is a number in JSON's grammar (RFC 8259): <c>-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?</c>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>Whether it is.</returns>
    public static bool IsJsonNumber(string text) => JsonNumber().IsMatch(text);

    /// <summary>
    /// Whether a string must be quoted so that every YAML reader gives it back as a string: it reads as null, a
    /// boolean, a number or a timestamp in YAML 1.2 (core schema) or YAML 1.1, or it is empty.
    /// </summary>
    /// <param name="text">The string.</param>
    /// <returns>Whether plain style would change its type for some reader.</returns>
    public static bool LooksLikeOtherType(string text) =>
        text.Length == 0 || ResolvePlain(text) != Kind.String || OtherSchemas().IsMatch(text);

    [GeneratedRegex(@"^-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?\z", RegexOptions.CultureInvariant)]
    private static partial Regex JsonNumber();

    // YAML 1.1 booleans (y, yes, on…), its merge and value keys, and numbers of either version's schema (signs,
    // leading zeros, underscores, sexagesimal 1:30, hex, octal, binary, .inf, .nan), and 1.1 timestamps (2019-05-01…).
    [GeneratedRegex(
        @"^(?:[yYnN]|[yY]es|YES|[nN]o|NO|[oO]n|ON|[oO]ff|OFF|<<|=" +
        @"|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])*(?:\.[0-9_]*)?(?:[eE][-+]?[0-9]+)?" +
        @"|[-+]?\.[0-9][0-9_]*(?:[eE][-+]?[0-9]+)?" +
        @"|[-+]?0[xob][0-9a-fA-F_]+|0o?[0-7_]+" +
        @"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)" +
        @"|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt \t].*)?)\z", RegexOptions.CultureInvariant)]
    private static partial Regex OtherSchemas();
}
