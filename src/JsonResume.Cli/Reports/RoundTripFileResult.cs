using JsonResume.Cli.Common;

namespace JsonResume.Cli.Reports;

/// <summary>What <c>jsonresume roundtrip</c> found for one input.</summary>
/// <param name="Source">The input.</param>
/// <param name="Checks">One result per format; empty when the input could not be read as a résumé.</param>
/// <param name="Problems">Why the input could not be checked (unreadable, not JSON), as report lines; empty when it was.</param>
internal sealed record RoundTripFileResult(InputSource Source, IReadOnlyList<RoundTripCheck> Checks, IReadOnlyList<string> Problems)
{
    /// <summary>The exit code this input alone calls for: 0 lossless, 1 something differs, 2 not checked.</summary>
    public int ExitCode => Problems.Count > 0 ? ExitCodes.Error : Checks.All(c => c.IsLossless) ? ExitCodes.Success : ExitCodes.Findings;
}
