using JsonResume.Diagnostics;

namespace JsonResume.Cli.Common;

/// <summary>
/// The library's hints name library calls; on the command line the same advice names the command. One place turns
/// the one into the other, so library messages carry no CLI vocabulary.
/// </summary>
internal static class CliHints
{
    /// <summary>How the library's hints start when migrating is the advice (<c>JR2004</c>, <c>JR2005</c>).</summary>
    private const string LibraryMigrate = "Migrate the document (ResumeMigrator.Migrate)";

    /// <summary>The same advice for a user of the tool.</summary>
    private const string CommandMigrate = "Run `jsonresume migrate`";

    /// <summary>The diagnostics with their hints worded for the command line.</summary>
    /// <param name="diagnostics">Diagnostics from the library.</param>
    /// <returns>The same list when nothing needs rewording, otherwise a reworded copy.</returns>
    public static IReadOnlyList<Diagnostic> ForCommandLine(IReadOnlyList<Diagnostic> diagnostics) =>
        diagnostics.Any(NamesLibrary) ? [.. diagnostics.Select(ForCommandLine)] : diagnostics;

    /// <summary>A diagnostic with its hint worded for the command line.</summary>
    /// <param name="diagnostic">A diagnostic from the library.</param>
    /// <returns>The reworded diagnostic, or the same one.</returns>
    public static Diagnostic ForCommandLine(Diagnostic diagnostic) =>
        NamesLibrary(diagnostic) ? diagnostic with { Hint = CommandMigrate + diagnostic.Hint![LibraryMigrate.Length..] } : diagnostic;

    private static bool NamesLibrary(Diagnostic d) => d.Hint?.StartsWith(LibraryMigrate, StringComparison.Ordinal) ?? false;
}
