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
        var suggestion = context.Suggest(objectPath, name, known);
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
}
