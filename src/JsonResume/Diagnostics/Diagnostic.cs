namespace JsonResume.Diagnostics;

/// <summary>
/// One finding about a document: what is wrong, where (JSON Pointer and line:column) and what to do about it.
/// Errors are data in this library: readers, validators and importers return diagnostics instead of throwing.
/// </summary>
/// <param name="Severity">How serious the finding is.</param>
/// <param name="Code">A stable code such as <c>JR1001</c>; see <see cref="DiagnosticCodes"/>.</param>
/// <param name="Message">A sentence a person can act on.</param>
public sealed record Diagnostic(DiagnosticSeverity Severity, string Code, string Message)
{
    /// <summary>Where in the document, as a JSON Pointer (RFC 6901) such as <c>/work/0/startDate</c>; empty for the root.</summary>
    public string InstanceLocation { get; init; } = "";

    /// <summary>The schema rule that was broken, such as <c>#/definitions/iso8601</c>, when one was.</summary>
    public string? SchemaLocation { get; init; }

    /// <summary>1-based line of the offending value in the source, or 0 when unknown.</summary>
    public int Line { get; init; }

    /// <summary>1-based column (in characters) of the offending value in the source, or 0 when unknown.</summary>
    public int Column { get; init; }

    /// <summary>The value found, as JSON text and truncated, when there is one.</summary>
    public string? Found { get; init; }

    /// <summary>What to do about it, when a hint helps.</summary>
    public string? Hint { get; init; }

    /// <summary>Returns a copy with this position.</summary>
    /// <param name="position">Line and column of the offending value.</param>
    /// <returns>The same diagnostic, placed.</returns>
    public Diagnostic At(TextPosition position) => this with { Line = position.Line, Column = position.Column };

    /// <inheritdoc/>
    public override string ToString()
    {
        var where = Line > 0 ? $"{Line}:{Column}: " : "";
        var pointer = InstanceLocation.Length > 0 ? $"{InstanceLocation}: " : "";
        return $"{where}{Severity.ToString().ToLowerInvariant()} {Code}: {pointer}{Message}";
    }
}
