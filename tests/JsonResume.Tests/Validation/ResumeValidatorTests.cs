using System.Text;
using JsonResume.Diagnostics;
using JsonResume.Validation;

namespace JsonResume.Tests.Validation;

/// <summary>Every schema code the validator reports: code, pointer, line:column, schema location, found value, severity.</summary>
public sealed class ResumeValidatorTests
{
    internal static Diagnostic One(ValidationResult report, string code, string pointer)
    {
        var found = report.Diagnostics.Where(d => d.Code == code && d.InstanceLocation == pointer).ToList();
        Assert.True(found.Count == 1, $"expected one {code} at {pointer}; found:\n{string.Join("\n", report.Diagnostics)}");
        return found[0];
    }

    internal static string Lines(params string[] lines) => string.Join("\n", lines);

    [Fact]
    public void A_valid_document_has_no_findings()
    {
        var report = ResumeValidator.Validate("""{"basics":{"name":"A","email":"a@example.com","url":"https://a.example"},"work":[{"startDate":"2020-01","endDate":"2021"}]}""");
        Assert.True(report.IsValid);
        Assert.Empty(report.Diagnostics);
        Assert.Same(ValidationResult.Valid, report);
    }

    [Fact]
    public void JR1001_wrong_type_is_reported_at_the_value_with_the_schema_location()
    {
        var json = Lines(
            "{",
            "  \"basics\": [],",
            "  \"work\": [ { \"highlights\": [\"ok\", null, 3] } ]",
            "}");
        var report = ResumeValidator.Validate(json);
        Assert.False(report.IsValid);
        var basics = One(report, DiagnosticCodes.WrongType, "/basics");
        Assert.Equal((DiagnosticSeverity.Error, 2, 13), (basics.Severity, basics.Line, basics.Column));
        Assert.Equal("#/properties/basics", basics.SchemaLocation);
        Assert.Equal("[]", basics.Found);
        Assert.Equal("expected an object, found an array", basics.Message);
        var nullItem = One(report, DiagnosticCodes.WrongType, "/work/0/highlights/1");
        Assert.Equal((3, 36), (nullItem.Line, nullItem.Column));
        Assert.Equal("#/properties/work/items/properties/highlights/items", nullItem.SchemaLocation);
        Assert.Equal("null", nullItem.Found);
        Assert.NotNull(nullItem.Hint);
        var number = One(report, DiagnosticCodes.WrongType, "/work/0/highlights/2");
        Assert.Equal((3, 42, "3"), (number.Line, number.Column, number.Found));
        Assert.Equal(3, report.ErrorCount);
    }

    [Fact]
    public void JR1001_a_root_that_is_not_an_object()
    {
        var report = ResumeValidator.Validate("  [1, 2]");
        var d = One(report, DiagnosticCodes.WrongType, "");
        Assert.Equal((1, 3, "#", "[1, 2]"), (d.Line, d.Column, d.SchemaLocation, d.Found));
    }

    [Fact]
    public void JR1002_a_date_that_does_not_match_the_pattern()
    {
        var json = Lines("{\"work\": [", "  {\"startDate\": \"June 2014\", \"endDate\": \"Present\"}", "]}");
        var report = ResumeValidator.Validate(json);
        var start = One(report, DiagnosticCodes.PatternMismatch, "/work/0/startDate");
        Assert.Equal((DiagnosticSeverity.Error, 2, 17), (start.Severity, start.Line, start.Column));
        Assert.Equal("#/definitions/iso8601", start.SchemaLocation);
        Assert.Equal("\"June 2014\"", start.Found);
        Assert.Equal("\"June 2014\" is not a partial ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD)", start.Message);
        var end = One(report, DiagnosticCodes.PatternMismatch, "/work/0/endDate");
        Assert.Contains("Leave endDate out", end.Hint, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2023-02-30", "\"2023-02-30\" is not a real date (February 2023 has 28 days)")]
    [InlineData("2024-04-31", "\"2024-04-31\" is not a real date (April 2024 has 30 days)")]
    [InlineData("2014-00", "\"2014-00\" is not a real date (month 00)")]
    [InlineData("2014-06-00", "\"2014-06-00\" is not a real date (day 00)")]
    [InlineData("2014-13", "\"2014-13\" is not a real date (month 13)")]
    public void JR1003_a_date_that_cannot_exist_is_a_warning_or_in_strict_mode_an_error(string date, string message)
    {
        var json = $$$"""{"education": [{"endDate": "{{{date}}}"}]}""";
        var report = ResumeValidator.Validate(json);
        Assert.True(report.IsValid);
        var d = One(report, DiagnosticCodes.ImpossibleDate, "/education/0/endDate");
        Assert.Equal((DiagnosticSeverity.Warning, message, 1, 28), (d.Severity, d.Message, d.Line, d.Column));
        Assert.Equal("#/definitions/iso8601", d.SchemaLocation);
        var strict = ResumeValidator.Validate(json, new ValidationOptions { Strict = true });
        Assert.False(strict.IsValid);
        Assert.Equal(DiagnosticSeverity.Error, One(strict, DiagnosticCodes.ImpossibleDate, "/education/0/endDate").Severity);
    }

    [Fact]
    public void JR1003_explains_a_date_the_pattern_already_rejects()
    {
        var report = ResumeValidator.Validate("""{"work": [{"startDate": "2014-13-45"}]}""");
        Assert.Equal(DiagnosticSeverity.Error, One(report, DiagnosticCodes.PatternMismatch, "/work/0/startDate").Severity);
        Assert.Equal("\"2014-13-45\" is not a real date (month 13)", One(report, DiagnosticCodes.ImpossibleDate, "/work/0/startDate").Message);
    }

    [Fact]
    public void JR1004_an_invalid_email()
    {
        var report = ResumeValidator.Validate("""{"basics": {"email": "someone at example.com"}}""");
        var d = One(report, DiagnosticCodes.InvalidEmail, "/basics/email");
        Assert.Equal((DiagnosticSeverity.Error, 1, 22, "#/properties/basics/properties/email"), (d.Severity, d.Line, d.Column, d.SchemaLocation));
        Assert.Equal("\"someone at example.com\" is not an email address", d.Message);
    }

    [Theory]
    [InlineData("http//example.com/a", "Write the full address: \"http://example.com/a\".")]
    [InlineData("https:/example.com", "Write the full address: \"https://example.com\".")]
    [InlineData("example.com", "Write the full address: \"https://example.com\".")]
    [InlineData("", "Leave the property out when there is no address.")]
    [InlineData("two words", "Write a full address with its scheme, such as https://example.com/page.")]
    public void A_url_hint_mends_a_mistyped_scheme_instead_of_adding_another(string url, string hint) =>
        Assert.Equal(hint, JsonResume.Validation.SemanticChecks.UrlHint(url));

    [Fact]
    public void JR1005_a_uri_that_is_not_absolute_comes_with_JR2003_when_it_lacks_a_scheme()
    {
        var report = ResumeValidator.Validate("""{"work": [{"url": "www.example.com"}], "meta": {"canonical": "https://example.com/r.json"}}""");
        var d = One(report, DiagnosticCodes.InvalidUri, "/work/0/url");
        Assert.Equal((DiagnosticSeverity.Error, 1, 19, "#/properties/work/items/properties/url"), (d.Severity, d.Line, d.Column, d.SchemaLocation));
        Assert.Equal("Write the full address: \"https://www.example.com\".", d.Hint);
        var scheme = One(report, DiagnosticCodes.UrlWithoutScheme, "/work/0/url");
        Assert.Equal(DiagnosticSeverity.Warning, scheme.Severity);
        Assert.Equal(2, report.Diagnostics.Count);
    }

    [Fact]
    public void Every_violation_is_reported_in_document_order()
    {
        var json = Lines(
            "{",
            "  \"work\": [",
            "    {\"startDate\": \"x\", \"url\": 1},",
            "    {\"startDate\": \"2014\", \"endDate\": \"y\"}",
            "  ],",
            "  \"basics\": {\"email\": \"e\", \"profiles\": [{\"url\": \"p\"}]}",
            "}");
        var report = ResumeValidator.Validate(json);
        Assert.Equal(
            ["/work/0/startDate", "/work/0/url", "/work/1/endDate", "/basics/email", "/basics/profiles/0/url"],
            report.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.InstanceLocation));
        var positions = report.Diagnostics.Select(d => (d.Line, d.Column)).ToList();
        Assert.Equal(positions.Order(), positions);
    }

    [Fact]
    public void Escaped_property_names_are_the_same_properties()
    {
        var report = ResumeValidator.Validate("""{"w\u006frk": [{"st\u0061rtDate": "soon"}]}""");
        One(report, DiagnosticCodes.PatternMismatch, "/work/0/startDate");
    }

    [Fact]
    public void A_repeated_property_counts_once_the_last_one_as_in_JavaScript()
    {
        const string Json = """{"basics": 1, "basics": {"email": "bad"}, "work": [{"url": "x", "url": "https://x.example"}]}""";
        Oracle.AssertSame(Json, "repeated properties");
        var report = ResumeValidator.Validate(Json);
        Assert.DoesNotContain(report.Diagnostics, d => d.Code == DiagnosticCodes.WrongType);
        One(report, DiagnosticCodes.InvalidEmail, "/basics/email");
        Assert.Equal(DiagnosticSeverity.Warning, One(report, DiagnosticCodes.DuplicateProperty, "/basics").Severity);
    }

    [Fact]
    public void Found_values_are_truncated()
    {
        var report = ResumeValidator.Validate($$$"""{"basics": {"email": "{{{new string('x', 500)}}}"}}""");
        var d = One(report, DiagnosticCodes.InvalidEmail, "/basics/email");
        Assert.True(d.Found!.Length < 70, d.Found);
        Assert.EndsWith("…\"", d.Found, StringComparison.Ordinal);
    }

    [Fact]
    public void Bytes_text_stream_and_UTF16_give_the_same_report()
    {
        var json = Lines("{", "  \"work\": [{\"startDate\": \"2014-1\"}]", "}");
        var fromText = ResumeValidator.Validate(json).Diagnostics;
        var fromStream = ResumeValidator.Validate(new MemoryStream(Encoding.UTF8.GetBytes(json))).Diagnostics;
        var fromUtf16 = ResumeValidator.Validate(Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(json)).ToArray()).Diagnostics;
        var fromBom = ResumeValidator.Validate(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(json)).ToArray()).Diagnostics;
        Assert.Equal(fromText, fromStream);
        Assert.Equal(fromText, fromUtf16);
        Assert.Equal(fromText, fromBom);
        Assert.Equal((2, 26), (fromText[0].Line, fromText[0].Column));
    }

    [Theory]
    [InlineData("{\"work\": [1,]}", DiagnosticCodes.JsonSyntax, 1, 12)]
    [InlineData("{\"work\": [", DiagnosticCodes.JsonSyntax, 1, 11)]
    [InlineData("{} {}", DiagnosticCodes.JsonSyntax, 1, 4)]
    [InlineData("  \n ", DiagnosticCodes.EmptyDocument, 1, 1)]
    [InlineData("", DiagnosticCodes.EmptyDocument, 1, 1)]
    public void Input_that_is_not_a_JSON_document_gets_one_input_diagnostic(string text, string code, int line, int column)
    {
        var report = ResumeValidator.Validate(text);
        var d = Assert.Single(report.Diagnostics);
        Assert.Equal((code, DiagnosticSeverity.Error, line, column), (d.Code, d.Severity, d.Line, d.Column));
    }

    [Fact]
    public void Bytes_that_are_not_UTF8_and_nesting_that_is_too_deep_are_input_errors()
    {
        Assert.Equal(DiagnosticCodes.Encoding, Assert.Single(ResumeValidator.Validate(new byte[] { (byte)'{', 0xFF, (byte)'}' }).Diagnostics).Code);
        var deep = "{\"x\":" + new string('[', 300) + new string(']', 300) + "}";
        Assert.Equal(DiagnosticCodes.TooDeep, Assert.Single(ResumeValidator.Validate(deep).Diagnostics).Code);
        var fine = "{\"x\":" + new string('[', 200) + new string(']', 200) + "}";
        Assert.True(ResumeValidator.Validate(fine).IsValid);
    }

    [Fact]
    public void Unknown_properties_of_any_type_are_allowed()
    {
        var report = ResumeValidator.Validate("""{"x": null, "basics": {"y": [1, {"z": null}]}, "work": [{"extra": {"startDate": 5}}]}""");
        Assert.True(report.IsValid);
        Assert.Equal(["/x", "/basics/y", "/work/0/extra"], report.Diagnostics.Select(d => d.InstanceLocation));
        Assert.All(report.Diagnostics, d => Assert.Equal((DiagnosticSeverity.Warning, DiagnosticCodes.UnknownProperty), (d.Severity, d.Code)));
    }

    [Fact]
    public void A_valid_document_without_findings_is_validated_without_allocating()
    {
        var json = Encoding.UTF8.GetBytes("""
            {"$schema": "https://jsonresume.org/schema/1.3.1/resume.schema.json",
             "basics": {"name": "A", "email": "a@example.com", "url": "https://a.example.com/x?y=1", "profiles": [{"url": "http://b.example.org"}]},
             "work": [{"name": "W", "startDate": "2019-04", "endDate": "2020-01-31", "highlights": ["h\u00e9"]}],
             "x-unknown": {"deep": [1, 2, {"z": null}]}}
            """);
        Assert.Empty(ResumeValidator.Validate(json).Diagnostics);
        for (var i = 0; i < 50; i++)
        {
            _ = ResumeValidator.Validate(json); // first calls initialise statics (regexes, search values)
        }

        // The best of three rounds of many calls. What the process does around the validator (array pools refilling
        // after the full collections that tests running in parallel cause, tier-up bookkeeping) can add a few hundred
        // bytes to a round, even to every round on a loaded CI machine; an allocation per call adds at least one of the
        // smallest objects per call, far more than that.
        const int Calls = 10_000;
        const long SmallestObject = 24; // bytes of an empty object on 64-bit .NET
        var rounds = new long[3];
        for (var round = 0; round < rounds.Length; round++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < Calls; i++)
            {
                _ = ResumeValidator.Validate(json);
            }

            rounds[round] = GC.GetAllocatedBytesForCurrentThread() - before;
        }

        Assert.True(rounds.Min() < Calls * SmallestObject / 10, $"{rounds.Min()} bytes for {Calls} calls: the validator allocates per call");
    }
}
