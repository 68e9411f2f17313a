using System.Text;
using System.Text.Json;
using JsonResume.Json;
using JsonResume.Tests.Support;
using JsonResume.Validation;

namespace JsonResume.Tests.Cli;

/// <summary>YAML résumés through the commands (in process): validate in every output format, render to and from JSON and YAML, convert, migrate.</summary>
public sealed class YamlCommandTests : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("jsonresume-yaml-");

    public void Dispose() => folder.Delete(recursive: true);

    [Fact]
    public void Validate_reports_every_finding_at_its_yaml_line_and_column_in_every_format()
    {
        var yaml = WriteYaml("bad-dates.yaml", Repo.File("examples", "invalid", "bad-dates.json"));
        var expected = ResumeValidator.Validate(yaml, new ValidationOptions { Format = DocumentFormat.Yaml }).Diagnostics;
        Assert.NotEmpty(expected);

        var text = CliRunner.Run(folder.FullName, ["validate", "bad-dates.yaml"]);
        var json = CliRunner.Run(folder.FullName, ["validate", "bad-dates.yaml", "--format", "json"]);
        var github = CliRunner.Run(folder.FullName, ["validate", "bad-dates.yaml", "--format", "github"]);
        var sarif = CliRunner.Run(folder.FullName, ["validate", "bad-dates.yaml", "--format", "sarif"]);

        Assert.Equal([1, 1, 1, 1], new[] { text.ExitCode, json.ExitCode, github.ExitCode, sarif.ExitCode });
        using var report = JsonDocument.Parse(json.Stdout);
        var reported = report.RootElement.GetProperty("files")[0].GetProperty("diagnostics").EnumerateArray()
            .Select(d => (d.GetProperty("code").GetString()!, d.GetProperty("pointer").GetString()!, d.GetProperty("line").GetInt32(), d.GetProperty("column").GetInt32()));
        Assert.Equal(expected.Select(d => (d.Code, d.InstanceLocation, d.Line, d.Column)), reported);
        foreach (var d in expected)
        {
            Assert.Contains($"bad-dates.yaml:{d.Line}:{d.Column}: {d.Severity.ToString().ToLowerInvariant()} {d.Code}: {d.InstanceLocation}", text.Stdout, StringComparison.Ordinal);
            Assert.Contains($"file=bad-dates.yaml,line={d.Line},col={d.Column}", github.Stdout, StringComparison.Ordinal);
            Assert.Contains($"\"startLine\": {d.Line},", sarif.Stdout, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Validate_reads_yaml_from_standard_input_by_its_content()
    {
        var yaml = ResumeYaml.FromJson(File.ReadAllBytes(Repo.File("examples", "resume.json"))).Text!;

        var run = CliRunner.Run(folder.FullName, ["validate", "-"], Encoding.UTF8.GetBytes(yaml));

        Assert.True(run.ExitCode == 0, run.Transcript);
        Assert.Equal("<stdin>: valid\n", run.Stdout);
    }

    [Fact]
    public void Validate_of_broken_yaml_is_exit_code_2_with_the_place()
    {
        File.WriteAllText(Path.Combine(folder.FullName, "broken.yml"), "basics:\n  name: \"Ada\n");
        File.WriteAllText(Path.Combine(folder.FullName, "two.yaml"), "basics: {}\n---\nbasics: {}\n");

        var broken = CliRunner.Run(folder.FullName, ["validate", "broken.yml"]);
        var two = CliRunner.Run(folder.FullName, ["validate", "two.yaml"]);

        Assert.Equal(2, broken.ExitCode);
        Assert.Contains("broken.yml:2:9: error JR0012: Invalid YAML:", broken.Stdout, StringComparison.Ordinal);
        Assert.Equal(2, two.ExitCode);
        Assert.Contains("two.yaml:2:1: error JR0013:", two.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_turns_yaml_into_canonical_json_and_json_into_yaml_losslessly()
    {
        var example = Repo.File("examples", "resume.json");
        File.Copy(example, Path.Combine(folder.FullName, "resume.json"));
        var canonical = ResumeJson.Write(ResumeJson.Read(File.ReadAllBytes(example)).Resume!);

        var toYaml = CliRunner.Run(folder.FullName, ["render", "resume.json", "--to", "yaml", "-o", "resume.yaml"]);
        var toJson = CliRunner.Run(folder.FullName, ["render", "resume.yaml", "--to", "json"]);
        var markdown = CliRunner.Run(folder.FullName, ["render", "resume.yaml", "--to", "markdown"]);

        Assert.True(toYaml.ExitCode == 0, toYaml.Transcript);
        Assert.True(toJson.ExitCode == 0, toJson.Transcript);
        Assert.Equal(canonical, toJson.Stdout);
        Assert.Equal(File.ReadAllText(Repo.File("examples", "resume.md")), markdown.Stdout);
    }

    [Fact]
    public void Convert_reads_a_yaml_file_as_json_resume()
    {
        WriteYaml("resume.yaml", Repo.File("examples", "resume.json"));
        var canonical = ResumeJson.Write(ResumeJson.Read(File.ReadAllBytes(Repo.File("examples", "resume.json"))).Resume!);

        var run = CliRunner.Run(folder.FullName, ["convert", "resume.yaml", "-o", "out.json"]);

        Assert.True(run.ExitCode == 0, run.Transcript);
        Assert.Equal(canonical, File.ReadAllText(Path.Combine(folder.FullName, "out.json")));
    }

    [Fact]
    public void Migrate_in_place_keeps_a_yaml_file_yaml()
    {
        WriteYaml("old.yaml", Repo.File("examples", "invalid", "old-field-names.json"));

        var run = CliRunner.Run(folder.FullName, ["migrate", "old.yaml", "--in-place"]);

        Assert.True(run.ExitCode == 0, run.Transcript);
        Assert.Contains("renamed website to url", run.Stdout, StringComparison.Ordinal);
        var migrated = File.ReadAllText(Path.Combine(folder.FullName, "old.yaml"));
        Assert.StartsWith("basics:\n  name: ", migrated, StringComparison.Ordinal);
        Assert.True(ResumeValidator.Validate(migrated, new ValidationOptions { Format = DocumentFormat.Yaml }).IsValid);
        Assert.True(File.Exists(Path.Combine(folder.FullName, "old.yaml.bak")));
    }

    private string WriteYaml(string name, string jsonFile)
    {
        var yaml = ResumeYaml.FromJson(File.ReadAllBytes(jsonFile)).Text!;
        File.WriteAllText(Path.Combine(folder.FullName, name), yaml);
        return yaml;
    }
}
