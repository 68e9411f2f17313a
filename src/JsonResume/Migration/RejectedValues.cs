using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using JsonResume.Diagnostics;
using JsonResume.Json;
using JsonResume.Validation;

namespace JsonResume.Migration;

/// <summary>
/// The last step of a migration: values the validator still rejects once everything else is done. A web address
/// written without its scheme (<c>www.example.com/blog</c>) gets <c>https://</c>; anything else (an email address that
/// is not one, a date that cannot exist) is set aside under <see cref="ResumeMigrator.UnplacedProperty"/> of its object
/// and reported, so that the result validates and nothing is lost. A rejected item of a list sets the whole list aside.
/// </summary>
internal static partial class RejectedValues
{
    private const int MaxRounds = 4;

    /// <summary>
    /// Sets aside what the validator rejects in a migrated document (compact JSON) and gives the document as it then
    /// stands: the same memory when nothing is rejected, else the editable tree's text after the moves.
    /// </summary>
    public static ReadOnlyMemory<byte> SetAside(ReadOnlyMemory<byte> json, List<MigrationChange> changes)
    {
        var rejected = Rejected(json);
        if (rejected.Count == 0)
        {
            return json; // the usual case: no tree of the whole document is needed
        }

        var reader = new Utf8JsonReader(json.Span, new JsonReaderOptions { MaxDepth = Limits.InternalDepth });
        reader.Read();
        var root = (JsonObject)NodeBuilder.Build(ref reader, LazyPointer.Of(JsonPointer.Root), [])!; // no repeated properties left
        for (var round = 0; round < MaxRounds; round++)
        {
            if (round > 0)
            {
                rejected = Rejected(Encoding.UTF8.GetBytes(root.ToJsonString(Limits.Node)));
            }

            var moved = 0;
            foreach (var diagnostic in rejected)
            {
                moved += TrySetAside(root, diagnostic, changes) ? 1 : 0;
            }

            if (moved == 0)
            {
                break; // valid, or nothing more that can be moved
            }
        }

        var output = new ArrayBufferWriter<byte>(json.Length + 256);
        ResumeMigrator.WriteTree(root, output);
        return output.WrittenMemory;
    }

    private static List<Diagnostic> Rejected(ReadOnlyMemory<byte> json) =>
        ResumeValidator.Validate(json).Diagnostics
            .Where(d => d.Severity == DiagnosticSeverity.Error && d.InstanceLocation.Length > 0)
            .GroupBy(d => d.InstanceLocation, StringComparer.Ordinal)
            .Select(g => g.First())
            .OrderByDescending(d => d.InstanceLocation.Length) // innermost first: an outer move must not strand an inner one
            .ToList();

    private static bool TrySetAside(JsonObject root, Diagnostic diagnostic, List<MigrationChange> changes)
    {
        var tokens = JsonPointer.Split(diagnostic.InstanceLocation);
        if (diagnostic.Code == DiagnosticCodes.InvalidUri && tokens.Count > 0
            && Navigate(root, tokens.Take(tokens.Count - 1)) is JsonObject owner
            && owner[tokens[^1]] is JsonValue address && address.TryGetValue<string>(out var text) && HostAndPath().IsMatch(text))
        {
            var full = "https://" + text;
            owner[tokens[^1]] = full;
            changes.Add(new MigrationChange(diagnostic.InstanceLocation, address.ToJsonString(Limits.Node), JsonValue.Create(full).ToJsonString(Limits.Node),
                "a web address needs its scheme: https:// added"));
            return true;
        }

        // The nearest enclosing property of an object: the value itself, or the list it is an item of.
        for (var depth = tokens.Count; depth >= 1; depth--)
        {
            if (Navigate(root, tokens.Take(depth - 1)) is not JsonObject parent || !parent.ContainsKey(tokens[depth - 1]))
            {
                continue;
            }

            var key = tokens[depth - 1];
            if (key == ResumeMigrator.UnplacedProperty)
            {
                return false;
            }

            var value = parent[key];
            parent.Remove(key);
            var parentPointer = tokens.Take(depth - 1).Aggregate(JsonPointer.Root, JsonPointer.Append);
            ResumeMigrator.SetAside(parent, parentPointer, key, value, changes, $"{diagnostic.Code}: {diagnostic.Message.TrimEnd('.')}");
            return true;
        }

        return false;
    }

    private static JsonNode? Navigate(JsonNode node, IEnumerable<string> tokens)
    {
        JsonNode? current = node;
        foreach (var token in tokens)
        {
            current = current switch
            {
                JsonObject obj => obj.TryGetPropertyValue(token, out var child) ? child : null,
                JsonArray array when int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < array.Count => array[i],
                _ => null,
            };
            if (current is null)
            {
                return null;
            }
        }

        return current;
    }

    /// <summary>A host name with at least one dot, an optional port and path: a web address without its scheme.</summary>
    [GeneratedRegex(@"^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+(:[0-9]{1,5})?(/[^\s]*)?$")]
    private static partial Regex HostAndPath();
}
