using JsonResume.RoundTrip;
using JsonResume.Tests.Support;

namespace JsonResume.Tests.RoundTrip;

/// <summary>The own-format round-trip properties through Markdown.</summary>
[LongRunning(35)]
public sealed class MarkdownOwnFormatRoundTripProperties : OwnFormatRoundTripProperties
{
    /// <inheritdoc/>
    protected override RoundTripVia Via => RoundTripVia.Markdown;
}
