using JsonResume.Diagnostics;
using JsonResume.Validation;

namespace JsonResume.Tests.Validation;

/// <summary>JR2006: keys the schema does not define are warnings with the closest known name (issue 12).</summary>
public sealed class UnknownPropertyTests
{
    [Fact]
    public void The_typo_example_gives_four_warnings_with_the_right_suggestions_at_the_keys()
    {
        const string json = """
            {"basics": {"name": "A", "emial": "a@b.c", "locaton": {"city": "X"}},
             "work": [{"name": "X", "postion": "Dev"}],
             "skils": []}
            """;
        var report = ResumeValidator.Validate(json);

        Assert.True(report.IsValid);
        var unknown = report.Diagnostics.Where(d => d.Code == DiagnosticCodes.UnknownProperty).ToList();
        Assert.Equal(
            [
                ("/basics/emial", 1, 35, "email"),
                ("/basics/locaton", 1, 55, "location"),
                ("/work/0/postion", 2, 36, "position"),
                ("/skils", 3, 11, "skills"),
            ],
            unknown.Select(d => (d.InstanceLocation, d.Line, d.Column, Suggested(d.Message))).ToList());
        Assert.All(unknown, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
        Assert.Equal("\"emial\"", unknown[0].Found);
    }

    [Theory]
    [InlineData("{\"Work\": []}", "work")]
    [InlineData("{\"skill\": []}", "skills")]
    [InlineData("{\"basics\": {\"names\": \"A\"}}", "name")]
    [InlineData("{\"basics\": {\"EMAIL\": \"a@b.co\"}}", "email")]
    [InlineData("{\"education\": [{\"studytype\": \"BSc\"}]}", "studyType")]
    [InlineData("{\"projects\": [{\"hightlights\": []}]}", "highlights")]
    [InlineData("{\"basics\": {\"profiles\": [{\"netwrok\": \"GitHub\"}]}}", "network")]
    public void Suggestions_cover_case_number_and_small_edits(string json, string expected)
    {
        var d = Assert.Single(ResumeValidator.Validate(json).Diagnostics, x => x.Code == DiagnosticCodes.UnknownProperty);
        Assert.Equal(expected, Suggested(d.Message));
        Assert.Contains($"\"{expected}\"", d.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_far_from_every_known_one_is_reported_without_a_suggestion()
    {
        var d = Assert.Single(ResumeValidator.Validate("{\"basics\": {\"favouriteColour\": \"blue\"}}").Diagnostics);
        Assert.Equal(DiagnosticCodes.UnknownProperty, d.Code);
        Assert.Null(Suggested(d.Message));
        Assert.Contains("x-", d.Hint, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"x-theme\": \"elegant\", \"basics\": {\"x-pronouns\": \"they\", \"_id\": 7}}")]
    [InlineData("{\"work\": [{\"X-Internal\": true, \"_note\": \"n\"}]}")]
    [InlineData("{\"meta\": {\"theme\": \"elegant\", \"lastModifed\": \"x\", \"anything\": {\"at\": \"all\"}}}")]
    [InlineData("{\"work\": [{\"company\": \"Old name\"}]}")] // JR2005 names it; no second finding
    public void Extensions_by_convention_and_old_names_are_not_reported_as_unknown(string json) =>
        Assert.DoesNotContain(ResumeValidator.Validate(json).Diagnostics, d => d.Code == DiagnosticCodes.UnknownProperty);

    [Fact]
    public void An_escaped_name_is_read_before_it_is_judged()
    {
        var d = Assert.Single(ResumeValidator.Validate("{\"basics\": {\"\\u0065mial\": \"a@b.co\", \"\\u0078-ok\": 1}}").Diagnostics);
        Assert.Equal("/basics/emial", d.InstanceLocation);
    }

    [Fact]
    public void The_option_turns_it_off_and_strict_makes_it_an_error()
    {
        const string json = "{\"skils\": []}";
        Assert.Empty(ResumeValidator.Validate(json, new ValidationOptions { ReportUnknownProperties = false }).Diagnostics);
        var strict = ResumeValidator.Validate(json, new ValidationOptions { Strict = true });
        Assert.False(strict.IsValid);
        Assert.Equal(DiagnosticSeverity.Error, Assert.Single(strict.Diagnostics).Severity);
    }

    private static string? Suggested(string message)
    {
        const string marker = "did you mean \"";
        var at = message.IndexOf(marker, StringComparison.Ordinal);
        return at < 0 ? null : message[(at + marker.Length)..message.LastIndexOf('"')];
    }
}
