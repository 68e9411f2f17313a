using JsonResume.Cli.Common;
using JsonResume.Cli.Reports;

namespace JsonResume.Cli.Commands;

/// <summary>The options of <c>jsonresume validate</c>.</summary>
internal sealed record ValidateSettings
{
    /// <summary>How to write the report.</summary>
    public ReportFormat Format { get; init; } = ReportFormat.Text;

    /// <summary>Semantic findings are reported as errors (<c>--strict</c>; <see cref="Rules"/> then fails on warnings).</summary>
    public bool Strict { get; init; }

    /// <summary>The rule settings of the command line: they win over every configuration file.</summary>
    public RuleSettings Rules { get; init; } = RuleSettings.None;

    /// <summary>The configuration file given with <c>--config</c>, or null to look for one.</summary>
    public string? ConfigPath { get; init; }

    /// <summary>Whether to look for configuration files (false with <c>--no-config</c>).</summary>
    public bool DiscoverConfig { get; init; } = true;

    /// <summary>Show only errors: no warnings, no summaries of valid files.</summary>
    public bool Quiet { get; init; }

    /// <summary>How many files to check at once (0: one per core); results keep the input order.</summary>
    public int Jobs { get; init; } = 1;
}
