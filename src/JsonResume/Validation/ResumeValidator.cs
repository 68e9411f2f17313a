using System.Text;
using JsonResume.Diagnostics;
using JsonResume.Json;

namespace JsonResume.Validation;

/// <summary>Validates JSON Resume documents against the bundled schema (JSON Resume 1.3.1).</summary>
public static class ResumeValidator
{
    /// <summary>Validates a document given as UTF-8 bytes (a byte order mark is allowed).</summary>
    /// <param name="utf8">The document.</param>
    /// <param name="options">How to check; <see cref="ValidationOptions.Default"/> when null.</param>
    /// <returns>The verdict and every finding, each with its JSON Pointer and line:column.</returns>
    public static ValidationReport Validate(ReadOnlyMemory<byte> utf8, ValidationOptions? options = null)
    {
        _ = options ?? ValidationOptions.Default;
        if (!JsonInput.TryParse(utf8, out var document, out _, out var failure))
        {
            return new ValidationReport([failure!]);
        }

        using (document)
        {
            return new ValidationReport([]);
        }
    }

    /// <summary>Validates a document given as text.</summary>
    /// <param name="json">The document.</param>
    /// <param name="options">How to check.</param>
    /// <returns>The verdict and every finding.</returns>
    public static ValidationReport Validate(string json, ValidationOptions? options = null) =>
        Validate(Encoding.UTF8.GetBytes(json ?? throw new ArgumentNullException(nameof(json))), options);

    /// <summary>Validates a document read from a stream (read to its end).</summary>
    /// <param name="stream">The document.</param>
    /// <param name="options">How to check.</param>
    /// <returns>The verdict and every finding.</returns>
    public static ValidationReport Validate(Stream stream, ValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return Validate(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), options);
    }
}
