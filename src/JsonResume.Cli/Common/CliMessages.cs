using JsonResume.Diagnostics;

namespace JsonResume.Cli.Common;

/// <summary>
/// The one format of every line the tool writes about a problem: <c>jsonresume: error: MESSAGE</c> for the run
/// (usage, output), <c>FILE:LINE:COL: error CODE: MESSAGE</c> for a finding in an input, and the usage hint after a
/// usage error.
/// </summary>
internal static class CliMessages
{
    /// <summary>The command's name, as users type it.</summary>
    public const string CommandName = "jsonresume";

    /// <summary>Writes <c>jsonresume: error: MESSAGE</c>.</summary>
    /// <param name="error">Standard error.</param>
    /// <param name="message">One sentence.</param>
    /// <returns><see cref="ExitCodes.Error"/>, for <c>return CliMessages.Error(...)</c>.</returns>
    public static int Error(TextWriter error, string message)
    {
        error.WriteLine($"{CommandName}: error: {message}");
        return ExitCodes.Error;
    }

    /// <summary>Writes <c>Run 'jsonresume COMMAND --help' for usage.</c>.</summary>
    /// <param name="error">Standard error.</param>
    /// <param name="command">The command's name, or null for the root.</param>
    /// <returns><see cref="ExitCodes.Error"/>.</returns>
    public static int UsageHint(TextWriter error, string? command)
    {
        error.WriteLine($"Run '{(command is null ? CommandName : $"{CommandName} {command}")} --help' for usage.");
        return ExitCodes.Error;
    }

    /// <summary>A diagnostic as a line of its input: <c>FILE:LINE:COL: error CODE: message</c> (<c>FILE: …</c> without a line).</summary>
    /// <param name="source">The input.</param>
    /// <param name="diagnostic">The finding.</param>
    /// <returns>The line, without a line end.</returns>
    public static string Located(InputSource source, Diagnostic diagnostic) =>
        diagnostic.Line > 0 ? $"{source.DisplayPath}:{diagnostic}" : $"{source.DisplayPath}: {diagnostic}";

    /// <summary>The diagnostic for an input that cannot be read.</summary>
    /// <param name="problem">Why (no final period), from <see cref="InputReader"/>.</param>
    /// <returns>An error with code <see cref="DiagnosticCodes.Unreadable"/>.</returns>
    public static Diagnostic Unreadable(string problem) =>
        new(DiagnosticSeverity.Error, DiagnosticCodes.Unreadable, $"Cannot read the input: {problem}.");

    /// <summary>The diagnostic for an input whose check threw (a fault of the library, reported for that input alone).</summary>
    /// <param name="exception">What was thrown.</param>
    /// <param name="debug">Whether to include the stack trace.</param>
    /// <returns>An error with code <see cref="DiagnosticCodes.Unreadable"/>.</returns>
    public static Diagnostic Failed(Exception exception, bool debug) =>
        new(DiagnosticSeverity.Error, DiagnosticCodes.Unreadable, $"Cannot check the input: {UnexpectedFailure(exception, debug)}.");

    /// <summary>The one sentence an unexpected exception becomes.</summary>
    /// <param name="exception">What was thrown.</param>
    /// <param name="debug">Whether to include the stack trace (<c>JSONRESUME_DEBUG=1</c>).</param>
    /// <returns>The message, such as <c>unexpected failure (ArgumentException): … (set JSONRESUME_DEBUG=1 for details)</c>.</returns>
    public static string UnexpectedFailure(Exception exception, bool debug) => debug
        ? $"unexpected failure: {exception}"
        : $"unexpected failure ({exception.GetType().Name}): {exception.Message} (set JSONRESUME_DEBUG=1 for details)";
}
