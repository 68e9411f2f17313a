using System.Text;
using System.Text.Json;
using JsonResume.Diagnostics;
using JsonResume.Json;

namespace JsonResume.Validation;

/// <summary>
/// Validates JSON Resume documents against the bundled schema (JSON Resume 1.3.1) and checks them for common
/// mistakes the schema cannot see. The schema part is compiled from the schema (see <c>SchemaValidator.g.cs</c>) and
/// reads the document once, token by token, without building a DOM; line and column are computed only for findings.
/// No reflection: safe for trimming and Native AOT.
/// </summary>
public static class ResumeValidator
{
    [ThreadStatic]
    private static ValidationContext? cached;

    /// <summary>Validates a document given as UTF-8 bytes (a byte order mark is allowed; UTF-16/32 with one too).</summary>
    /// <param name="utf8">The document.</param>
    /// <param name="options">How to check; <see cref="ValidationOptions.Default"/> when null.</param>
    /// <returns>The verdict and every finding, in document order, each with its JSON Pointer and line:column.</returns>
    public static ValidationResult Validate(ReadOnlyMemory<byte> utf8, ValidationOptions? options = null)
    {
        options ??= ValidationOptions.Default;
        if (!JsonInput.TryGetUtf8(utf8, out var text, out _) || text.Span.Trim(" \t\r\n"u8).IsEmpty)
        {
            return InputFailure(utf8);
        }

        // Lone surrogate escapes are errors of their own; read as U+FFFD, the rest of the document is still checked.
        text = LoneSurrogates.Replace(text, out var unicode); // null, and nothing allocated, when there is none
        var context = cached ?? new ValidationContext();
        cached = null;
        context.Reset(text, options.Strict, options.ReportUnknownProperties);
        try
        {
            var reader = new Utf8JsonReader(text.Span, new JsonReaderOptions { MaxDepth = JsonInput.MaxDepth });
            reader.Read();
            SchemaValidator.Validate(ref reader, context);
            reader.Read(); // throws on anything but white space after the root value
            var report = Report(text.Span, context.Findings);
            return unicode is null
                ? report
                : new ValidationResult([.. unicode.Concat(report.Diagnostics).OrderBy(d => d.Line).ThenBy(d => d.Column)]);
        }
        catch (JsonException)
        {
            return InputFailure(utf8);
        }
        finally
        {
            context.Release();
            cached = context;
        }
    }

    /// <summary>Validates a document given as text.</summary>
    /// <param name="json">The document.</param>
    /// <param name="options">How to check.</param>
    /// <returns>The verdict and every finding.</returns>
    public static ValidationResult Validate(string json, ValidationOptions? options = null) =>
        Validate(Encoding.UTF8.GetBytes(json ?? throw new ArgumentNullException(nameof(json))), options);

    /// <summary>Validates a document read from a stream (read to its end).</summary>
    /// <param name="stream">The document.</param>
    /// <param name="options">How to check.</param>
    /// <returns>The verdict and every finding.</returns>
    public static ValidationResult Validate(Stream stream, ValidationOptions? options = null) => Validate(InputBytes.ReadAll(stream), options);

    private static ValidationResult Report(ReadOnlySpan<byte> utf8, IReadOnlyList<ValidationContext.Finding> findings)
    {
        if (findings.Count == 0)
        {
            return ValidationResult.Valid;
        }

        // Findings come mostly in document order already; a stable sort by offset fixes the rest (a start/end date
        // finding is made when its object ends, for example).
        var ordered = findings.ToArray();
        var inOrder = true;
        for (var i = 1; i < ordered.Length && inOrder; i++)
        {
            inOrder = ordered[i].Offset >= ordered[i - 1].Offset;
        }

        if (!inOrder)
        {
            ordered = [.. findings.OrderBy(f => f.Offset)];
        }

        var offsets = new long[ordered.Length];
        for (var i = 0; i < ordered.Length; i++)
        {
            offsets[i] = ordered[i].Offset;
        }

        var positions = JsonLocator.Locate(utf8, offsets);
        var diagnostics = new Diagnostic[ordered.Length];
        for (var i = 0; i < ordered.Length; i++)
        {
            diagnostics[i] = ordered[i].Diagnostic.At(positions[i]);
        }

        return new ValidationResult(diagnostics);
    }

    // Not text, empty, or not JSON: the input reader says exactly what and where.
    private static ValidationResult InputFailure(ReadOnlyMemory<byte> input)
    {
        if (JsonInput.TryParse(input, out var document, out _, out var failure))
        {
            document!.Dispose();
            failure = new Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.JsonSyntax, "Invalid JSON.");
        }

        return new ValidationResult([failure!]);
    }
}
