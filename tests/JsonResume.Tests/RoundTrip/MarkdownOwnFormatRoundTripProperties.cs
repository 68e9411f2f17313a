using JsonResume.RoundTrip;

namespace JsonResume.Tests.RoundTrip;

/// <summary>The own-format round-trip properties through Markdown.</summary>
public sealed class MarkdownOwnFormatRoundTripProperties : OwnFormatRoundTripProperties
{
    /// <inheritdoc/>
    protected override RoundTripVia Via => RoundTripVia.Markdown;
}
