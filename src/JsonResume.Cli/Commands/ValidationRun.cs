using JsonResume.Cli.Common;
using JsonResume.Cli.Reports;
using JsonResume.Diagnostics;
using JsonResume.Validation;

namespace JsonResume.Cli.Commands;

/// <summary>Reads and validates inputs one by one; never throws for a bad or missing input.</summary>
internal static class ValidationRun
{
    /// <summary>Codes meaning the input is not a JSON document at all (exit code 2, not 1).</summary>
    private static readonly HashSet<string> NotJsonCodes =
    [
        DiagnosticCodes.JsonSyntax, DiagnosticCodes.EmptyDocument, DiagnosticCodes.Encoding, DiagnosticCodes.TooDeep,
        DiagnosticCodes.YamlSyntax, DiagnosticCodes.YamlMultipleDocuments, DiagnosticCodes.YamlAlias,
    ];

    /// <summary>Checks one input.</summary>
    /// <param name="source">The input.</param>
    /// <param name="openInput">Opens standard input, for <c>-</c>.</param>
    /// <param name="options">What to check and what to show.</param>
    /// <param name="rules">The codes to leave out and the severity that fails the file (configuration and command line combined).</param>
    /// <param name="validate">The validator (<see cref="ValidateScope.Validate"/>).</param>
    /// <returns>The verdict and findings.</returns>
    public static FileResult Check(InputSource source, Func<Stream> openInput, ValidateSettings options, RuleSettings rules,
        Func<ReadOnlyMemory<byte>, ValidationOptions, ValidationResult> validate)
    {
        ArgumentNullException.ThrowIfNull(validate);
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(openInput);
        ArgumentNullException.ThrowIfNull(options);
        // A batch reads every file into the same buffer of this worker: nothing of the report points into the bytes.
        if (!InputReader.TryReadReusingBuffer(source, openInput, out var bytes, out var problem))
        {
            var hint = problem == InputReader.FolderProblem ? " (give a glob such as 'folder/*.json' to check the files in it)" : "";
            return new FileResult(source, FileStatus.Unreadable, [CliMessages.Unreadable(problem + hint)], 1, 0);
        }

        var report = validate(bytes, new ValidationOptions { Strict = options.Strict, Format = InputFormats.Detect(source, bytes.Span) });
        // Ignored codes are gone before anything is counted: they neither show nor fail the file. (The codes that stop
        // the check cannot be ignored, so a file that is not JSON stays so.)
        IReadOnlyList<Diagnostic> kept = rules.Ignore.Count == 0
            ? report.Diagnostics
            : [.. report.Diagnostics.Where(d => !rules.Ignore.Contains(d.Code))];
        var errors = kept.Count(d => d.Severity == DiagnosticSeverity.Error);
        var warnings = kept.Count(d => d.Severity == DiagnosticSeverity.Warning);
        var failOnWarnings = (rules.FailOn ?? FailOn.Error) == FailOn.Warning;
        var status = kept.Any(d => d.Severity == DiagnosticSeverity.Error && NotJsonCodes.Contains(d.Code))
            ? FileStatus.Unparseable
            : errors > 0 || (failOnWarnings && warnings > 0) ? FileStatus.Invalid : FileStatus.Valid;
        var shown = options.Quiet
            ? kept.Where(d => d.Severity == DiagnosticSeverity.Error).ToList()
            : kept;
        shown = CliHints.ForCommandLine(shown);
        return new FileResult(source, status, shown, errors, warnings);
    }

    /// <summary>The result for an input whose check threw (a fault of the library): reported as that input's error, with the exception's type and message.</summary>
    /// <param name="source">The input.</param>
    /// <param name="exception">What was thrown.</param>
    /// <param name="debug">Whether to include the stack trace.</param>
    /// <returns>An unreadable result with one error.</returns>
    public static FileResult Failed(InputSource source, Exception exception, bool debug)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return new FileResult(source, FileStatus.Unreadable, [CliMessages.Failed(exception, debug)], 1, 0);
    }
}
