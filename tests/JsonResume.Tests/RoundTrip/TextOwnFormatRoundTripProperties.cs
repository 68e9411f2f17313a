using JsonResume.Json;
using JsonResume.RoundTrip;
using JsonResume.Tests.Support;

namespace JsonResume.Tests.RoundTrip;

/// <summary>The own-format round-trip properties through plain text, and a check of the local generator they use.</summary>
[LongRunning(27)]
public sealed class TextOwnFormatRoundTripProperties : OwnFormatRoundTripProperties
{
    /// <inheritdoc/>
    protected override RoundTripVia Via => RoundTripVia.Text;

    [Fact]
    public void The_local_generator_makes_schema_valid_resumes() =>
        PropertyRuns.Check(SchemaResumes.Json(valid: true), json =>
        {
            var errors = SchemaOracle.Errors(ResumeJson.Write(ResumeJson.Read(json).Resume!));
            Assert.True(errors.Count == 0, $"{string.Join("; ", errors)}\n{json}");
        }, count: 200);
}
