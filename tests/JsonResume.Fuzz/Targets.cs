using JsonResume.Import;
using JsonResume.Json;
using JsonResume.Migration;
using JsonResume.Model;
using JsonResume.Render;
using JsonResume.RoundTrip;
using JsonResume.Validation;

namespace JsonResume.Fuzz;

/// <summary>Every fuzz target and its contracts: nothing throws, every position lies inside the input, the importer's
/// and the migrator's results validate, JSON written back reads back the same, migrating twice changes nothing.</summary>
internal static class Targets
{
    public static IReadOnlyList<FuzzTarget> All { get; } =
    [
        new("validator", SeedKind.Json, Validator),
        new("json", SeedKind.Json, JsonReadWrite),
        new("render", SeedKind.Json, Render),
        new("roundtrip", SeedKind.Json, RoundTrips),
        new("migrator", SeedKind.Json, Migrator),
        new("import-markdown", SeedKind.Text, input => Import(input, ImportFormat.Markdown)),
        new("import-text", SeedKind.Text, input => Import(input, ImportFormat.Text)),
        new("import-auto", SeedKind.Text, input => Import(input, ImportFormat.Auto)),
        new("own-markdown", SeedKind.Text, input => Own(input, markdown: true)),
        new("own-text", SeedKind.Text, input => Own(input, markdown: false)),
    ];

    public static FuzzTarget? Find(string name) => All.FirstOrDefault(t => string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase));

    private static void Validator(byte[] input)
    {
        var report = ResumeValidator.Validate(input);
        Positions.CheckBytes(input, report.Diagnostics, "validator");
    }

    private static void JsonReadWrite(byte[] input)
    {
        var read = ResumeJson.Read(input);
        Positions.CheckBytes(input, read.Diagnostics, "read");
        if (read.Resume is null)
        {
            return;
        }

        var written = ResumeJson.WriteUtf8(read.Resume);
        var again = ResumeJson.Read(written);
        if (again.Resume is null)
        {
            throw new FuzzFailure("json-write-unreadable", string.Join("; ", again.Diagnostics));
        }

        if (!written.AsSpan().SequenceEqual(ResumeJson.WriteUtf8(again.Resume)))
        {
            throw new FuzzFailure("json-not-lossless", "writing what was read back gives other bytes");
        }

        _ = ResumeValidator.Validate(written);
    }

    private static void Render(byte[] input)
    {
        if (ResumeJson.Read(input).Resume is not { } resume)
        {
            return;
        }

        _ = ResumeRenderer.ToMarkdown(resume);
        _ = ResumeRenderer.ToText(resume, new RenderOptions { TextWidth = 20 + (input.Length % 80) });
        _ = ResumeRenderer.ToHtml(resume);
    }

    private static void RoundTrips(byte[] input)
    {
        if (ResumeJson.Read(input).Resume is not { } resume)
        {
            return;
        }

        var json = global::JsonResume.RoundTrip.ResumeRoundTrip.Check(resume, RoundTripVia.Json);
        if (json.Differences.Count > 0)
        {
            throw new FuzzFailure("roundtrip-json-lossy", json.Differences[0].ToString());
        }

        _ = global::JsonResume.RoundTrip.ResumeRoundTrip.Check(resume, RoundTripVia.Markdown);
        _ = global::JsonResume.RoundTrip.ResumeRoundTrip.Check(resume, RoundTripVia.Text);
    }

    private static void Migrator(byte[] input)
    {
        var result = ResumeMigrator.Migrate(input);
        Positions.CheckBytes(input, result.Diagnostics, "migrator-input");
        if (result.Json is null)
        {
            return;
        }

        var report = ResumeValidator.Validate(result.Json);
        if (!report.IsValid)
        {
            throw new FuzzFailure("migrator-output-invalid", report.Diagnostics.First(d => d.Severity == Diagnostics.DiagnosticSeverity.Error).ToString());
        }

        var twice = ResumeMigrator.Migrate(result.Json);
        if (twice.Changes.Count > 0 || twice.Json != result.Json)
        {
            throw new FuzzFailure("migrator-not-idempotent", twice.Changes.Count > 0 ? twice.Changes[0].Description : "the text changed");
        }
    }

    private static void Import(byte[] input, ImportFormat format)
    {
        var text = Wtf8.Decode(input);
        var result = ResumeImporter.Import(text, new ImportOptions { Format = format });
        var report = ResumeValidator.Validate(ResumeJson.WriteUtf8(result.Resume));
        if (!report.IsValid)
        {
            throw new FuzzFailure("import-output-invalid", report.Diagnostics.First(d => d.Severity == Diagnostics.DiagnosticSeverity.Error).ToString());
        }

        var lines = Positions.LineCount(text);
        if (result.Lines.Count != lines)
        {
            throw new FuzzFailure("import-lines-unaccounted", $"{result.Lines.Count} line reports for {lines} lines");
        }

        Positions.CheckText(text, result.Diagnostics, "import");
    }

    private static void Own(byte[] input, bool markdown)
    {
        var text = Wtf8.Decode(input);
        var read = markdown ? ResumeImporter.ReadMarkdown(text) : ResumeImporter.ReadText(text);
        Positions.CheckText(text, read.Diagnostics, markdown ? "own-markdown" : "own-text");
        _ = ResumeJson.WriteUtf8(read.Resume ?? new Resume());
    }
}
