using JsonResume.Cli.Reports;

namespace JsonResume.Cli.Commands;

/// <summary>The options of <c>jsonresume validate</c>.</summary>
internal sealed record ValidateSettings
{
    /// <summary>How to write the report.</summary>
    public ReportFormat Format { get; init; } = ReportFormat.Text;

    /// <summary>Semantic findings are errors, and any warning makes a file invalid.</summary>
    public bool Strict { get; init; }

    /// <summary>Show only errors: no warnings, no summaries of valid files.</summary>
    public bool Quiet { get; init; }

    /// <summary>How many files to check at once (0: one per core); results keep the input order.</summary>
    public int Jobs { get; init; } = 1;
}
