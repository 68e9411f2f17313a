using JsonResume.Cli.Common;

namespace JsonResume.Cli.Commands;

/// <summary>The arguments of <c>jsonresume migrate</c>.</summary>
internal sealed record MigrateSettings
{
    /// <summary>The document to upgrade.</summary>
    public required InputSource Source { get; init; }

    /// <summary>Where to write the upgraded document: standard output, a file, or (with <see cref="InPlace"/>) the input itself.</summary>
    public OutputTarget Target { get; init; } = OutputTarget.StandardOutput;

    /// <summary>Replace the input, keeping the original as <c>FILE.bak</c>.</summary>
    public bool InPlace { get; init; }

    /// <summary>Let <see cref="Target"/> replace an existing file, and <see cref="InPlace"/> an existing backup.</summary>
    public bool Force { get; init; }

    /// <summary>The format of the list of changes.</summary>
    public TextOrJson Format { get; init; }
}
