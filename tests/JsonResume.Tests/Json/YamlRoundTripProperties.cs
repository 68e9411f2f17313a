using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using JsonResume.FsCheck;
using JsonResume.Json;
using JsonResume.Model;
using JsonResume.Tests.Support;

namespace JsonResume.Tests.Json;

/// <summary>JSON → YAML → JSON gives back the same JSON, byte for byte: every string stays a string, numbers keep their text.</summary>
[Properties(Arbitrary = [typeof(ResumeArbitraries)])]
[LongRunning(7)]
public sealed class YamlRoundTripProperties
{
    /// <summary>Strings that a careless YAML writer would let turn into something else, or break.</summary>
    private static readonly string[] OddStrings =
    [
        "yes", "no", "on", "off", "Y", "n", "true", "False", "null", "Null", "~", "", " ", "0123", "0", "-0", "1e3", "1E3",
        "+1", ".5", "1.", "0x1F", "0o17", "0b101", ".inf", "-.Inf", ".NaN", "1_000", "12:30", "2019-05", "2019-05-01",
        "2019-05-01T10:00:00Z", "- x", "-", "--- ", "---", "...", "#", "# not a comment", "a #b", "a: b", "a:b", "? q",
        ": x", "[1]", "{a: 1}", "*alias", "&anchor", "!tag", "|", ">", "@x", "`x", "%YAML", "'quoted'", "\"dq\"",
        " leading", "trailing ", "\ttab", "line\nbreak", "two\n\nparagraphs\n", "\n", "\n\n", "ends with newline\n",
        " indented\n  more", "crlf\r\nline", "cr\ronly", "nel\u0085x", "ls\u2028ps\u2029", "bom\uFEFF", "bell\u0007",
        "é ü 中文", "😀 emoji", "ZWJ 👩‍💻", "\u00A0nbsp", "back\\slash", "<<", "=", "x: |", "key:", "a\tb", "a *b", "Z ****", "x &y", "x !y",
    ];

    [Property(MaxTest = 1000)]
    public void Json_to_yaml_to_json_gives_the_same_bytes(Resume resume) => AssertLossless(ResumeJson.Write(resume));

    [Fact]
    public void Resumes_made_of_odd_strings_survive()
    {
        var text = Gen.Frequency((3, Gen.Elements(OddStrings)), (1, ResumeGenerators.Text()));
        PropertyRuns.Check(ResumeGenerators.Resumes(new GeneratorOptions { CustomText = text }), resume => AssertLossless(ResumeJson.Write(resume)));
    }

    [Fact]
    public void Any_json_value_with_odd_keys_survives()
    {
        var key = Gen.Frequency((3, Gen.Elements(OddStrings)), (1, ResumeGenerators.Text()));
        var documents =
            from keys in Gen.ListOf(key)
            from values in Gen.ArrayOf(Gen.OneOf(ResumeGenerators.JsonValues(3), Gen.Elements(OddStrings).Select(s => JsonSerializer.SerializeToElement(s, Limits.Node))), keys.Count)
            select Document(keys, values);
        PropertyRuns.Check(documents, AssertLossless);
    }

    [Theory]
    [InlineData("{\n  \"n\": 1.50,\n  \"big\": 123456789012345678901234567890,\n  \"e\": -1E+400,\n  \"z\": -0.0\n}\n")]
    [InlineData("{\n  \"a\": 1,\n  \"a\": 2\n}\n")]
    [InlineData("[]\n")]
    [InlineData("{\n  \"empty\": {},\n  \"list\": [],\n  \"deep\": [\n    [\n      []\n    ]\n  ]\n}\n")]
    public void Numbers_repeated_keys_and_empty_containers_are_kept(string json) => AssertLossless(json);

    /// <summary>Found by the property above (seed 16730437832900293165,13259219203932589511): a key with an alias
    /// indicator after a space, which YamlDotNet writes plain and reads back as a string.</summary>
    [Theory]
    [InlineData("{\n  \"basics\": {\n    \"profiles\": [\n      {\n        \"Z\u0334\u0325\u0351 ****\": null\n      }\n    ]\n  }\n}\n")]
    [InlineData("{\n  \"a *b\": 1,\n  \"c &d\": 2,\n  \"e !f\": 3\n}\n")]
    public void Keys_with_node_indicators_are_kept(string json) => AssertLossless(json);

    private static string Document(List<string> keys, JsonElement[] values)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, ResumeJson.WriterOptions))
        {
            writer.WriteStartObject();
            for (var i = 0; i < keys.Count; i++)
            {
                writer.WritePropertyName(keys[i]);
                values[i].WriteTo(writer);
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static void AssertLossless(string json)
    {
        var yaml = ResumeYaml.FromJson(json);
        Assert.True(yaml.Success, $"{string.Join("; ", yaml.Diagnostics)}\n{json}");

        var back = ResumeYaml.ToJson(yaml.Text!);

        Assert.True(back.Success, $"{string.Join("; ", back.Diagnostics)}\n{json}\n--- yaml ---\n{yaml.Text}");
        Assert.True(back.Text == json, $"differs:\n{json}\n--- yaml ---\n{yaml.Text}\n--- back ---\n{back.Text}");
    }
}
