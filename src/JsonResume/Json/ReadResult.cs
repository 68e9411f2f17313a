using JsonResume.Diagnostics;
using JsonResume.Model;

namespace JsonResume.Json;

/// <summary>What <see cref="ResumeJson.Read(ReadOnlyMemory{byte})"/> made of a document.</summary>
/// <param name="Resume">The résumé, when the input is a JSON object; null otherwise.</param>
/// <param name="Diagnostics">What was wrong with the input, each with its JSON Pointer and line:column.</param>
public sealed record ReadResult(Resume? Resume, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>Whether a résumé was built and nothing worse than a warning was found.</summary>
    public bool Success => Resume is not null && !Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
}
