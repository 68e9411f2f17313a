using System.Text.Json;
using FsCheck.Fluent;
using JsonResume.FsCheck;
using JsonResume.Json;
using JsonResume.Layout;
using JsonResume.Model;
using JsonResume.Tests.Support;

namespace JsonResume.Tests.Render;

/// <summary>
/// <see cref="WhitespaceRule.Normalized"/> (what the renderers lay out) hands back the résumé itself only when that
/// equals <see cref="WhitespaceRule.Normalize"/> of it; its two checks agree with the copy and the rule they stand for.
/// </summary>
public sealed class NormalizedResumeTests
{
    private static readonly GeneratorOptions Normal = new() { TextStyle = TextStyle.SingleLineTrimmed };

    private static readonly GeneratorOptions Hostile = new() { CustomText = SchemaResumes.Text };

    [Fact]
    public void The_example_is_laid_out_as_it_is()
    {
        var resume = ResumeJson.Read(File.ReadAllBytes(Repo.File("examples", "resume.json"))).Resume!;

        Assert.Same(resume, WhitespaceRule.Normalized(resume));
    }

    [Theory]
    [InlineData("""{"basics":{"name":" A  B "}}""")] // white space the rule changes
    [InlineData("""{"basics":{"summary":"x\n\n\ny"}}""")] // three line breaks in prose
    [InlineData("""{"work":[{"highlights":["a\tb"]}]}""")] // a tab in a list item
    [InlineData("""{"meta":{"version":"v1 "}}""")] // the footer
    public void A_value_the_rule_changes_gets_a_copy(string json)
    {
        var resume = ResumeJson.Read(json).Resume!;

        var normalized = WhitespaceRule.Normalized(resume);

        Assert.NotSame(resume, normalized);
        Assert.Equal(ResumeJson.Write(WhitespaceRule.Normalize(resume)), ResumeJson.Write(normalized));
    }

    [Fact]
    public void A_resume_unlike_its_json_round_trip_gets_a_copy()
    {
        var nullItem = new Resume { Work = [new Work { Name = "A" }, null!] };
        var namedLikeSchema = new Resume { Basics = new Basics { ExtensionData = new() { ["name"] = JsonDocument.Parse("\"B\"").RootElement } } };
        var loneSurrogate = new Resume { Basics = new Basics { Name = "a\uD800" } };

        foreach (var resume in new[] { nullItem, namedLikeSchema, loneSurrogate })
        {
            Assert.False(ModelCopy.IsExact(resume));
            Assert.NotSame(resume, WhitespaceRule.Normalized(resume));
        }
    }

    [Fact]
    public void The_checks_agree_with_the_copy_and_the_rule_for_any_resume()
    {
        PropertyRuns.Check(Gen.OneOf(
            ResumeGenerators.Resumes(Normal),
            ResumeGenerators.Resumes(),
            ResumeGenerators.Resumes(Hostile),
            SchemaResumes.Json(valid: false).Select(json => ResumeJson.Read(json).Resume ?? new Resume())), resume =>
        {
            Assert.Equal(ModelCopy.Copy(resume) is not null, ModelCopy.IsExact(resume));
            var written = ResumeJson.Write(resume);
            var normalize = ResumeJson.Write(WhitespaceRule.Normalize(resume));
            if (ResumeShapes.IsNormal(resume) && ModelCopy.IsExact(resume))
            {
                Assert.Equal(normalize, written); // the rule and the JSON round trip leave it as it is
            }

            Assert.Equal(normalize, ResumeJson.Write(WhitespaceRule.Normalized(resume)));
        });
    }
}
