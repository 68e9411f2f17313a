using System.Text;
using System.Text.Json;
using JsonResume.Cli.Common;
using JsonResume.Tests.Support;

namespace JsonResume.Tests.Cli;

/// <summary>
/// Rule control beyond the golden cases: SARIF rules carry every code's full description and help link, the nearest
/// configuration file wins, globs cross folders, standard input takes the working folder's file, the configuration
/// reader places its problems in characters, and the exit codes as a real process returns them.
/// </summary>
public sealed class ValidateRuleControlTests
{
    private const string OldNames = """
        {
          "basics": { "name": "Quill Ashdown", "website": "https://quill.example.net" }
        }
        """;

    [Fact]
    public void Every_sarif_rule_has_its_full_description_and_a_help_link()
    {
        var inputs = Directory.GetFiles(Repo.File("tests", "JsonResume.Tests", "Cli", "Golden"), "*.json")
            .Concat(Directory.GetFiles(Repo.File("examples", "invalid"), "*.json"))
            .ToArray();
        var run = CliRunner.RunInRepo(["validate", "--format", "sarif", .. inputs]);

        using var sarif = JsonDocument.Parse(run.Stdout);
        var rules = sarif.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();
        Assert.True(rules.Count >= 12, $"the inputs should use many codes, got {rules.Count}");
        foreach (var sarifRule in rules)
        {
            var rule = RuleCatalog.Get(sarifRule.GetProperty("id").GetString()!);
            Assert.Equal(rule.Title, sarifRule.GetProperty("shortDescription").GetProperty("text").GetString());
            Assert.Equal(rule.Description, sarifRule.GetProperty("fullDescription").GetProperty("text").GetString());
            var help = new Uri(sarifRule.GetProperty("helpUri").GetString()!);
            Assert.True(help.IsAbsoluteUri);
            Assert.Equal("#" + rule.Code.ToLowerInvariant(), help.Fragment);
        }

        Assert.Equal(rules.Count, rules.Select(r => r.GetProperty("fullDescription").GetProperty("text").GetString()).Distinct().Count());
    }

    [Fact]
    public void The_nearest_configuration_file_applies_alone()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp.File("team", "mine"));
        File.WriteAllText(temp.File(".jsonresume.json"), """{ "failOn": "warning" }""");
        File.WriteAllText(temp.File("team", "mine", ".jsonresume.json"), """{ "ignore": ["JR2006"] }""");
        File.WriteAllText(temp.File("team", "old.json"), OldNames);
        File.WriteAllText(temp.File("team", "mine", "old.json"), OldNames);

        var run = CliRunner.Run(temp.Path, ["validate", "team/old.json", "team/mine/old.json"]);

        Assert.Contains("team/old.json: 1 warning (failing on warnings)", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("team/mine/old.json: valid, 1 warning", run.Stdout, StringComparison.Ordinal);
        Assert.Equal(1, run.ExitCode);
    }

    [Fact]
    public void Override_globs_with_two_stars_cross_folders_and_later_overrides_win()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp.File("cv", "2019", "draft"));
        File.WriteAllText(temp.File(".jsonresume.json"), """
            {
              "failOn": "warning",
              "overrides": [
                { "files": ["cv/**/*.json"], "failOn": "error" },
                { "files": ["cv/**/draft/*.json"], "failOn": "warning", "ignore": ["JR2005"] }
              ]
            }
            """);
        File.WriteAllText(temp.File("cv", "2019", "old.json"), OldNames);
        File.WriteAllText(temp.File("cv", "2019", "draft", "old.json"), OldNames);
        File.WriteAllText(temp.File("old.json"), OldNames);

        var run = CliRunner.Run(temp.Path, ["validate", "cv/2019/old.json", "cv/2019/draft/old.json", "old.json"]);

        Assert.Contains("cv/2019/old.json: valid, 1 warning", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("cv/2019/draft/old.json: valid\n", run.Stdout.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("\nold.json: 1 warning (failing on warnings)", run.Stdout.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Equal(1, run.ExitCode);
    }

    [Fact]
    public void Standard_input_takes_the_working_folders_configuration()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.File(".jsonresume.json"), """{ "ignore": ["JR2005"], "failOn": "warning" }""");

        var run = CliRunner.Run(temp.Path, ["validate", "-"], Encoding.UTF8.GetBytes(OldNames));

        Assert.Equal("<stdin>: valid\n", run.Stdout.ReplaceLineEndings("\n"));
        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public void Configuration_problems_are_placed_in_characters_after_a_byte_order_mark_and_comments()
    {
        var text = "\uFEFF{\n  /* réglages: à vérifier */ \"ignore\": [\"JR2003\"], \"failOn\": \"avertissement\"\n}\n";

        var config = RuleConfigReader.Read("/x/.jsonresume.json", Encoding.UTF8.GetBytes(text), out var problems);

        Assert.Null(config);
        var problem = Assert.Single(problems);
        Assert.Equal("/failOn", problem.InstanceLocation);
        Assert.Equal((2, 1 + "  /* réglages: à vérifier */ \"ignore\": [\"JR2003\"], \"failOn\": ".Length), (problem.Line, problem.Column));
    }

    [Fact]
    public void A_valid_configuration_reads_into_settings()
    {
        var config = RuleConfigReader.Read("/repo/.jsonresume.json", Encoding.UTF8.GetBytes("""
            { "ignore": ["jr2003", "JR2004"], "overrides": [ { "files": ["legacy/*.json"], "failOn": "warning", "ignore": ["JR2005"] } ] }
            """), out var problems);

        Assert.Empty(problems);
        Assert.NotNull(config);
        Assert.Equal(["JR2003", "JR2004"], config.Global.Ignore.Order(StringComparer.Ordinal));
        Assert.Null(config.Global.FailOn);
        var legacy = config.For("/repo/legacy/a.json");
        Assert.Equal(["JR2003", "JR2004", "JR2005"], legacy.Ignore.Order(StringComparer.Ordinal));
        Assert.Equal(FailOn.Warning, legacy.FailOn);
        Assert.Equal(config.Global, config.For("/repo/legacy/deeper/a.json"));
        Assert.Equal(config.Global, config.For(null));
    }

    [Fact]
    public void Exit_codes_as_a_process_returns_them()
    {
        var golden = Repo.File("tests", "JsonResume.Tests", "Cli", "Golden");

        Assert.Equal(1, CliRunner.RunProcess(golden, ["validate", "--fail-on", "warning", "old-names.json"]).ExitCode);
        Assert.Equal(0, CliRunner.RunProcess(golden, ["validate", "--fail-on", "warning", "--ignore", "JR2005", "old-names.json"]).ExitCode);
        var broken = CliRunner.RunProcess(golden, ["validate", "config-broken/valid.json"]);
        Assert.Equal(2, broken.ExitCode);
        Assert.Contains("config-broken/.jsonresume.json:2:3: error JR0020:", broken.Stderr, StringComparison.Ordinal);
    }
}
