using System.Text.Json;
using JsonResume.Diagnostics;

namespace JsonResume.Validation;

/// <summary>
/// JR2006: properties the schema does not define. The schema allows them, so a misspelt key (<c>emial</c>,
/// <c>skils</c>, <c>Work</c>) is valid JSON Resume whose value every theme silently ignores; this names it and the
/// closest property the schema does define there.
/// </summary>
internal static class UnknownProperties
{
    /// <summary>Names up to this long may differ from a known name by one edit to be suggested; longer ones by two.</summary>
    private const int ShortNameLength = 4;

    /// <summary>Edits (insert, delete, replace, swap two neighbours) allowed between a short name and its suggestion.</summary>
    private const int ShortNameEdits = 1;

    /// <summary>Edits allowed between a longer name and its suggestion.</summary>
    private const int LongNameEdits = 2;

    /// <summary>
    /// Whether the property is an extension by convention: a name starting with <c>x-</c> or <c>_</c>, or anything inside
    /// <c>meta</c>, where the JSON Resume schema asks tools to keep their own settings (such as <c>meta.theme</c>).
    /// </summary>
    /// <param name="objectPath">The object's path in the schema, such as <c>work[]</c>.</param>
    /// <param name="reader">The reader, on the property name (not moved).</param>
    /// <returns>Whether it is never reported.</returns>
    public static bool IsExtension(string objectPath, ref Utf8JsonReader reader)
    {
        if (objectPath == "meta" || objectPath.StartsWith("meta.", StringComparison.Ordinal))
        {
            return true;
        }

        // The common case is decided on the raw bytes, without allocating; an escaped name is rare enough to unescape.
        return reader.ValueIsEscaped
            ? reader.GetString() is { } name && (name.StartsWith("x-", StringComparison.OrdinalIgnoreCase) || name.StartsWith('_'))
            : reader.ValueSpan.StartsWith("x-"u8) || reader.ValueSpan.StartsWith("X-"u8) || reader.ValueSpan.StartsWith("_"u8);
    }

    /// <summary>Reports an unknown property with the closest known name.</summary>
    /// <param name="context">The run, at the object.</param>
    /// <param name="objectPath">The object's path in the schema.</param>
    /// <param name="name">The unknown name.</param>
    /// <param name="known">The names the schema defines there.</param>
    /// <param name="offset">Byte offset of the property's value (where its pointer leads, as for every finding).</param>
    public static void Report(ValidationContext context, string objectPath, string name, string[] known, long offset)
    {
        var where = objectPath.Length == 0 ? "at the top level of a résumé" : $"in {objectPath}";
        var suggestion = Suggest(name, known);
        context.Report(new Diagnostic(context.SemanticSeverity, DiagnosticCodes.UnknownProperty,
            suggestion is null
                ? $"\"{name}\" is not a property the schema defines {where}; tools and themes ignore it"
                : $"\"{name}\" is not a property the schema defines {where}; did you mean \"{suggestion}\"?")
        {
            Found = $"\"{name}\"",
            Hint = suggestion is null
                ? "Check the spelling against the schema, or start the name with \"x-\" to mark it as your own extension."
                : $"Rename it to \"{suggestion}\", or start the name with \"x-\" if it is your own extension.",
        }, offset, name);
    }

    /// <summary>
    /// The known name closest to <paramref name="name"/>: the same letters in another case, singular or plural of it,
    /// or the fewest edits within the allowed number; ties go to the schema's order. Null when none is close.
    /// </summary>
    /// <param name="name">The unknown name.</param>
    /// <param name="known">The names the schema defines there.</param>
    /// <returns>The suggestion, or null.</returns>
    public static string? Suggest(string name, IReadOnlyList<string> known)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        var allowed = name.Length <= ShortNameLength ? ShortNameEdits : LongNameEdits;
        foreach (var candidate in known)
        {
            if (string.Equals(candidate, name, StringComparison.OrdinalIgnoreCase) || IsPluralOf(candidate, name) || IsPluralOf(name, candidate))
            {
                return candidate;
            }

            var distance = Distance(name.ToLowerInvariant(), candidate.ToLowerInvariant(), allowed);
            if (distance <= allowed && distance < bestDistance)
            {
                (best, bestDistance) = (candidate, distance);
            }
        }

        return best;
    }

    private static bool IsPluralOf(string plural, string singular) =>
        plural.Length == singular.Length + 1 && plural.EndsWith('s') && plural.StartsWith(singular, StringComparison.OrdinalIgnoreCase);

    /// <summary>Optimal string alignment distance (Damerau–Levenshtein without repeated edits of one substring), capped.</summary>
    private static int Distance(string a, string b, int cap)
    {
        if (Math.Abs(a.Length - b.Length) > cap)
        {
            return cap + 1;
        }

        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
