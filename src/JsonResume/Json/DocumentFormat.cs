namespace JsonResume.Json;

/// <summary>How a JSON Resume document is written: JSON (the standard's format) or YAML (the same document in YAML).</summary>
public enum DocumentFormat
{
    /// <summary>JSON, read by <see cref="ResumeJson"/>.</summary>
    Json = 0,

    /// <summary>YAML, read by <see cref="ResumeYaml"/>: findings are placed at their line:column in the YAML.</summary>
    Yaml = 1,
}
