using JsonResume.Cli.Common;
using JsonResume.Diagnostics;

namespace JsonResume.Cli.Reports;

/// <summary>What checking one input found.</summary>
/// <param name="Source">The input.</param>
/// <param name="Status">The verdict.</param>
/// <param name="Diagnostics">The findings to show (only errors under <c>--quiet</c>), in document order.</param>
/// <param name="ErrorCount">How many findings are errors (before any filtering).</param>
/// <param name="WarningCount">How many findings are warnings (before any filtering).</param>
internal sealed record FileResult(InputSource Source, FileStatus Status, IReadOnlyList<Diagnostic> Diagnostics, int ErrorCount, int WarningCount)
{
    /// <summary>The exit code this input alone would give.</summary>
    public int ExitCode => Status switch
    {
        FileStatus.Valid => ExitCodes.Success,
        FileStatus.Invalid => ExitCodes.Findings,
        _ => ExitCodes.Error,
    };

    /// <summary>How reports name the input.</summary>
    public string Path => Source.DisplayPath;
}
