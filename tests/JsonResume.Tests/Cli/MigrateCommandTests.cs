using System.Text.Json;
using JsonResume.Tests.Support;
using JsonResume.Validation;

namespace JsonResume.Tests.Cli;

/// <summary>
/// <c>jsonresume migrate</c> with files: where the document and the report go, atomic writes that leave no temporary
/// file, backups, refusals to overwrite, and exit codes. (Standard output cases are golden files.)
/// </summary>
public sealed class MigrateCommandTests
{
    private static readonly string OldNames = File.ReadAllText(Repo.File("examples", "invalid", "old-field-names.json"));

    [Fact]
    public void Output_file_gets_the_document_and_standard_output_the_report()
    {
        using var dir = new TempFolder();
        File.WriteAllText(dir.File("old.json"), OldNames);

        var run = CliRunner.Run(dir.Path, ["migrate", "old.json", "-o", "new.json"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Stderr);
        Assert.Contains("/work/0/name: renamed company to name", run.Stdout);
        Assert.EndsWith("old.json: 4 changes; valid JSON Resume 1.3.1; written to new.json\n", run.Stdout.ReplaceLineEndings("\n"));
        var migrated = File.ReadAllText(dir.File("new.json"));
        Assert.Empty(SchemaOracle.Errors(migrated));
        Assert.True(ResumeValidator.Validate(migrated).IsValid);
        Assert.Equal(OldNames, File.ReadAllText(dir.File("old.json")));
        Assert.Equal(["new.json", "old.json"], dir.FileNames()); // no temporary file left behind
    }

    [Fact]
    public void An_existing_output_is_replaced_only_with_force()
    {
        using var dir = new TempFolder();
        File.WriteAllText(dir.File("old.json"), OldNames);
        File.WriteAllText(dir.File("new.json"), "keep me");

        var refused = CliRunner.Run(dir.Path, ["migrate", "old.json", "-o", "new.json"]);
        Assert.Equal(2, refused.ExitCode);
        Assert.Equal("jsonresume: error: new.json already exists: give --force to replace it, or choose another name.\n", refused.Stderr.ReplaceLineEndings("\n"));
        Assert.Equal("", refused.Stdout);
        Assert.Equal("keep me", File.ReadAllText(dir.File("new.json")));

        var forced = CliRunner.Run(dir.Path, ["migrate", "old.json", "-o", "new.json", "--force"]);
        Assert.Equal(0, forced.ExitCode);
        Assert.Empty(SchemaOracle.Errors(File.ReadAllText(dir.File("new.json"))));
        Assert.Equal(["new.json", "old.json"], dir.FileNames());
    }

    [Fact]
    public void In_place_keeps_a_backup_and_keeps_the_file_mode()
    {
        using var dir = new TempFolder();
        var path = dir.File("resume.json");
        File.WriteAllText(path, OldNames);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead);
        }

        var run = CliRunner.Run(dir.Path, ["migrate", "--in-place", "resume.json"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Stderr);
        Assert.EndsWith("resume.json: 4 changes; valid JSON Resume 1.3.1; replaced it, the original is in resume.json.bak\n", run.Stdout.ReplaceLineEndings("\n"));
        Assert.Equal(OldNames, File.ReadAllText(dir.File("resume.json.bak")));
        var migrated = File.ReadAllText(path);
        Assert.Empty(SchemaOracle.Errors(migrated));
        Assert.Contains("\"score\": \"4.0\"", migrated);
        Assert.Equal(["resume.json", "resume.json.bak"], dir.FileNames());
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead, File.GetUnixFileMode(path));
        }

        // A second run would replace the backup of the original: refused unless forced.
        var again = CliRunner.Run(dir.Path, ["migrate", "--in-place", "resume.json"]);
        Assert.Equal(2, again.ExitCode);
        Assert.Contains("resume.json.bak already exists", again.Stderr);
        Assert.Equal(OldNames, File.ReadAllText(dir.File("resume.json.bak")));
    }

    [Fact]
    public void In_place_leaves_a_current_document_untouched()
    {
        using var dir = new TempFolder();
        var path = dir.File("resume.json");
        var compact = File.ReadAllText(Repo.File("examples", "resume.json")).ReplaceLineEndings(" ");
        File.WriteAllText(path, compact);

        var run = CliRunner.Run(dir.Path, ["migrate", "--in-place", "resume.json"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("resume.json: already JSON Resume 1.3.1, no changes; left as it was\n", run.Stdout.ReplaceLineEndings("\n"));
        Assert.Equal(compact, File.ReadAllText(path));
        Assert.Equal(["resume.json"], dir.FileNames());
    }

    [Fact]
    public void Broken_json_writes_nothing_and_exits_2()
    {
        using var dir = new TempFolder();
        File.Copy(Repo.File("examples", "invalid", "truncated.json"), dir.File("broken.json"));

        var run = CliRunner.Run(dir.Path, ["migrate", "broken.json", "-o", "new.json", "--format", "json"]);

        Assert.Equal(2, run.ExitCode);
        using var report = JsonDocument.Parse(run.Stdout);
        Assert.Equal("unparseable", report.RootElement.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, report.RootElement.GetProperty("output").ValueKind);
        Assert.Equal("JR0001", report.RootElement.GetProperty("diagnostics")[0].GetProperty("code").GetString());
        Assert.Equal(["broken.json"], dir.FileNames());
    }

    [Fact]
    public void Writing_into_a_missing_folder_is_a_clear_error()
    {
        using var dir = new TempFolder();
        File.WriteAllText(dir.File("old.json"), OldNames);

        var run = CliRunner.Run(dir.Path, ["migrate", "old.json", "-o", "no/such/folder/new.json"]);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("jsonresume: error: cannot write no/such/folder/new.json: its folder does not exist.\n", run.Stderr.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Values_the_schema_rejects_are_set_aside_and_reported_so_the_output_validates()
    {
        CliBehaviourTests.RequireSchemaChecks();
        using var dir = new TempFolder();
        File.Copy(Repo.File("examples", "invalid", "bad-contact.json"), dir.File("contact.json"));

        var run = CliRunner.Run(dir.Path, ["migrate", "contact.json", "-o", "new.json", "--format", "json"]);

        Assert.True(run.ExitCode == 0, run.Stdout + run.Stderr);
        using var report = JsonDocument.Parse(run.Stdout);
        Assert.True(report.RootElement.GetProperty("valid").GetBoolean());
        var setAside = report.RootElement.GetProperty("changes").EnumerateArray().Where(c => c.GetProperty("setAside").GetBoolean()).ToList();
        Assert.Contains(setAside, c => c.GetProperty("pointer").GetString() == "/basics/x-unmigrated/email");
        var migrated = File.ReadAllText(dir.File("new.json"));
        Assert.Empty(SchemaOracle.Errors(migrated));
        Assert.True(ResumeValidator.Validate(migrated).IsValid);
    }
}
