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
        return options.Format == DocumentFormat.Yaml ? ValidateYaml(utf8, options) : ValidateJson(utf8, options);
    }

    /// <summary>
    /// Validates a JSON document (<see cref="ValidationOptions.Format"/> is not looked at). Apart from
    /// <see cref="Validate(ReadOnlyMemory{byte}, ValidationOptions?)"/> for the native front executable, which checks
    /// JSON files only: what it calls is all Native AOT compiles in, and this path has no YAML parser.
    /// </summary>
    /// <param name="utf8">The document.</param>
    /// <param name="options">How to check.</param>
    /// <returns>The verdict and every finding.</returns>
    internal static ValidationResult ValidateJson(ReadOnlyMemory<byte> utf8, ValidationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!JsonInput.TryGetUtf8(utf8, out var text, out _) || text.Span.Trim(" \t\r\n"u8).IsEmpty)
        {
            return InputFailure(utf8);
        }

        // Lone surrogate escapes are errors of their own; read as U+FFFD, the rest of the document is still checked.
        text = LoneSurrogates.Replace(text, out var unicode); // null, and nothing allocated, when there is none
        return Run(text, options, unicode, yaml: null) ?? InputFailure(utf8);
    }

    /// <summary>A YAML document is validated as the JSON it stands for; findings are placed in the YAML.</summary>
    private static ValidationResult ValidateYaml(ReadOnlyMemory<byte> input, ValidationOptions options)
    {
        var findings = new List<Diagnostic>();
        if (!YamlReader.TryRead(input, out var source, out var failure, findings))
        {
            return new ValidationResult([failure!]);
        }

        return Run(source!.Json, options, findings.Count == 0 ? null : findings, source)
            ?? new ValidationResult([new Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.YamlSyntax, "Invalid YAML.")]);
    }

    /// <summary>Runs the compiled schema and the semantic checks over UTF-8 JSON; null when the text is not JSON.</summary>
    /// <param name="text">The JSON text.</param>
    /// <param name="options">How to check.</param>
    /// <param name="early">Findings made before (placed), merged in order; null when none.</param>
    /// <param name="yaml">The YAML the text stands for, whose positions findings get; null for JSON (positions in the text).</param>
    private static ValidationResult? Run(ReadOnlyMemory<byte> text, ValidationOptions options, List<Diagnostic>? early, YamlSource? yaml)
    {
        var context = cached ?? new ValidationContext();
        cached = null;
        context.Reset(text, options.Strict, options.ReportUnknownProperties);
        try
        {
            var reader = new Utf8JsonReader(text.Span, new JsonReaderOptions { MaxDepth = JsonInput.MaxDepth });
            reader.Read();
            SchemaValidator.Validate(ref reader, context);
            reader.Read(); // throws on anything but white space after the root value
            var report = Report(text.Span, context.Findings, yaml);
            return early is null
                ? report
                : new ValidationResult([.. early.Concat(report.Diagnostics).OrderBy(d => d.Line).ThenBy(d => d.Column)]);
        }
        catch (JsonException)
        {
            return null;
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

    private static ValidationResult Report(ReadOnlySpan<byte> utf8, IReadOnlyList<ValidationContext.Finding> findings, YamlSource? yaml)
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

        var positions = yaml is null ? JsonLocator.Locate(utf8, offsets) : yaml.PositionsAt(offsets);
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
