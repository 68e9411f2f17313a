using System.Text.Json;
using JsonResume.Diagnostics;
using JsonResume.Import;

namespace JsonResume.Tests.Import;

public sealed class ConversionReportTests
{
    private const string Commented = "# Jane Roe\n\nI am a Designer at the Example Studio.\n\n<!-- ## Experience\nSecret line one\nSecret line two -->\n\n<!-- <!-1- still hidden -1-> -->\n";

    [Fact]
    public void Hidden_comment_lines_are_counted_and_the_report_says_how_to_import_them()
    {
        var result = ResumeImporter.Import(Commented);
        Assert.Equal(4, result.CommentLines);
        var warning = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.ImportHiddenComments);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Equal("4 lines inside HTML comments were skipped.", warning.Message);
        Assert.Contains("ImportOptions.IncludeComments", warning.Hint, StringComparison.Ordinal);
        Assert.All(result.Lines.Where(l => l.Line is 5 or 6 or 7 or 9), l => Assert.Equal(LineDisposition.Comment, l.Disposition));
    }

    [Fact]
    public void Including_comments_removes_one_level_only()
    {
        var result = ResumeImporter.Import(Commented, new ImportOptions { IncludeComments = true });
        Assert.Equal(LineDisposition.Comment, result.Lines[8].Disposition);
        Assert.NotEqual(LineDisposition.Comment, result.Lines[5].Disposition);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.ImportHiddenComments && d.Severity == DiagnosticSeverity.Info);
    }

    [Fact]
    public void Every_line_gets_exactly_one_entry_and_blank_lines_are_blank()
    {
        var text = "Jane Roe\nEmail: jane@example.com\n\nSKILLS\n\nCooking\tHiking\n";
        var report = ResumeImporter.Import(text);
        Assert.Equal(7, report.Lines.Count);
        Assert.Equal(LineDisposition.Blank, report.Lines[2].Disposition);
        Assert.Equal(["/basics/email"], report.Lines[1].Pointers);
        Assert.Equal(LineDisposition.Imported, report.Lines[5].Disposition);
        Assert.StartsWith("/skills/0", report.Lines[5].Pointers[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_sections_are_reported_as_not_understood_with_a_reason()
    {
        var text = "Jane Roe\n\nEXPERIENCE ----\n\nDeveloper, Acme (2019 - 2020)\n\nREADING ----\n\nSome book\n";
        var result = ResumeImporter.Import(text);
        var line = result.Lines[8];
        Assert.Equal(LineDisposition.NotUnderstood, line.Disposition);
        Assert.Contains("READING", line.Reason, StringComparison.Ordinal);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.ImportUnknownSection);
    }

    [Fact]
    public void The_json_report_has_totals_diagnostics_and_lines()
    {
        var report = ResumeImporter.Import(Commented, new ImportOptions { SourceName = "cv.md" });
        using var json = JsonDocument.Parse(report.ToJson());
        var root = json.RootElement;
        Assert.Equal("cv.md", root.GetProperty("source").GetString());
        Assert.Equal("markdown", root.GetProperty("format").GetString());
        Assert.Equal(report.Lines.Count, root.GetProperty("totals").GetProperty("lines").GetInt32());
        Assert.Equal(4, root.GetProperty("totals").GetProperty("comment").GetInt32());
        Assert.Equal(report.Lines.Count, root.GetProperty("lines").GetArrayLength());
        Assert.NotEmpty(root.GetProperty("diagnostics").EnumerateArray());
    }

    [Fact]
    public void Format_is_detected_from_content_not_from_a_name()
    {
        Assert.Equal(ImportFormat.Markdown, ResumeImporter.Import("---\ntitle: x\n---\n## Bio\n\nHello [there](https://example.com).\n").Format);
        Assert.Equal(ImportFormat.Text, ResumeImporter.Import("JANE ROE\n\nSKILLS ---------\n\nCooking\n").Format);
        Assert.Equal(ImportFormat.Text, ResumeImporter.Import("# not a heading here\nplain", new ImportOptions { Format = ImportFormat.Text }).Format);
    }

    [Fact]
    public void Front_matter_with_resume_fields_is_taken_as_such()
    {
        var result = ResumeImporter.Import("---\nname: Jane Roe\nemail: jane@example.com\nwork:\n  - name: Acme\n    position: Designer\n---\n\nSome words about me here.\n");
        Assert.Equal("Jane Roe", result.Resume.Basics?.Name);
        Assert.Equal("Acme", Assert.Single(result.Resume.Work!).Name);
        Assert.Equal(["/work"], result.Lines[3].Pointers);
    }

    [Fact]
    public void Empty_input_gives_an_empty_valid_resume_and_a_warning()
    {
        var result = ResumeImporter.Import("");
        Assert.Null(result.Resume.Basics);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.ImportEmpty);
        Assert.Empty(SchemaCheck.Errors(JsonResume.Json.ResumeJson.Write(result.Resume)));
    }
}
