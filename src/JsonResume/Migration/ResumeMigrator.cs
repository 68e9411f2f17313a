using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using JsonResume.Diagnostics;
using JsonResume.Json;

namespace JsonResume.Migration;

/// <summary>
/// Upgrades older JSON Resume documents (0.0.x, 1.0) and common hand-made variants to the bundled 1.3.1 schema, and says
/// exactly what it changed. Nothing is dropped: a value it cannot place is set aside under <see cref="UnplacedProperty"/>
/// in the same object and reported.
/// </summary>
public static class ResumeMigrator
{
    /// <summary>The property, in the same object, where values that fit no schema field are set aside.</summary>
    public const string UnplacedProperty = "x-unmigrated";

    private static readonly string[] DateFields = ["startDate", "endDate", "date", "releaseDate"];
    private static readonly string[] WebsiteSections = ["work", "volunteer", "publications", "projects", "education", "certificates", "awards"];

    /// <summary>Migrates a document given as UTF-8 bytes.</summary>
    /// <param name="input">The document.</param>
    /// <param name="options">How to read it; <see cref="MigrationOptions.Default"/> (JSON) when null.</param>
    /// <returns>The migrated document and every change.</returns>
    public static MigrationResult Migrate(ReadOnlyMemory<byte> input, MigrationOptions? options = null)
    {
        // Reading first reports what the input itself has (broken JSON, not an object, a repeated property: the last
        // one counts, reported as a warning). A YAML input is migrated as the JSON it stands for; its findings are
        // placed in the YAML.
        ReadResult read;
        if ((options ?? MigrationOptions.Default).Format == DocumentFormat.Yaml)
        {
            var yamlFindings = new List<Diagnostic>();
            if (!YamlReader.TryRead(input, out var source, out var failure, yamlFindings))
            {
                return new MigrationResult(null, null, [], [failure!]);
            }

            read = ResumeYaml.Read(source!, yamlFindings);
            input = source!.Json;
        }
        else
        {
            read = ResumeJson.Read(input);
        }

        // A lone surrogate cannot be written to any file: the migrator refuses rather than make up a character.
        if (read.Resume is null || read.Diagnostics.Any(d => d.Code == DiagnosticCodes.LoneSurrogate)
            || !JsonInput.TryPrepare(input, out var utf8, out _, []))
        {
            return new MigrationResult(null, null, [], read.Diagnostics);
        }

        // Only the findings are kept: the model read for them would otherwise stay in memory to the end.
        var inputFindings = read.Diagnostics.Where(d => d.Code != DiagnosticCodes.KeptWrongType).ToList();
        read = null!;

        // The editable tree is built from the text itself (no JsonDocument in between): every value stays as written,
        // and the earlier of two properties with the same name is set aside instead of lost.
        var changes = new List<MigrationChange>();
        var reader = new Utf8JsonReader(utf8.Span, new JsonReaderOptions { MaxDepth = JsonInput.MaxDepth });
        reader.Read();
        var root = (JsonObject)NodeBuilder.Build(ref reader, JsonPointer.Root, changes)!;

        SchemaReference.Update(root, changes);
        MigrateRoot(root, changes);
        MigrateBasics(root, changes);
        foreach (var section in WebsiteSections)
        {
            ForEachEntry(root, section, (entry, pointer) => Rename(entry, pointer, "website", "url", changes, "website is url since JSON Resume 1.0"));
        }

        ForEachEntry(root, "work", (entry, pointer) => Rename(entry, pointer, "company", "name", changes, "work[].company is work[].name since JSON Resume 1.0"));
        ForEachEntry(root, "education", (entry, pointer) => MigrateGpa(entry, pointer, changes));
        foreach (var (obj, pointer) in Objects(root, ""))
        {
            MigrateDates(obj, pointer, changes);
        }

        var fixedTypes = TypeRepair.Repair(root, changes);
        RejectedValues.SetAside(fixedTypes, changes);
        // The tree goes to UTF-8 directly (as ToJsonString would write it, without the string and its copy in between),
        // and each stage is let go before the next is built: tree, then its text, then the canonical text's bytes.
        root = null!;
        var migrated = ReadBack(ref fixedTypes);
        var utf8Json = ResumeJson.WriteUtf8(migrated);
        var json = Encoding.UTF8.GetString(utf8Json);
        return new MigrationResult(migrated, json, ChangeOrder.InDocumentOrder(utf8Json, changes), inputFindings);
    }

    private static Model.Resume ReadBack(ref JsonObject fixedTypes)
    {
        using var tree = new MemoryStream();
        using (var writer = new Utf8JsonWriter(tree, new JsonWriterOptions { MaxDepth = Limits.InternalDepth }))
        {
            fixedTypes.WriteTo(writer, Limits.Node);
        }

        fixedTypes = null!;
        return ResumeJson.Read(tree.GetBuffer().AsMemory(0, (int)tree.Length)).Resume!;
    }

    /// <summary>Migrates a document given as text.</summary>
    /// <param name="json">The document.</param>
    /// <param name="options">How to read it; <see cref="MigrationOptions.Default"/> (JSON) when null.</param>
    /// <returns>The migrated document and every change.</returns>
    public static MigrationResult Migrate(string json, MigrationOptions? options = null) =>
        Migrate(Encoding.UTF8.GetBytes(json ?? throw new ArgumentNullException(nameof(json))), options);

    /// <summary>Migrates a document read from a stream, to its end.</summary>
    /// <param name="stream">The document.</param>
    /// <param name="options">How to read it; <see cref="MigrationOptions.Default"/> (JSON) when null.</param>
    /// <returns>The migrated document and every change.</returns>
    public static MigrationResult Migrate(Stream stream, MigrationOptions? options = null) => Migrate(InputBytes.ReadAll(stream), options);

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
                        SetAside(basics, "/basics", "bio." + key, value, changes, $"basics.{key} already exists");
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
                SetAside(root, "", "bio", bio, changes, "bio has no place in JSON Resume 1.3.1");
            }
        }
    }

    private static void MigrateBasics(JsonObject root, List<MigrationChange> changes)
    {
        if (root["basics"] is not JsonObject basics)
        {
            return;
        }

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
                SetAside(basics, "/basics", "firstName lastName", JsonValue.Create(name), changes, "basics.name already exists");
            }
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

    private static void MigrateGpa(JsonObject entry, string pointer, List<MigrationChange> changes)
    {
        if (entry["gpa"] is { } gpa && entry["score"] is null)
        {
            entry.Remove("gpa");
            var score = gpa is JsonValue v && v.GetValueKind() is JsonValueKind.Number or JsonValueKind.String ? v.ToString() : null;
            if (score is null)
            {
                SetAside(entry, pointer, "gpa", gpa, changes, "gpa is not a number or text");
                return;
            }

            entry["score"] = score;
            changes.Add(new MigrationChange(JsonPointer.Append(pointer, "score"), gpa.ToJsonString(Limits.Node), JsonValue.Create(score).ToJsonString(Limits.Node), "education[].gpa is education[].score since JSON Resume 1.0"));
        }
    }

    private static void MigrateDates(JsonObject obj, string pointer, List<MigrationChange> changes)
    {
        foreach (var field in DateFields)
        {
            if (obj[field] is not JsonValue value || !value.TryGetValue<string>(out var text))
            {
                continue;
            }

            var at = JsonPointer.Append(pointer, field);
            if (field == "endDate" && LegacyDates.IsOpenEnded(text))
            {
                obj.Remove(field);
                changes.Add(new MigrationChange(at, value.ToJsonString(Limits.Node), null, "an open end is written by leaving endDate out"));
            }
            else if (text.Length == 0)
            {
                obj.Remove(field);
                changes.Add(new MigrationChange(at, value.ToJsonString(Limits.Node), null, "an empty date says nothing; removed"));
            }
            else if (LegacyDates.ToIso(text) is { } iso)
            {
                obj[field] = iso;
                changes.Add(new MigrationChange(at, value.ToJsonString(Limits.Node), JsonValue.Create(iso).ToJsonString(Limits.Node), "date written as an ISO 8601 partial date"));
            }
        }
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
            SetAside(obj, pointer, from, value, changes, $"{to} already exists");
            return;
        }

        obj[to] = value;
        changes.Add(new MigrationChange(JsonPointer.Append(pointer, to), value?.ToJsonString(Limits.Node) ?? "null", value?.ToJsonString(Limits.Node) ?? "null", $"renamed {from} to {to}: {why}"));
    }

    /// <summary>Keeps a value that has no place under <see cref="UnplacedProperty"/> of its object, and reports it.</summary>
    internal static void SetAside(JsonObject obj, string pointer, string key, JsonNode? value, List<MigrationChange> changes, string why)
    {
        if (obj[UnplacedProperty] is not JsonObject aside)
        {
            aside = new JsonObject();
            obj[UnplacedProperty] = aside;
        }

        aside[key] = value?.DeepClone();
        changes.Add(new MigrationChange(JsonPointer.Append(JsonPointer.Append(pointer, UnplacedProperty), key), value?.ToJsonString(Limits.Node) ?? "null", value?.ToJsonString(Limits.Node) ?? "null",
            $"{key} could not be placed ({why}); kept under {UnplacedProperty}") { IsUnplaced = true });
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

    private static IEnumerable<(JsonObject Object, string Pointer)> Objects(JsonNode node, string pointer)
    {
        if (node is JsonObject obj)
        {
            yield return (obj, pointer);
            foreach (var (key, child) in obj.ToList())
            {
                if (child is not null && key != UnplacedProperty)
                {
                    foreach (var inner in Objects(child, JsonPointer.Append(pointer, key)))
                    {
                        yield return inner;
                    }
                }
            }
        }
        else if (node is JsonArray array)
        {
            for (var i = 0; i < array.Count; i++)
            {
                if (array[i] is { } child)
                {
                    foreach (var inner in Objects(child, JsonPointer.Append(pointer, i)))
                    {
                        yield return inner;
                    }
                }
            }
        }
    }
}
