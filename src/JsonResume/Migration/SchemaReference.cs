using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using JsonResume.Json;

namespace JsonResume.Migration;

/// <summary>
/// Points <c>$schema</c> at the bundled version: a JSON Resume schema URL naming another version (such as
/// <c>…/resume-schema/v1.0.0/schema.json</c>) gets the bundled version in its place, keeping the rest of the URL.
/// </summary>
internal static partial class SchemaReference
{
    public static void Update(JsonObject root, List<MigrationChange> changes)
    {
        if (root["$schema"] is not JsonValue value || value.GetValueKind() != JsonValueKind.String)
        {
            return;
        }

        var text = value.GetValue<string>();
        var version = Version().Match(text);
        if (!text.Contains("resume", StringComparison.OrdinalIgnoreCase) || !version.Success || version.Value == BundledSchema.Version)
        {
            return;
        }

        var updated = string.Concat(text.AsSpan(0, version.Index), BundledSchema.Version, text.AsSpan(version.Index + version.Length));
        root["$schema"] = updated;
        changes.Add(new MigrationChange("/$schema", value.ToJsonString(Limits.Node), JsonValue.Create(updated).ToJsonString(Limits.Node),
            $"$schema names JSON Resume {version.Value}; the document now follows {BundledSchema.Version}"));
    }

    [GeneratedRegex(@"(?<![0-9.])[0-9]+\.[0-9]+\.[0-9]+(?![0-9.]*[0-9])")]
    private static partial Regex Version();
}
