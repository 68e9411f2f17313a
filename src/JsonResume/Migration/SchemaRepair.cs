using System.Text;
using System.Text.Json.Nodes;
using JsonResume.Diagnostics;
using JsonResume.Validation;

namespace JsonResume.Migration;

/// <summary>
/// The last step of a migration: whatever the schema validator still rejects (an email or URL that is not one, a
/// value of the wrong type) is set aside under <see cref="ResumeMigrator.UnplacedProperty"/> of its object, so the
/// output validates and nothing is lost.
/// </summary>
internal static class SchemaRepair
{
    public static void Repair(JsonObject root, List<MigrationChange> changes)
    {
        // Each pass sets aside at least one value; a handful of passes is plenty for any real document.
        for (var pass = 0; pass < 8; pass++)
        {
            var report = ResumeValidator.Validate(Encoding.UTF8.GetBytes(root.ToJsonString()));
            var rejected = report.Diagnostics
                .Where(d => d.Severity == DiagnosticSeverity.Error && d.Code.StartsWith("JR1", StringComparison.Ordinal) && d.InstanceLocation.Length > 0)
                .Select(d => d.InstanceLocation)
                .Distinct(StringComparer.Ordinal)
                .OrderByDescending(p => p.Length) // innermost first, so an outer move does not strand an inner one
                .ToList();
            if (rejected.Count == 0)
            {
                return;
            }

            foreach (var pointer in rejected)
            {
                SetAside(root, pointer, changes);
            }
        }
    }

    private static void SetAside(JsonObject root, string pointer, List<MigrationChange> changes)
    {
        var tokens = JsonPointer.Split(pointer);
        JsonNode? node = root;
        var parentPointer = "";
        for (var i = 0; i < tokens.Count - 1 && node is not null; i++)
        {
            node = node is JsonObject o ? o[tokens[i]] : node is JsonArray a && int.TryParse(tokens[i], out var n) && n < a.Count ? a[n] : null;
            parentPointer = JsonPointer.Append(parentPointer, tokens[i]);
        }

        var key = tokens[^1];
        if (node is JsonObject parent && parent.TryGetPropertyValue(key, out var value))
        {
            parent.Remove(key);
            ResumeMigrator.SetAside(parent, parentPointer, key, value, changes, "the schema rejects this value");
        }
        else if (node is JsonArray array && int.TryParse(key, out var index) && index < array.Count && tokens.Count >= 2)
        {
            // An item of a list is wrong: set the whole list aside in the object that holds it.
            SetAside(root, parentPointer, changes);
        }
    }
}
