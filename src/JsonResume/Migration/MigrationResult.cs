using JsonResume.Diagnostics;
using JsonResume.Model;

namespace JsonResume.Migration;

/// <summary>What <see cref="ResumeMigrator.Migrate(ReadOnlyMemory{byte}, MigrationOptions?)"/> made of a document.</summary>
/// <param name="Resume">The migrated résumé, or null when the input is not a JSON object (or cannot be written).</param>
/// <param name="Json">
/// The migrated document as canonical JSON (indented, final newline): <see cref="Resume"/> written out, kept because the
/// change list's order and the files written by the CLI come from this exact text. Null exactly when
/// <see cref="Resume"/> is.
/// </param>
/// <param name="Changes">Every change, in document order; empty when the input was already current.</param>
/// <param name="Diagnostics">Problems with the input itself (broken JSON and the like).</param>
public sealed record MigrationResult(Resume? Resume, string? Json, IReadOnlyList<MigrationChange> Changes, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>Whether a migrated résumé was produced (the input's own warnings do not count against it).</summary>
    public bool Success => Resume is not null;
}
