using System.Text.Json;
using System.Text.Json.Nodes;
using JsonResume.Diagnostics;
using JsonResume.Json;

namespace JsonResume.Migration;

/// <summary>
/// The migration of a whole document held as one editable tree: each step over the whole document, then the next.
/// It takes every shape; <see cref="StreamingMigration"/> does the same work an entry at a time on the shapes it
/// knows, and hands every other document to this.
/// </summary>
internal static class TreeMigration
{
    /// <summary>Migrates a well-formed document whose root is an object; the tree is what is left for
    /// <see cref="RejectedValues"/>.</summary>
    public static JsonObject Migrate(ReadOnlySpan<byte> utf8, List<MigrationChange> changes)
    {
        // The editable tree is built from the text itself (no JsonDocument in between): every value stays as written,
        // and the earlier of two properties with the same name is set aside instead of lost.
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = JsonInput.MaxDepth });
        reader.Read();
        var root = (JsonObject)NodeBuilder.Build(ref reader, LazyPointer.Of(JsonPointer.Root), changes)!;

        SchemaReference.Update(root, changes);
        MigrateRoot(root, changes);
        if (root["basics"] is JsonObject basics)
        {
            LegacyFields.MigrateBasics(basics, changes);
        }

        foreach (var step in LegacyFields.EntrySteps)
        {
            ForEachEntry(root, step.Section, (entry, pointer) => step.Apply(entry, pointer, changes));
        }

        LegacyFields.MigrateDatesUnder(root, LazyPointer.Of(JsonPointer.Root), changes);
        return TypeRepair.Repair(root, changes);
    }

    private static void MigrateRoot(JsonObject root, List<MigrationChange> changes)
    {
        if (root["hobbies"] is JsonArray hobbies && root["interests"] is null)
        {
            root.Remove("hobbies");
            var interests = new JsonArray();
            foreach (var item in hobbies)
            {
                interests.Add(item is JsonValue v && v.TryGetValue<string>(out var name) ? new JsonObject { ["name"] = name } : item?.DeepClone());
            }

            root["interests"] = interests;
            changes.Add(new MigrationChange("/interests", hobbies.ToJsonString(Limits.Node), interests.ToJsonString(Limits.Node), "hobbies became interests (names as interest entries)"));
        }

        if (root["bio"] is JsonNode bio)
        {
            var basics = root["basics"] as JsonObject ?? new JsonObject();
            root["basics"] ??= basics;
            root.Remove("bio");
            if (bio is JsonObject fields)
            {
                foreach (var (key, value) in fields.ToList())
                {
                    fields.Remove(key);
                    if (basics[key] is null)
                    {
                        basics[key] = value;
                        changes.Add(new MigrationChange(JsonPointer.Append("/basics", key), value?.ToJsonString(Limits.Node), value?.ToJsonString(Limits.Node), $"bio.{key} moved to basics.{key}"));
                    }
                    else
                    {
                        ResumeMigrator.SetAside(basics, "/basics", "bio." + key, value, changes, $"basics.{key} already exists");
                    }
                }
            }
            else if (bio is JsonValue text && text.TryGetValue<string>(out var summary) && basics["summary"] is null)
            {
                basics["summary"] = summary;
                changes.Add(new MigrationChange("/basics/summary", bio.ToJsonString(Limits.Node), JsonValue.Create(summary).ToJsonString(Limits.Node), "bio became basics.summary"));
            }
            else
            {
                ResumeMigrator.SetAside(root, "", "bio", bio, changes, "bio has no place in JSON Resume 1.3.1");
            }
        }
    }

    private static void ForEachEntry(JsonObject root, string section, Action<JsonObject, string> action)
    {
        if (root[section] is not JsonArray entries)
        {
            return;
        }

        for (var i = 0; i < entries.Count; i++)
        {
            if (entries[i] is JsonObject entry)
            {
                action(entry, JsonPointer.Append("/" + section, i));
            }
        }
    }
}
