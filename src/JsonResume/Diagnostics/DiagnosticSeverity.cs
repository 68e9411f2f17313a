namespace JsonResume.Diagnostics;

/// <summary>How serious a <see cref="Diagnostic"/> is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Worth knowing; never changes a verdict.</summary>
    Info = 0,

    /// <summary>Suspicious but allowed; an error under strict checking.</summary>
    Warning = 1,

    /// <summary>The document breaks a rule; it is not valid.</summary>
    Error = 2,
}
