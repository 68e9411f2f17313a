using JsonResume.Diagnostics;

namespace JsonResume.Json;

/// <summary>What <see cref="ResumeYaml.ToJson(ReadOnlyMemory{byte})"/> or <see cref="ResumeYaml.FromJson(ReadOnlyMemory{byte})"/> made of a document.</summary>
/// <param name="Text">The converted document (JSON or YAML text), or null when the input could not be read.</param>
/// <param name="Diagnostics">What was wrong with the input, each with its line:column in the input.</param>
public sealed record YamlConversionResult(string? Text, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>Whether the document was converted and nothing worse than a warning was found.</summary>
    public bool Success => Text is not null && !Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
}
