using JsonResume.Diagnostics;

namespace JsonResume.Validation;

/// <summary>The verdict on one document and every finding behind it.</summary>
public sealed class ValidationResult
{
    /// <summary>Creates a report.</summary>
    /// <param name="diagnostics">The findings, in document order.</param>
    public ValidationResult(IReadOnlyList<Diagnostic> diagnostics) => Diagnostics = diagnostics;

    /// <summary>The report of a document with no finding at all.</summary>
    public static ValidationResult Valid { get; } = new([]);

    /// <summary>Every finding, in document order.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>Whether the document is valid: no finding is an error.</summary>
    public bool IsValid => ErrorCount == 0;

    /// <summary>How many findings are errors.</summary>
    public int ErrorCount => Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>How many findings are warnings.</summary>
    public int WarningCount => Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
}
