using JsonResume.Diagnostics;
using JsonResume.Validation;
using static JsonResume.Tests.Validation.ResumeValidatorTests;

namespace JsonResume.Tests.Validation;

/// <summary>The semantic codes (JR2xxx): warnings by default, errors when strict, each at its pointer and position.</summary>
public sealed class SemanticChecksTests
{
    private static readonly ValidationOptions Strict = new() { Strict = true };

    private static void AssertWarningThenStrictError(string json, string code, string pointer)
    {
        var report = ResumeValidator.Validate(json);
        Assert.Equal(DiagnosticSeverity.Warning, One(report, code, pointer).Severity);
        var strict = ResumeValidator.Validate(json, Strict);
        Assert.Equal(DiagnosticSeverity.Error, One(strict, code, pointer).Severity);
        Assert.False(strict.IsValid);
    }

    [Fact]
    public void JR2001_an_end_before_the_start_of_the_same_entry()
    {
        var json = Lines("{\"projects\": [", "  {\"startDate\": \"2020-05\", \"endDate\": \"2019-12-31\"}", "]}");
        var report = ResumeValidator.Validate(json);
        Assert.True(report.IsValid);
        var d = One(report, DiagnosticCodes.EndBeforeStart, "/projects/0/endDate");
        Assert.Equal(("endDate \"2019-12-31\" is before startDate \"2020-05\"", 2, 39), (d.Message, d.Line, d.Column));
        AssertWarningThenStrictError(json, DiagnosticCodes.EndBeforeStart, "/projects/0/endDate");
    }

    [Theory]
    [InlineData("2014-06", "2014")] // ended some time in 2014, after June: fine
    [InlineData("2014", "2014")]
    [InlineData("2014-06-01", "2014-06-01")]
    [InlineData("2014-06-01", "2014-06")]
    public void JR2001_is_not_reported_when_the_end_can_be_after_the_start(string start, string end)
    {
        var report = ResumeValidator.Validate($$$"""{"work": [{"startDate": "{{{start}}}", "endDate": "{{{end}}}"}]}""");
        Assert.Empty(report.Diagnostics);
    }

    [Fact]
    public void JR2001_compares_dates_of_the_same_entry_only()
    {
        var report = ResumeValidator.Validate("""{"work": [{"startDate": "2020"}, {"endDate": "2010"}], "volunteer": [{"endDate": "2001", "startDate": "2002"}]}""");
        Assert.Equal(["/volunteer/0/endDate"], report.Diagnostics.Select(d => d.InstanceLocation));
    }

    [Theory]
    [InlineData("""{"work": [{"endDate": ""}]}""", "/work/0/endDate", DiagnosticCodes.PatternMismatch)]
    [InlineData("""{"basics": {"email": ""}}""", "/basics/email", DiagnosticCodes.InvalidEmail)]
    [InlineData("""{"basics": {"url": " "}}""", "/basics/url", DiagnosticCodes.InvalidUri)]
    public void JR2002_an_empty_string_where_a_value_is_expected(string json, string pointer, string schemaCode)
    {
        AssertWarningThenStrictError(json, DiagnosticCodes.EmptyValue, pointer);
        var report = ResumeValidator.Validate(json);
        Assert.Equal(DiagnosticSeverity.Error, One(report, schemaCode, pointer).Severity);
        Assert.NotNull(One(report, DiagnosticCodes.EmptyValue, pointer).Hint);
    }

    [Fact]
    public void JR2002_is_not_reported_for_free_text()
    {
        Assert.Empty(ResumeValidator.Validate("""{"basics": {"name": "", "image": "", "summary": ""}}""").Diagnostics);
    }

    [Theory]
    [InlineData("/cv.pdf")]
    [InlineData("//example.com/x")]
    public void JR2003_a_url_without_a_scheme(string url)
    {
        var json = $$$"""{"basics": {"url": "{{{url}}}"}}""";
        AssertWarningThenStrictError(json, DiagnosticCodes.UrlWithoutScheme, "/basics/url");
    }

    [Theory]
    [InlineData("https://example.com")]
    [InlineData("mailto:a@example.com")]
    [InlineData("HTTP://EXAMPLE.COM")]
    public void JR2003_is_not_reported_for_urls_with_a_scheme(string url)
    {
        Assert.Empty(ResumeValidator.Validate($$$"""{"basics": {"url": "{{{url}}}"}}""").Diagnostics);
    }

    [Theory]
    [InlineData("https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json", "1.0.0")]
    [InlineData("https://unpkg.com/resume-schema@0.0.18/schema.json", "0.0.18")]
    public void JR2004_a_schema_url_naming_another_version(string url, string version)
    {
        var json = $$$"""{"$schema": "{{{url}}}"}""";
        AssertWarningThenStrictError(json, DiagnosticCodes.OtherSchemaVersion, "/$schema");
        var d = One(ResumeValidator.Validate(json), DiagnosticCodes.OtherSchemaVersion, "/$schema");
        Assert.Equal($"$schema names JSON Resume {version}; this validator checks against JSON Resume 1.3.1", d.Message);
        Assert.Equal((1, 13), (d.Line, d.Column));
        Assert.Contains("ResumeMigrator.Migrate", d.Hint, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://jsonresume.org/schema/1.3.1/resume.schema.json")]
    [InlineData("https://raw.githubusercontent.com/jsonresume/resume-schema/master/schema.json")]
    [InlineData("https://example.com/schemas/2.0.0/other.json")]
    public void JR2004_is_not_reported_for_this_version_or_no_version(string url)
    {
        Assert.DoesNotContain(ResumeValidator.Validate($$$"""{"$schema": "{{{url}}}"}""").Diagnostics, d => d.Code == DiagnosticCodes.OtherSchemaVersion);
    }

    [Theory]
    [InlineData("""{"work": [{"company": "A"}]}""", "/work/0/company", "name")]
    [InlineData("""{"work": [{"website": "https://a.example"}]}""", "/work/0/website", "url")]
    [InlineData("""{"basics": {"website": "https://a.example"}}""", "/basics/website", "url")]
    [InlineData("""{"basics": {"picture": "a.png"}}""", "/basics/picture", "image")]
    [InlineData("""{"basics": {"firstName": "A"}}""", "/basics/firstName", "name")]
    [InlineData("""{"education": [{"gpa": "4.0"}]}""", "/education/0/gpa", "score")]
    [InlineData("""{"publications": [{"website": "x"}]}""", "/publications/0/website", "url")]
    [InlineData("""{"hobbies": []}""", "/hobbies", "interests")]
    [InlineData("""{"bio": "x"}""", "/bio", "basics.summary")]
    public void JR2005_old_property_names_point_to_migrate(string json, string pointer, string renamed)
    {
        AssertWarningThenStrictError(json, DiagnosticCodes.OldPropertyName, pointer);
        var d = One(ResumeValidator.Validate(json), DiagnosticCodes.OldPropertyName, pointer);
        Assert.Contains($"\"{renamed}\"", d.Message, StringComparison.Ordinal);
        Assert.Equal("Migrate the document (ResumeMigrator.Migrate) to rename old properties.", d.Hint);
    }

    [Fact]
    public void JR2005_only_where_the_old_name_belonged()
    {
        // Elsewhere they are just unknown keys (JR2006), not old names.
        var diagnostics = ResumeValidator.Validate("""{"company": "A", "awards": [{"website": "x"}], "basics": {"gpa": "1"}}""").Diagnostics;
        Assert.Equal(3, diagnostics.Count);
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticCodes.UnknownProperty, d.Code));
    }
}
