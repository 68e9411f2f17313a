using System.Text.Json;
using System.Text.Json.Nodes;
using JsonResume.Diagnostics;
using JsonResume.Json;

namespace JsonResume.Migration;

/// <summary>
/// The changes made inside one object, shared by the whole-document migration (<see cref="TreeMigration"/>) and the
/// entry-by-entry one (<see cref="StreamingMigration"/>): renamed fields of <c>basics</c> and of section entries, the
/// grade, and dates in every object.
/// </summary>
internal static class LegacyFields
{
    private static readonly string[] DateFields = ["startDate", "endDate", "date", "releaseDate"];
    private static readonly string[] WebsiteSections = ["work", "volunteer", "publications", "projects", "education", "certificates", "awards"];

    /// <summary>
    /// The changes made to the entries of a section, in the order the migration makes them (every entry for one, then
    /// the next): where two changes share a place in the migrated document, the change list keeps this order.
    /// </summary>
    public static readonly IReadOnlyList<EntryStep> EntrySteps =
    [
        .. WebsiteSections.Select(section => new EntryStep(section, static (entry, pointer, changes) =>
            Rename(entry, pointer, "website", "url", changes, "website is url since JSON Resume 1.0"))),
        new EntryStep("work", static (entry, pointer, changes) => Rename(entry, pointer, "company", "name", changes, "work[].company is work[].name since JSON Resume 1.0")),
        new EntryStep("education", MigrateGpa),
    ];

    /// <summary>Whether a property name is one of the date fields <see cref="MigrateDates"/> rewrites.</summary>
    public static bool IsDateField(string name) => DateFields.Contains(name);

    /// <summary>The 0.0.x names in <c>basics</c>: website, picture, and a name given in two parts.</summary>
    public static void MigrateBasics(JsonObject basics, List<MigrationChange> changes)
    {
        Rename(basics, "/basics", "website", "url", changes, "basics.website is basics.url since JSON Resume 1.0");
        Rename(basics, "/basics", "picture", "image", changes, "basics.picture is basics.image since JSON Resume 1.0");
        var first = Take(basics, "firstName") ?? Take(basics, "firstname");
        var last = Take(basics, "lastName") ?? Take(basics, "lastname");
        if (first is not null || last is not null)
        {
            var name = string.Join(' ', new[] { first, last }.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s!.Trim()));
            if (basics["name"] is null && name.Length > 0)
            {
                basics["name"] = name;
                changes.Add(new MigrationChange("/basics/name", JsonValue.Create($"{first} {last}".Trim()).ToJsonString(Limits.Node), JsonValue.Create(name).ToJsonString(Limits.Node), "firstName and lastName became basics.name"));
            }
            else
            {
                ResumeMigrator.SetAside(basics, "/basics", "firstName lastName", JsonValue.Create(name), changes, "basics.name already exists");
            }
        }
    }

    /// <summary>
    /// Rewrites the dates of every object in a value (the value itself included), outermost first and in the order of
    /// the properties, leaving out what is under <see cref="ResumeMigrator.UnplacedProperty"/>.
    /// </summary>
    public static void MigrateDatesUnder(JsonNode node, LazyPointer pointer, List<MigrationChange> changes)
    {
        // An explicit stack rather than nested iterators, whose cost grows with the depth at every level.
        var pending = new Stack<(JsonNode Node, LazyPointer Pointer)>();
        pending.Push((node, pointer));
        while (pending.TryPop(out var next))
        {
            if (next.Node is JsonObject obj)
            {
                MigrateDates(obj, next.Pointer, changes);
                var children = obj.ToList(); // after this object's own changes, as the properties then stand
                for (var i = children.Count - 1; i >= 0; i--)
                {
                    var (key, child) = children[i];
                    if (child is JsonObject or JsonArray && key != ResumeMigrator.UnplacedProperty)
                    {
                        pending.Push((child, next.Pointer.Child(key)));
                    }
                }
            }
            else if (next.Node is JsonArray array)
            {
                for (var i = array.Count - 1; i >= 0; i--)
                {
                    if (array[i] is JsonObject or JsonArray)
                    {
                        pending.Push((array[i]!, next.Pointer.Child(i)));
                    }
                }
            }
        }
    }

    private static void MigrateDates(JsonObject obj, LazyPointer pointer, List<MigrationChange> changes)
    {
        foreach (var field in DateFields)
        {
            if (obj[field] is not JsonValue value || !value.TryGetValue<string>(out var text))
            {
                continue;
            }

            if (field == "endDate" && LegacyDates.IsOpenEnded(text))
            {
                obj.Remove(field);
                changes.Add(new MigrationChange(JsonPointer.Append(pointer.ToString(), field), value.ToJsonString(Limits.Node), null, "an open end is written by leaving endDate out"));
            }
            else if (text.Length == 0)
            {
                obj.Remove(field);
                changes.Add(new MigrationChange(JsonPointer.Append(pointer.ToString(), field), value.ToJsonString(Limits.Node), null, "an empty date says nothing; removed"));
            }
            else if (LegacyDates.ToIso(text) is { } iso)
            {
                obj[field] = iso;
                changes.Add(new MigrationChange(JsonPointer.Append(pointer.ToString(), field), value.ToJsonString(Limits.Node), JsonValue.Create(iso).ToJsonString(Limits.Node), "date written as an ISO 8601 partial date"));
            }
        }
    }

    private static void MigrateGpa(JsonObject entry, string pointer, List<MigrationChange> changes)
    {
        if (entry["gpa"] is { } gpa && entry["score"] is null)
        {
            entry.Remove("gpa");
            var score = gpa is JsonValue v && v.GetValueKind() is JsonValueKind.Number or JsonValueKind.String ? v.ToString() : null;
            if (score is null)
            {
                ResumeMigrator.SetAside(entry, pointer, "gpa", gpa, changes, "gpa is not a number or text");
                return;
            }

            entry["score"] = score;
            changes.Add(new MigrationChange(JsonPointer.Append(pointer, "score"), gpa.ToJsonString(Limits.Node), JsonValue.Create(score).ToJsonString(Limits.Node), "education[].gpa is education[].score since JSON Resume 1.0"));
        }
    }

    private static string? Take(JsonObject obj, string key)
    {
        if (obj[key] is JsonValue v && v.TryGetValue<string>(out var s))
        {
            obj.Remove(key);
            return s;
        }

        return null;
    }

    private static void Rename(JsonObject obj, string pointer, string from, string to, List<MigrationChange> changes, string why)
    {
        if (!obj.TryGetPropertyValue(from, out var value))
        {
            return;
        }

        obj.Remove(from);
        if (obj.ContainsKey(to))
        {
            ResumeMigrator.SetAside(obj, pointer, from, value, changes, $"{to} already exists");
            return;
        }

        obj[to] = value;
        changes.Add(new MigrationChange(JsonPointer.Append(pointer, to), value?.ToJsonString(Limits.Node) ?? "null", value?.ToJsonString(Limits.Node) ?? "null", $"renamed {from} to {to}: {why}"));
    }
}
