using System.Text;
using JsonResume.Diagnostics;
using JsonResume.Json;
using JsonResume.Migration;
using JsonResume.Tests.Support;
using JsonResume.Validation;

namespace JsonResume.Tests.Json;

/// <summary>
/// The YAML rules: what scalars mean, aliases, documents, tags, keys, limits; each problem at its line:column. The
/// cases under <c>Json/Yaml/</c> are golden: <c>NAME.yaml</c> is validated and its findings must equal <c>NAME.expected</c>.
/// </summary>
public sealed class YamlReaderTests
{
    private static readonly ValidationOptions Yaml = new() { Format = DocumentFormat.Yaml };

    public static TheoryData<string> GoldenCases() =>
        [.. Directory.GetFiles(Repo.File("tests", "JsonResume.Tests", "Json", "Yaml"), "*.yaml").Select(f => Path.GetFileNameWithoutExtension(f)!).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(GoldenCases))]
    public void Golden_findings(string name)
    {
        var path = Repo.File("tests", "JsonResume.Tests", "Json", "Yaml", name + ".yaml");

        var result = ResumeValidator.Validate(File.ReadAllBytes(path), Yaml);

        var text = new StringBuilder();
        foreach (var d in result.Diagnostics)
        {
            text.Append(d.ToString()).Append('\n');
            if (d.Hint is not null)
            {
                text.Append("  hint: ").Append(d.Hint).Append('\n');
            }
        }

        Golden.AssertMatches(Path.ChangeExtension(path, ".expected"), text.ToString());
    }

    [Fact]
    public void Plain_scalars_are_numbers_only_in_json_grammar_and_quoted_ones_are_strings()
    {
        const string yaml = "a: 0123\nb: 2019-05\nc: yes\nd: 1e3\ne: ~\nf: true\ng: 0x1F\nh: .inf\ni: !!str 12\nj: '12'\nk:\nl: No\nm: -1.50\nn: +1\no: 2019-05-01\n";

        var json = ResumeYaml.ToJson(yaml);

        Assert.Empty(json.Diagnostics);
        Assert.Equal("""
            {
              "a": "0123",
              "b": "2019-05",
              "c": "yes",
              "d": 1e3,
              "e": null,
              "f": true,
              "g": "0x1F",
              "h": ".inf",
              "i": "12",
              "j": "12",
              "k": null,
              "l": "No",
              "m": -1.50,
              "n": "+1",
              "o": "2019-05-01"
            }

            """.ReplaceLineEndings("\n"), json.Text);
    }

    [Fact]
    public void Writing_quotes_every_string_another_reader_would_take_for_something_else()
    {
        var yaml = ResumeYaml.FromJson("""{"a":"yes","b":"0123","c":"2019-05-01","d":"1e3","e":"~","f":"plain text","g":1.50,"h":"2019-05","i":"- x","j":"l1\nl2\n"}""");

        Assert.Equal("""
            a: "yes"
            b: "0123"
            c: "2019-05-01"
            d: "1e3"
            e: "~"
            f: plain text
            g: 1.50
            h: 2019-05
            i: '- x'
            j: |
              l1
              l2

            """.ReplaceLineEndings("\n"), yaml.Text);
    }

    [Fact]
    public void Aliases_are_expanded_and_findings_inside_them_point_at_the_anchored_text()
    {
        const string yaml = "basics:\n  name: A\n  location: &home\n    city: X\n    countryCode: 12\nwork:\n  - name: B\n    location: *home\n";

        var read = ResumeYaml.Read(yaml);
        var result = ResumeValidator.Validate(yaml, Yaml);

        Assert.NotNull(read.Resume);
        Assert.Equal("X", read.Resume.Basics!.Location!.City);
        var countryCode = Assert.Single(result.Diagnostics, d => d.InstanceLocation == "/basics/location/countryCode");
        Assert.Equal((5, 18), (countryCode.Line, countryCode.Column));
    }

    [Fact]
    public void An_alias_bomb_stops_at_the_limit_quickly()
    {
        var yaml = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (var i = 1; i < 10; i++)
        {
            yaml.Append($"a{i}: &a{i} [{string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 10))}]\n");
        }

        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var result = ResumeValidator.Validate(yaml.ToString(), Yaml);

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.YamlAlias, error.Code);
        Assert.Equal(5, error.Line); // a4: aliases of 11,111 values each pass 100,000 at the eighth
        Assert.True(System.Diagnostics.Stopwatch.GetElapsedTime(started) < TimeSpan.FromSeconds(10));
    }

    [Fact]
    public void Nesting_deeper_than_the_limit_is_too_deep_at_its_place()
    {
        var yaml = new string('[', Limits.MaxDepth + 1) + new string(']', Limits.MaxDepth + 1);

        var error = Assert.Single(ResumeValidator.Validate(yaml, Yaml).Diagnostics);

        Assert.Equal((DiagnosticCodes.TooDeep, 1, Limits.MaxDepth + 1), (error.Code, error.Line, error.Column));
    }

    [Fact]
    public void Input_that_is_not_text_or_too_large_is_refused_as_json_input_is()
    {
        Assert.Equal(DiagnosticCodes.Encoding, Assert.Single(ResumeYaml.Read(new byte[] { 0x61, 0x3A, 0x20, 0xFF }).Diagnostics).Code);
        Assert.Equal(DiagnosticCodes.EmptyDocument, Assert.Single(ResumeYaml.Read("# only a comment\n").Diagnostics).Code);
    }

    [Fact]
    public void Migrating_yaml_places_input_findings_in_the_yaml()
    {
        const string yaml = "basics:\n  name: A\n  website: https://a.example\nbasics:\n  name: B\n";

        var result = ResumeMigrator.Migrate(Encoding.UTF8.GetBytes(yaml), new MigrationOptions { Format = DocumentFormat.Yaml });

        Assert.NotNull(result.Json);
        var duplicate = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.DuplicateProperty);
        Assert.Equal((2, 3), (duplicate.Line, duplicate.Column)); // the first value, as JSON places a repeated property
    }

    [Theory]
    [InlineData("resume")]
    [InlineData("invalid/bad-dates")]
    public void The_yaml_examples_are_the_json_ones_written_as_yaml(string name)
    {
        var json = File.ReadAllBytes(Repo.File("examples", name + ".json"));

        Golden.AssertMatches(Repo.File("examples", name + ".yaml"), ResumeYaml.FromJson(json).Text!);
    }
}
