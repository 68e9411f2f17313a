using JsonResume.Diagnostics;

namespace JsonResume.Migration;

/// <summary>
/// What <see cref="ResumeMigrator.MigrateUtf8"/> made of a document: the migrated canonical JSON as UTF-8 only, for a
/// caller that validates and writes bytes (the command line), so that neither the résumé nor the text as a string is
/// alive next to it.
/// </summary>
/// <param name="Utf8">The bytes of <see cref="MigrationResult.Json"/>; null exactly when it is.</param>
/// <param name="Changes">As <see cref="MigrationResult.Changes"/>.</param>
/// <param name="Diagnostics">As <see cref="MigrationResult.Diagnostics"/>.</param>
internal sealed record MigratedUtf8(byte[]? Utf8, IReadOnlyList<MigrationChange> Changes, IReadOnlyList<Diagnostic> Diagnostics);
