using JsonResume.Diagnostics;

namespace JsonResume.Migration;

/// <summary>What <see cref="ResumeMigrator.Migrate(ReadOnlyMemory{byte}, MigrationOptions?)"/> made of a document.</summary>
/// <param name="Json">The migrated document (indented, final newline), or null when the input is not a JSON object.</param>
/// <param name="Changes">Every change, in document order; empty when the input was already current.</param>
/// <param name="Diagnostics">Problems with the input itself (broken JSON and the like).</param>
public sealed record MigrationResult(string? Json, IReadOnlyList<MigrationChange> Changes, IReadOnlyList<Diagnostic> Diagnostics);
