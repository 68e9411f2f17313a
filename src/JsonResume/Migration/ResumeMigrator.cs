using System.Buffers;
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

    /// <summary>Migrates a document given as UTF-8 bytes.</summary>
    /// <param name="input">The document.</param>
    /// <param name="options">How to read it; <see cref="MigrationOptions.Default"/> (JSON) when null.</param>
    /// <returns>The migrated document and every change.</returns>
    public static MigrationResult Migrate(ReadOnlyMemory<byte> input, MigrationOptions? options = null)
    {
        // Each stage runs in a method of its own, so that what it builds (the model read for the findings, the migrated
        // text) is let go when it returns: code that runs once keeps its locals alive to the end of its method.
        if (!TryRead(input, options ?? MigrationOptions.Default, out var utf8, out var findings))
        {
            return new MigrationResult(null, null, [], findings);
        }

        var migrated = MigrateToResume(utf8, out var changes);
        var json = CanonicalText.Write(migrated, changes, out var ordered, out var length);
        return json is null
            ? new MigrationResult(null, null, [], [.. findings, TooLong(length)])
            : new MigrationResult(migrated, json, ordered, findings);
    }

    /// <summary>
    /// Migrates as <see cref="Migrate(ReadOnlyMemory{byte}, MigrationOptions?)"/> does, giving the same text (as UTF-8),
    /// changes and findings, but not the résumé or the text as a string: the migrated résumé is let go before its text's
    /// bytes are gathered into one array, so the caller holds the input and those bytes only.
    /// </summary>
    internal static MigratedUtf8 MigrateUtf8(ReadOnlyMemory<byte> input, MigrationOptions? options = null)
    {
        if (!TryRead(input, options ?? MigrationOptions.Default, out var utf8, out var findings))
        {
            return new MigratedUtf8(null, [], findings);
        }

        using var chunks = MigrateToChunks(utf8, out var changes, out var length);
        if (chunks is null)
        {
            return new MigratedUtf8(null, [], [.. findings, TooLong(length)]);
        }

        var bytes = chunks.ToArray();
        return new MigratedUtf8(bytes, ChangeOrder.InDocumentOrder(bytes, changes), findings);
    }

    private static ChunkedBufferWriter? MigrateToChunks(ReadOnlyMemory<byte> utf8, out List<MigrationChange> changes, out long length) =>
        CanonicalText.WriteUtf8(MigrateToResume(utf8, out changes), out length);

    /// <summary>Reads the input for what it has itself (broken JSON, not an object, a repeated property: the last one
    /// counts, reported as a warning); a YAML input is migrated as the JSON it stands for, its findings placed in the YAML.
    /// False, with the findings, when there is nothing to migrate.</summary>
    private static bool TryRead(ReadOnlyMemory<byte> input, MigrationOptions options, out ReadOnlyMemory<byte> utf8, out IReadOnlyList<Diagnostic> findings)
    {
        utf8 = default;
        ReadResult read;
        if (options.Format == DocumentFormat.Yaml)
        {
            var yamlFindings = new List<Diagnostic>();
            if (!YamlReader.TryRead(input, out var source, out var failure, yamlFindings))
            {
                findings = [failure!];
                return false;
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
            || !JsonInput.TryPrepare(input, out utf8, out _, []))
        {
            findings = read.Diagnostics;
            return false;
        }

        findings = read.Diagnostics.Where(d => d.Code != DiagnosticCodes.KeptWrongType).ToList();
        return true;
    }

    /// <summary>Migrates the text, entry by entry where the document allows it (its memory then follows the largest
    /// entry), else as one tree, and reads the résumé from the result.</summary>
    private static Model.Resume MigrateToResume(ReadOnlyMemory<byte> utf8, out List<MigrationChange> changes)
    {
        var written = new ArrayBufferWriter<byte>(Math.Max(utf8.Length, 256));
        if (StreamingMigration.TryMigrate(utf8.Span, written, out var streamed))
        {
            changes = streamed;
        }
        else
        {
            changes = [];
            written.ResetWrittenCount();
            MigrateTree(utf8, written, changes);
        }

        return ResumeJson.Read(RejectedValues.SetAside(written.WrittenMemory, changes)).Resume!;
    }

    private static void MigrateTree(ReadOnlyMemory<byte> utf8, IBufferWriter<byte> output, List<MigrationChange> changes) =>
        WriteTree(TreeMigration.Migrate(utf8.Span, changes), output);

    /// <summary>Writes an editable tree compact, as the validator and the model reader take it.</summary>
    internal static void WriteTree(JsonObject tree, IBufferWriter<byte> output)
    {
        using var writer = new Utf8JsonWriter(output, new JsonWriterOptions { MaxDepth = Limits.InternalDepth });
        tree.WriteTo(writer, Limits.Node);
    }

    /// <summary>Extension data nested deep is written indented (two spaces a level), so a few megabytes can make more
    /// text than a string holds.</summary>
    private static Diagnostic TooLong(long length) =>
        new Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.TooLarge,
            $"The migrated document would be {length:N0} characters of JSON; the most a result holds is {CanonicalText.MaxLength:N0}.")
        {
            Hint = "Values nested deep take two spaces of indentation a level when written out: flatten them, or split the document.",
        }.At(new TextPosition(1, 1));

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
}
