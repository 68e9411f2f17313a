using JsonResume.Cli.Reports;

namespace JsonResume.Cli.Output;

/// <summary>The writer for each <see cref="ReportFormat"/>, and the names users give them.</summary>
public static class ReportWriters
{
    /// <summary>The names accepted by <c>--format</c>, in the order help lists them.</summary>
    public static IReadOnlyList<string> Names { get; } = ["text", "json", "github", "sarif"];

    /// <summary>The format a name stands for.</summary>
    /// <param name="name">One of <see cref="Names"/>.</param>
    /// <returns>The format.</returns>
    public static ReportFormat Parse(string name) => name switch
    {
        "text" => ReportFormat.Text,
        "json" => ReportFormat.Json,
        "github" => ReportFormat.GitHub,
        "sarif" => ReportFormat.Sarif,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown report format."),
    };

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
