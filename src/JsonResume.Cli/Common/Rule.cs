using JsonResume.Diagnostics;

namespace JsonResume.Cli.Common;

/// <summary>One diagnostic code as users read about it: in SARIF and JSON reports and in <c>docs/rules.md</c>.</summary>
/// <param name="Code">The stable code, such as <c>JR1003</c>.</param>
/// <param name="Severity">The severity the code is reported with (before <c>--strict</c>).</param>
/// <param name="Title">A short name of the problem (SARIF's short description, the heading's text in the docs).</param>
/// <param name="Description">The full description: what is found, why it matters and what to do.</param>
/// <param name="RaisedByStrict">Whether <c>--strict</c> reports it as an error instead of a warning.</param>
/// <param name="CanIgnore">
/// Whether <c>--ignore</c> may silence it: false for the codes that mean there is no document to check (not JSON,
/// unreadable), since ignoring them would call a file valid that was never read.
/// </param>
internal sealed record Rule(string Code, DiagnosticSeverity Severity, string Title, string Description, bool RaisedByStrict = false, bool CanIgnore = true)
{
    /// <summary>The fragment of the code's section in <c>docs/rules.md</c> (its heading is the code itself).</summary>
    public string Anchor => Code.ToLowerInvariant();

    /// <summary>The severity as the docs state it, such as <c>warning (error with --strict)</c>.</summary>
    public string SeverityText => Severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => RaisedByStrict ? "warning (error with --strict)" : "warning",
        _ => "info",
    };
}
