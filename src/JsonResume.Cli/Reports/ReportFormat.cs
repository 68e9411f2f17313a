namespace JsonResume.Cli.Reports;

/// <summary>The output formats of <c>jsonresume validate</c>.</summary>
internal enum ReportFormat
{
    /// <summary>One line per finding, <c>file:line:col: error CODE: message</c>, then one summary line per file.</summary>
    Text = 0,

    /// <summary>A stable machine-readable JSON report (see README).</summary>
    Json = 1,

    /// <summary>GitHub Actions workflow commands (<c>::error file=…,line=…::…</c>) that annotate pull requests.</summary>
    GitHub = 2,

    /// <summary>SARIF 2.1.0, for GitHub code scanning and other SARIF viewers.</summary>
    Sarif = 3,
}
