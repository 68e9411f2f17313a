using System.Text.Json;
using System.Text.Json.Nodes;
using JsonResume.Diagnostics;
using JsonResume.Tests.Support;
using JsonResume.Validation;

namespace JsonResume.Tests.Validation;

/// <summary>
/// The official JSON Resume schema test cases (<c>../shared/reference/schema-tests</c>): each case's verdict matches its
/// name, and NJsonSchema agrees with us on the verdict and on every location.
/// </summary>
public sealed class OfficialSchemaCasesTests
{
    /// <summary>
    /// Cases whose name disagrees with the reference validator. The upstream suite runs z-schema, whose <c>uri</c> format
    /// accepts any string; NJsonSchema (and JSON Schema's definition of <c>uri</c>: an absolute URI) rejects
    /// <c>"foo-bar-baz"</c>. We follow the reference validator and report JR1005 there; this list keeps that visible.
    /// </summary>
    private static readonly Dictionary<string, string> KnownNameConflicts = new(StringComparer.Ordinal)
    {
        ["schema.json#valid"] = Oracle.Key("/$schema", DiagnosticCodes.InvalidUri),
    };

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        var dir = Repo.SharedRoot is { } root ? Path.Combine(root, "reference", "schema-tests") : null;
        if (dir is null || !Directory.Exists(dir))
        {
            data.Add("(absent)");
            return data;
        }

        foreach (var file in Directory.GetFiles(dir, "*.json").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_case_gets_the_verdict_its_name_says_and_the_reference_verdict(string file)
    {
        var cases = Cases(file);
        Assert.NotEmpty(cases);
        foreach (var (name, json, expectValid) in cases)
        {
            var label = $"{file}#{name}";
            Oracle.AssertSame(json, label);
            var report = ResumeValidator.Validate(json);
            if (KnownNameConflicts.TryGetValue(label, out var expected))
            {
                Assert.False(report.IsValid, label);
                Assert.Equal([expected], Oracle.Ours(report));
                continue;
            }

            Assert.True(expectValid == report.IsValid,
                $"{label}: expected {(expectValid ? "valid" : "invalid")}; found {string.Join("; ", report.Diagnostics)}");
            if (!expectValid)
            {
                // Each invalid case breaks exactly one value; it is reported there, with a position.
                var error = Assert.Single(report.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
                Assert.True(error.Line > 0 && error.Column > 0, label);
                Assert.Equal(JsonResume.Json.JsonLocator.Locate(System.Text.Encoding.UTF8.GetBytes(json), error.InstanceLocation), new Diagnostics.TextPosition(error.Line, error.Column));
            }
        }
    }

    [Fact]
    public void Known_conflicts_are_real_cases()
    {
        foreach (var label in KnownNameConflicts.Keys)
        {
            var file = label.Split('#')[0];
            Assert.Contains(Cases(file), c => $"{file}#{c.Name}" == label);
        }
    }

    private static List<(string Name, string Json, bool Valid)> Cases(string file)
    {
        var path = Repo.SharedOrSkip("reference", "schema-tests", file);
        var root = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        var cases = new List<(string, string, bool)>();
        foreach (var (name, value) in root)
        {
            var valid = !name.TrimEnd("0123456789".ToCharArray()).EndsWith("invalid", StringComparison.OrdinalIgnoreCase);
            // dates.json maps names to date strings; the upstream suite checks them against the date schema, so they are
            // wrapped into a place that has it. Every other file maps names to résumé fragments.
            var document = file == "dates.json"
                ? new JsonObject { ["work"] = new JsonArray(new JsonObject { ["startDate"] = value!.DeepClone() }) }
                : value!.DeepClone();
            cases.Add((name, document.ToJsonString(new JsonSerializerOptions { WriteIndented = true }), valid));
        }

        return cases;
    }
}
