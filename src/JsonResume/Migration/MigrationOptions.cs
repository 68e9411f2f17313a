using JsonResume.Json;

namespace JsonResume.Migration;

/// <summary>How <see cref="ResumeMigrator"/> reads a document.</summary>
public sealed class MigrationOptions
{
    /// <summary>The defaults: the input is JSON.</summary>
    public static MigrationOptions Default { get; } = new();

    /// <summary>
    /// How the input is written: JSON (the default) or YAML. The migrated document is JSON either way
    /// (<see cref="MigrationResult.Json"/>; <see cref="ResumeYaml.FromJson(string)"/> writes it as YAML); the input's own
    /// findings are placed at their line:column in the YAML.
    /// </summary>
    public DocumentFormat Format { get; init; } = DocumentFormat.Json;
}
