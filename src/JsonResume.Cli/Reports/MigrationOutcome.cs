using JsonResume.Cli.Common;
using JsonResume.Diagnostics;
using JsonResume.Migration;

namespace JsonResume.Cli.Reports;

/// <summary>What one run of <c>jsonresume migrate</c> did, as its report shows it.</summary>
internal sealed record MigrationOutcome
{
    /// <summary>How reports name standard output as the destination.</summary>
    public const string StandardOutputName = "<stdout>";

    /// <summary>The input.</summary>
    public required InputSource Source { get; init; }

    /// <summary>What was made of it.</summary>
    public required MigrationStatus Status { get; init; }

    /// <summary>Where the migrated document went, as given (<c>&lt;stdout&gt;</c> for standard output), or null when nothing was written.</summary>
    public string? Output { get; init; }

    /// <summary>The copy of the original that <c>--in-place</c> kept, as given, or null.</summary>
    public string? Backup { get; init; }

    /// <summary>Every change, in document order (pointers into the migrated document).</summary>
    public IReadOnlyList<MigrationChange> Changes { get; init; } = [];

    /// <summary>What the input itself has that a migration settles (such as a property given twice), at their places in the input.</summary>
    public IReadOnlyList<Diagnostic> InputDiagnostics { get; init; } = [];

    /// <summary>Problems with the input (when <see cref="MigrationStatus.Unparseable"/>), or what the migrated document still breaks.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; init; } = [];

    /// <summary>How the diagnostics name their document: the input when it is unparseable, otherwise the output.</summary>
    public string DiagnosticsPath => Status == MigrationStatus.Unparseable ? Source.DisplayPath : Output ?? Source.DisplayPath;

    /// <summary>How many diagnostics are errors.</summary>
    public int ErrorCount => Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>Whether the migrated document is a valid JSON Resume document.</summary>
    public bool Valid => Status != MigrationStatus.Unparseable && ErrorCount == 0;

    /// <summary>0 when the result is valid, 1 when it still breaks a rule, 2 when the input is not JSON.</summary>
    public int ExitCode => Status == MigrationStatus.Unparseable ? ExitCodes.Error : Valid ? ExitCodes.Success : ExitCodes.Findings;
}
