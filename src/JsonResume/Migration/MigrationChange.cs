namespace JsonResume.Migration;

/// <summary>One change <see cref="ResumeMigrator"/> made, or one value it could not place.</summary>
/// <param name="Pointer">Where, as a JSON Pointer into the migrated document (for a rename: the new location).</param>
/// <param name="OldValue">The value before, as JSON text, or null when there was none.</param>
/// <param name="NewValue">The value after, as JSON text, or null when it was removed.</param>
/// <param name="Description">What was done and why, such as <c>renamed work[].company to name (JSON Resume 1.0)</c>.</param>
public sealed record MigrationChange(string Pointer, string? OldValue, string? NewValue, string Description)
{
    /// <summary>Whether the value could not be placed in the schema and was set aside (see <see cref="ResumeMigrator.UnplacedProperty"/>).</summary>
    public bool IsUnplaced { get; init; }
}
