using System.Text;
using JsonResume.Diagnostics;
using JsonResume.Import;
using JsonResume.Json;
using JsonResume.Migration;
using JsonResume.Model;
using JsonResume.Render;
using JsonResume.RoundTrip;
using JsonResume.Validation;

namespace JsonResume.Tests.Fuzz;

/// <summary>Every example of the fuzzing issue (library level): each once crashed, broke a contract or disagreed.</summary>
public sealed class IssueExampleTests
{
    private const string EmailWithLoneLow = """{"basics":{"name":"A","email":"x\udc00@b.co"}}""";

    public static TheoryData<string> LoneSurrogateDocuments => new()
    {
        EmailWithLoneLow,
        """{"basics":{"name":"A\ud800","email":"a@b.co"}}""",
        """{"basics":{"name":"\ud800"}}""",
        """{"work":[{"highlights":["ok","\udc00"]}]}""",
        """{"x-\ud800":{"\udc00key":["\ud800\ud800"]}}""",
        """{"basics":{"summary":"pair \ud83d\ude00 then lone \ud83d"}}""",
        """{"meta":{"\ud800":1}}""",
    };

    [Theory]
    [MemberData(nameof(LoneSurrogateDocuments))]
    public void A_lone_surrogate_is_an_error_with_its_place_everywhere_and_nothing_throws(string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        var report = ResumeValidator.Validate(bytes);
        Assert.False(report.IsValid);
        var findings = report.Diagnostics.Where(d => d.Code == DiagnosticCodes.LoneSurrogate).ToList();
        Assert.NotEmpty(findings);
        foreach (var f in findings)
        {
            Assert.Equal(DiagnosticSeverity.Error, f.Severity);
            Assert.Equal(1, f.Line);
            Assert.Equal("\\u", json.Substring(f.Column - 1, 2));
            Assert.NotNull(f.Hint);
        }

        var finding = findings[0];

        var read = ResumeJson.Read(bytes);
        Assert.NotNull(read.Resume);
        Assert.Contains(read.Diagnostics, d => d.Code == DiagnosticCodes.LoneSurrogate && d.Line == 1 && d.Column == finding.Column);
        var written = ResumeJson.Write(read.Resume!);
        Assert.Contains("\uFFFD", written, StringComparison.Ordinal);
        _ = ResumeRenderer.ToMarkdown(read.Resume!);
        _ = ResumeRenderer.ToText(read.Resume!);
        _ = ResumeRenderer.ToHtml(read.Resume!);
        foreach (var via in new[] { RoundTripVia.Json, RoundTripVia.Markdown, RoundTripVia.Text })
        {
            _ = ResumeRoundTrip.Check(read.Resume!, via);
        }

        var migrated = ResumeMigrator.Migrate(bytes);
        Assert.Null(migrated.Json);
        Assert.Contains(migrated.Diagnostics, d => d.Code == DiagnosticCodes.LoneSurrogate);
    }

    [Fact]
    public void The_same_escape_in_the_name_is_no_longer_reported_valid()
    {
        var report = ResumeValidator.Validate("""{"basics":{"name":"x\udc00"}}""");
        Assert.Equal("1:21", $"{report.Diagnostics.Single().Line}:{report.Diagnostics.Single().Column}");
        Assert.Equal(DiagnosticCodes.LoneSurrogate, report.Diagnostics.Single().Code);
    }

    [Fact]
    public void A_lone_surrogate_in_a_string_built_in_code_is_written_without_throwing()
    {
        var resume = new Resume { Basics = new Basics { Name = "A\uD800B" } };
        var json = ResumeJson.Write(resume);
        Assert.True(ResumeJson.Read(json).Resume is not null);
        _ = ResumeRenderer.ToMarkdown(resume);
        _ = ResumeRenderer.ToText(resume);
        _ = ResumeRenderer.ToHtml(resume);
    }

    [Fact]
    public void Invalid_utf8_is_an_encoding_error_with_its_place()
    {
        var bytes = "{\"basics\":{\n\"name\":\"a?b\"}}"u8.ToArray();
        bytes[Array.IndexOf(bytes, (byte)'?')] = 0xFF;
        var report = ResumeValidator.Validate(bytes);
        var d = Assert.Single(report.Diagnostics);
        Assert.Equal(DiagnosticCodes.Encoding, d.Code);
        Assert.Equal((2, 10), (d.Line, d.Column));
        Assert.Null(ResumeJson.Read(bytes).Resume);
        Assert.Null(ResumeMigrator.Migrate(bytes).Json);
    }

    [Theory]
    [InlineData("{\"basics\":{\"name\":\"a\tb\"}}")]
    [InlineData("{\"a\":\"\t\"\n}")]
    [InlineData("{\"a\":\"x\t")]
    [InlineData("{\"a\":\"x\n\"}")]
    [InlineData("{\r\"a\":\"\t\"}")]
    public void A_syntax_error_is_placed_inside_its_line(string json)
    {
        var d = Assert.Single(ResumeValidator.Validate(json).Diagnostics);
        Assert.Equal(DiagnosticCodes.JsonSyntax, d.Code);
        var lines = json.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n', '\r');
        Assert.InRange(d.Line, 1, lines.Length);
        Assert.InRange(d.Column, 1, lines[d.Line - 1].Length + 1);
    }

    [Theory]
    [InlineData(65)]
    [InlineData(100)]
    [InlineData(200)]
    [InlineData(250)]
    public void Deep_extension_data_is_read_rendered_round_tripped_and_compared(int depth)
    {
        var json = "{\"basics\":{\"name\":\"A\"},\"x-deep\":" + new string('[', depth) + "1" + new string(']', depth) + "}";
        var read = ResumeJson.Read(json);
        Assert.Empty(read.Diagnostics);
        var resume = read.Resume!;
        Assert.Empty(JsonDiff.Compare(json, ResumeJson.Write(resume)));
        _ = ResumeRenderer.ToMarkdown(resume);
        _ = ResumeRenderer.ToText(resume);
        _ = ResumeRenderer.ToHtml(resume);
        foreach (var via in new[] { RoundTripVia.Json, RoundTripVia.Markdown, RoundTripVia.Text })
        {
            var result = ResumeRoundTrip.Check(resume, via);
            Assert.Empty(result.Differences);
        }

        var migrated = ResumeMigrator.Migrate(json);
        Assert.NotNull(migrated.Json);
        Assert.True(ResumeValidator.Validate(migrated.Json!).IsValid);
    }

    [Fact]
    public void Json_nested_deeper_than_the_limit_is_JR0004_everywhere()
    {
        var json = new string('[', 100_000) + new string(']', 100_000);
        Assert.Equal(DiagnosticCodes.TooDeep, ResumeValidator.Validate(json).Diagnostics.Single().Code);
        Assert.Equal(DiagnosticCodes.TooDeep, ResumeJson.Read(json).Diagnostics.Single().Code);
        Assert.Null(ResumeMigrator.Migrate(json).Json);
    }

    [Theory]
    [InlineData("> ")]
    [InlineData("- ")]
    [InlineData("* ")]
    [InlineData("1. ")]
    public void Markdown_nested_100000_deep_is_a_diagnostic(string marker)
    {
        var markdown = string.Concat(Enumerable.Repeat(marker, 100_000)) + "x\n";
        var result = ResumeImporter.Import(markdown, new ImportOptions { Format = ImportFormat.Markdown });
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.TooDeep && d.Line == 1);
        Assert.True(ResumeValidator.Validate(ResumeJson.WriteUtf8(result.Resume)).IsValid);
        Assert.Contains(ResumeImporter.ReadMarkdown(markdown).Diagnostics, d => d.Code == DiagnosticCodes.TooDeep);
    }

    [Fact]
    public void Two_thousand_indented_levels_are_a_diagnostic()
    {
        var markdown = string.Concat(Enumerable.Range(0, 2000).Select(d => new string(' ', d * 2) + "- x\n"));
        var result = ResumeImporter.Import(markdown);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.TooDeep && d.Line == 256);
        Assert.Equal(2001, result.Lines.Count);
    }

    [Fact]
    public void The_four_line_profile_gets_no_empty_url()
    {
        var result = ResumeImporter.Import("\\\n- r\\\n**Username:** e\\\n**URL:**\n");
        var json = ResumeJson.Write(result.Resume);
        Assert.DoesNotContain("\"url\": \"\"", json, StringComparison.Ordinal);
        Assert.True(ResumeValidator.Validate(json).IsValid, json);
        Assert.Equal(5, result.Lines.Count);
    }

    public static TheoryData<string> ImporterCrashes => new()
    {
        "/",
        "/\n",
        "/\nJane Doe\n",
        "# /\n",
        "Experience\n\nEngineer, Acme 2019 – ෪෪෪෪\n",
        "EXPERIENCE\n----------\n\nEngineer · Acme\n  ෨෦෧෯ – Present\n",
        "Work\n\n- Engineer at Acme (٢٠١٩ – ٢٠٢١)\n",
        "---\n: [\n---\n# Name\n",
        "---\nname: [unclosed\n---\n# Name\n",
        "---\nbasics: {name: \"a\n---\n",
        "---\n\t- x\n---\n",
        "---\nname: a\nname: b\n---\n",
        "Jane Doe\n\nEXTENSIONS (JSON)\n-----------------\n\n  {\"x\": 1, \"x\": 2}\n",
        "# Jane Doe\n\n```json extensions\n{\"x\": 1, \"x\": 2}\n```\n",
        "# Jane Doe\n\n```json extensions\n{\"basics\": {\"name\": 1, \"name\": 2}}\n```\n",
        "Name \uD800 Surname\nengineer\n",
        "# A\uDC00\n\n## Experience\n\n### Role \uD800 · Org\n",
        "A\n\n\uD800\n",
        "\u0000\u0001\u0002",
        "Experience\n\n2019-\n",
        "**Start:** 2019-13\n",
        "- \n-\n- -\n",
        "|\n|-|\n",
    };

    [Theory]
    [MemberData(nameof(ImporterCrashes))]
    public void The_importer_returns_a_valid_resume_and_accounts_for_every_line(string text)
    {
        foreach (var format in new[] { ImportFormat.Auto, ImportFormat.Markdown, ImportFormat.Text })
        {
            var result = ResumeImporter.Import(text, new ImportOptions { Format = format });
            var report = ResumeValidator.Validate(ResumeJson.WriteUtf8(result.Resume));
            Assert.True(report.IsValid, string.Join("\n", report.Diagnostics));
            Assert.Equal(text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Length, result.Lines.Count);
        }

        _ = ResumeImporter.ReadMarkdown(text);
        _ = ResumeImporter.ReadText(text);
    }

    [Fact]
    public void A_rejected_value_is_reported_with_its_line_and_reason()
    {
        var result = ResumeImporter.Import("\\\n- r\\\n**Username:** e\\\n**URL:**\n");
        foreach (var line in result.Lines.Where(l => l.Disposition == LineDisposition.NotUnderstood))
        {
            Assert.False(string.IsNullOrEmpty(line.Reason));
        }

        Assert.All(result.Lines.SelectMany(l => l.Pointers), p => Assert.True(Exists(result.Resume, p), p));
    }

    private static int IndexOrMax(string s, string what) => s.IndexOf(what, StringComparison.Ordinal) is var i and >= 0 ? i : int.MaxValue;

    private static bool Exists(Resume resume, string pointer)
    {
        System.Text.Json.JsonElement e = System.Text.Json.JsonDocument.Parse(ResumeJson.Write(resume)).RootElement;
        foreach (var token in JsonPointer.Split(pointer))
        {
            if (e.ValueKind == System.Text.Json.JsonValueKind.Object && e.TryGetProperty(token, out var next))
            {
                e = next;
            }
            else if (e.ValueKind == System.Text.Json.JsonValueKind.Array && int.TryParse(token, out var i) && i < e.GetArrayLength())
            {
                e = e[i];
            }
            else
            {
                return false;
            }
        }

        return true;
    }
}
