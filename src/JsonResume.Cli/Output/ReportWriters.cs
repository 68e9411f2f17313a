using JsonResume.Cli.Reports;

namespace JsonResume.Cli.Output;

/// <summary>The writer for each <see cref="ReportFormat"/>.</summary>
internal static class ReportWriters
{
    /// <summary>The writer of a format.</summary>
    /// <param name="format">The format.</param>
    /// <returns>Its writer.</returns>
    public static IReportWriter For(ReportFormat format) => format switch
    {
        ReportFormat.Text => new TextReportWriter(),
        ReportFormat.Json => new JsonReportWriter(),
        ReportFormat.GitHub => new GitHubReportWriter(),
        ReportFormat.Sarif => new SarifReportWriter(),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown report format."),
    };
}
