using JsonResume.RoundTrip;

namespace JsonResume.Cli.Reports;

/// <summary>
/// What the report needs of one round trip. The library's <see cref="RoundTripResult"/> also holds the résumé read back
/// and the rendered text; keeping those for every format and file until the report is written made <c>roundtrip</c>
/// peak at many times the input, so only this is kept.
/// </summary>
/// <param name="Via">The format gone through.</param>
/// <param name="Differences">What was lost or changed.</param>
/// <param name="NormalizedCount">How many values the white-space rule changed.</param>
internal sealed record RoundTripCheck(RoundTripVia Via, IReadOnlyList<JsonDifference> Differences, int NormalizedCount)
{
    /// <summary>Keeps what the report needs of a result.</summary>
    public static RoundTripCheck Of(RoundTripResult result) => new(result.Via, result.Differences, result.Normalized.Count);

    /// <summary>Whether nothing was lost.</summary>
    public bool IsLossless => Differences.Count == 0;
}
