namespace JsonResume.Cli.Reports;

/// <summary>The arguments of <c>jsonresume migrate</c>.</summary>
public sealed record MigrateSettings
{
    /// <summary>The document to upgrade, or <c>-</c> for standard input.</summary>
    public required string File { get; init; }

    /// <summary>Where to write the upgraded document, or null for standard output (or the input itself with <see cref="InPlace"/>).</summary>
    public string? Output { get; init; }

    /// <summary>Replace the input, keeping the original as <c>FILE.bak</c>.</summary>
    public bool InPlace { get; init; }

    /// <summary>Let <see cref="Output"/> replace an existing file, and <see cref="InPlace"/> an existing backup.</summary>
    public bool Force { get; init; }

    /// <summary>Report as JSON instead of text.</summary>
    public bool Json { get; init; }
}
