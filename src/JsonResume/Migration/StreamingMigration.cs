using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Nodes;
using JsonResume.Diagnostics;
using JsonResume.Json;

namespace JsonResume.Migration;

/// <summary>
/// The migration of a document a part at a time, with the steps of <see cref="TreeMigration"/>: each entry of a
/// section, and <c>basics</c> and <c>meta</c>, become an editable tree of their own, are migrated and written out before
/// the next is read; extension data is copied token by token, and only its objects (where a date or a repeated
/// property can change) become trees. Memory follows the largest entry instead of the whole document, and no value
/// costs in proportion to its depth. Each step's changes are kept apart and joined in the order of the steps, which is
/// the order the whole-document migration makes them in, so the change list is the same.
/// </summary>
/// <remarks>
/// What needs the whole root is left to <see cref="TreeMigration"/> (the caller starts again with it): a property given
/// twice, <c>hobbies</c> and <c>bio</c> (they move into other properties), a date at the root, a section that is not a
/// list of objects, a value that would be set aside at the root.
/// </remarks>
internal static class StreamingMigration
{
    private const int Duplicates = 0;
    private const int Schema = 1;
    private const int Basics = 2;
    private const int FirstEntryStep = 3;
    private static readonly int Dates = FirstEntryStep + LegacyFields.EntrySteps.Count;
    private static readonly int Types = Dates + 1;
    private static readonly string[] MovedAtTheRoot = ["hobbies", "bio"];

    /// <summary>
    /// Writes the migrated document (compact, as <see cref="TreeMigration"/>'s tree writes itself) and gives its
    /// changes; false when the document needs the whole-document migration (what was written is then to be dropped).
    /// </summary>
    public static bool TryMigrate(ReadOnlySpan<byte> utf8, IBufferWriter<byte> output, [NotNullWhen(true)] out List<MigrationChange>? changes)
    {
        changes = null;
        var steps = new List<MigrationChange>[Types + 1];
        for (var i = 0; i < steps.Length; i++)
        {
            steps[i] = [];
        }

        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = JsonInput.MaxDepth });
        using var writer = new Utf8JsonWriter(output, new JsonWriterOptions { MaxDepth = Limits.InternalDepth });
        reader.Read();
        writer.WriteStartObject();
        var names = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString()!;
            reader.Read();
            if (!names.Add(name) || MovedAtTheRoot.Contains(name) || LegacyFields.IsDateField(name) || !TryWriteProperty(ref reader, writer, name, steps))
            {
                return false;
            }
        }

        writer.WriteEndObject();
        changes = [.. steps.SelectMany(s => s)];
        return true;
    }

    private static bool TryWriteProperty(ref Utf8JsonReader reader, Utf8JsonWriter writer, string name, List<MigrationChange>[] steps)
    {
        var pointer = JsonPointer.Append(JsonPointer.Root, name);
        if (name == ResumeMigrator.UnplacedProperty || !BundledSchema.TryGetSchemaAt(pointer, out var schema))
        {
            writer.WritePropertyName(name);
            CopyExtension(ref reader, writer, pointer, migrateDates: name != ResumeMigrator.UnplacedProperty, steps);
            return true;
        }

        var (type, itemType) = TypeRepair.TypesOf(schema);
        switch (type, reader.TokenType)
        {
            case ("array", JsonTokenType.StartArray) when itemType == "object":
                writer.WritePropertyName(name);
                return TryWriteEntries(ref reader, writer, name, pointer, steps);
            case ("object", JsonTokenType.StartObject):
                var obj = (JsonObject)NodeBuilder.Build(ref reader, LazyPointer.Of(pointer), steps[Duplicates])!;
                if (name == "basics")
                {
                    LegacyFields.MigrateBasics(obj, steps[Basics]);
                }

                LegacyFields.MigrateDatesUnder(obj, LazyPointer.Of(pointer), steps[Dates]);
                TypeRepair.RepairObject(obj, pointer, steps[Types]);
                writer.WritePropertyName(name);
                obj.WriteTo(writer, Limits.Node);
                return true;
            case ("string", JsonTokenType.String):
                // $schema: a root of its own, so that the steps see it as they would in the whole document.
                var root = new JsonObject { [name] = reader.GetString() };
                SchemaReference.Update(root, steps[Schema]);
                TypeRepair.Repair(root, steps[Types]);
                if (root.Count > 1 || (root.Count == 1 && !root.ContainsKey(name)))
                {
                    return false; // set aside at the root
                }

                if (root[name] is { } value)
                {
                    writer.WritePropertyName(name);
                    value.WriteTo(writer, Limits.Node);
                }

                return true;
            default:
                return false;
        }
    }

    private static bool TryWriteEntries(ref Utf8JsonReader reader, Utf8JsonWriter writer, string section, string sectionPointer, List<MigrationChange>[] steps)
    {
        var sectionSteps = Enumerable.Range(0, LegacyFields.EntrySteps.Count).Where(i => LegacyFields.EntrySteps[i].Section == section).ToArray();
        writer.WriteStartArray();
        for (var index = 0; reader.Read() && reader.TokenType != JsonTokenType.EndArray; index++)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                return false; // a list with other items is set aside whole
            }

            var pointer = JsonPointer.Append(sectionPointer, index);
            var entry = (JsonObject)NodeBuilder.Build(ref reader, LazyPointer.Of(pointer), steps[Duplicates])!;
            foreach (var step in sectionSteps)
            {
                LegacyFields.EntrySteps[step].Apply(entry, pointer, steps[FirstEntryStep + step]);
            }

            LegacyFields.MigrateDatesUnder(entry, LazyPointer.Of(pointer), steps[Dates]);
            TypeRepair.RepairObject(entry, pointer, steps[Types]);
            entry.WriteTo(writer, Limits.Node);
        }

        writer.WriteEndArray();
        return true;
    }

    /// <summary>
    /// Copies a value outside the schema: lists token by token (nothing in a list changes but its objects), objects as
    /// trees, whose dates (unless set aside already) and repeated properties are migrated.
    /// </summary>
    private static void CopyExtension(ref Utf8JsonReader reader, Utf8JsonWriter writer, string pointer, bool migrateDates, List<MigrationChange>[] steps)
    {
        var indices = new List<int>(); // the place of the current item in each open list, outermost first
        while (true)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.StartArray:
                    writer.WriteStartArray();
                    indices.Add(0);
                    reader.Read();
                    continue;
                case JsonTokenType.EndArray:
                    writer.WriteEndArray();
                    indices.RemoveAt(indices.Count - 1);
                    break;
                case JsonTokenType.StartObject:
                    var at = LazyPointer.Of(pointer);
                    foreach (var index in indices)
                    {
                        at = at.Child(index);
                    }

                    var obj = NodeBuilder.Build(ref reader, at, steps[Duplicates])!;
                    if (migrateDates)
                    {
                        LegacyFields.MigrateDatesUnder(obj, at, steps[Dates]);
                    }

                    obj.WriteTo(writer, Limits.Node);
                    break;
                case JsonTokenType.String:
                    writer.WriteStringValue(reader.GetString());
                    break;
                case JsonTokenType.Number:
                    writer.WriteRawValue(reader.ValueSpan, skipInputValidation: true); // as written, as the tree keeps it
                    break;
                case JsonTokenType.True or JsonTokenType.False:
                    writer.WriteBooleanValue(reader.TokenType == JsonTokenType.True);
                    break;
                default:
                    writer.WriteNullValue();
                    break;
            }

            if (indices.Count == 0)
            {
                return; // the value is written; the reader stands on its last token
            }

            indices[^1]++;
            reader.Read();
        }
    }
}
