using System.Text.Json;
using JsonResume.Diagnostics;

namespace JsonResume.Validation;

/// <summary>JR2005: property names from JSON Resume 0.0.x that the current schema renamed.</summary>
internal static partial class SemanticChecks
{
    /// <summary>An old property name found in a document.</summary>
    /// <param name="Old">The 0.0.x name.</param>
    /// <param name="New">What it is called now.</param>
    internal readonly record struct OldNameMatch(string Old, string New);

    // (object path in the schema, old name, current name). Object paths are those of the generated validator:
    // "" for the root, "basics", "work[]"…
    private static readonly (string Path, string Old, string New)[] Renamed =
    [
        ("", "hobbies", "interests"),
        ("", "bio", "basics.summary"),
        ("basics", "website", "url"),
        ("basics", "picture", "image"),
        ("basics", "firstName", "name"),
        ("basics", "lastName", "name"),
        ("work[]", "company", "name"),
        ("work[]", "website", "url"),
        ("volunteer[]", "website", "url"),
        ("publications[]", "website", "url"),
        ("projects[]", "website", "url"),
        ("education[]", "gpa", "score"),
    ];

    /// <summary>Whether an unknown property of an object is an old name.</summary>
    /// <param name="objectPath">The object's path in the schema.</param>
    /// <param name="reader">The reader, on the property name.</param>
    /// <returns>The match, or null.</returns>
    public static OldNameMatch? OldName(string objectPath, ref Utf8JsonReader reader)
    {
        foreach (var (path, old, renamed) in Renamed)
        {
            if (path == objectPath && reader.ValueTextEquals(old))
            {
                return new OldNameMatch(old, renamed);
            }
        }

        return null;
    }

    /// <summary>Reports an old property name.</summary>
    /// <param name="context">The run, at the object.</param>
    /// <param name="match">The old name.</param>
    /// <param name="offset">Byte offset of the property's value.</param>
    public static void ReportOldName(ValidationContext context, OldNameMatch match, long offset) =>
        context.Report(new Diagnostic(context.SemanticSeverity, DiagnosticCodes.OldPropertyName,
            $"\"{match.Old}\" is the JSON Resume 0.0.x name of \"{match.New}\"; the current schema ignores it")
        {
            Found = $"\"{match.Old}\"",
            Hint = "Migrate the document (ResumeMigrator.Migrate) to rename old properties.",
        }, offset, match.Old);
}
