using System.Text;
using JsonResume.Import;
using JsonResume.Json;
using JsonResume.Layout;
using JsonResume.Model;
using JsonResume.Render;

namespace JsonResume.RoundTrip;

/// <summary>
/// Round-trip validation: renders a résumé to a format, reads it back and reports every difference as a JSON Pointer
/// with the values before and after.
/// </summary>
public static class ResumeRoundTrip
{
    /// <summary>
    /// Compares two JSON documents value by value: property order does not matter, numbers compare by value
    /// (<c>1.0</c> equals <c>1</c>), arrays compare item by item; when a property appears twice the last one counts.
    /// </summary>
    /// <param name="before">The first document.</param>
    /// <param name="after">The second document.</param>
    /// <returns>The differences, in document order; empty when the documents are equal.</returns>
    public static IReadOnlyList<JsonDifference> Compare(string before, string after) => JsonDiff.Compare(before, after);

    /// <summary>Sends a résumé through a format and back.</summary>
    /// <param name="resume">The résumé.</param>
    /// <param name="via">The format.</param>
    /// <param name="options">Rendering options (Markdown and text); defaults when null.</param>
    /// <returns>The differences, what the white-space rule changed, and what the reader reported.</returns>
    public static RoundTripResult Check(Resume resume, RoundTripVia via, RenderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(resume);
        // Compared as UTF-8 bytes: JSON text as .NET strings would take twice the memory, and parsing them a copy more.
        // Only one canonical JSON is ever held: the other side of each comparison is compared chunk by chunk while it
        // is written (and written whole only when it differs), and each copy is let go as soon as it has been compared,
        // so that a large résumé is held as few times as possible.
        var original = ResumeJson.WriteUtf8(resume);
        switch (via)
        {
            case RoundTripVia.Json:
                var back = ResumeJson.Read(original);
                var after = back.Resume ?? new Resume();
                var differences = Differences(original, after);
                return new RoundTripResult(via, after, new Lazy<string>(() => Encoding.UTF8.GetString(original)), differences, [], back.Diagnostics);
            case RoundTripVia.Markdown:
            case RoundTripVia.Text:
                var (expected, normalized) = Normalized(original, resume);
                original = null;
                var rendered = via == RoundTripVia.Markdown ? ResumeRenderer.ToMarkdown(resume, options) : ResumeRenderer.ToText(resume, options);
                var read = via == RoundTripVia.Markdown ? ResumeImporter.ReadMarkdown(rendered) : ResumeImporter.ReadText(rendered);
                return new RoundTripResult(via, read.Resume!, new Lazy<string>(() => rendered),
                    Differences(expected, read.Resume!), normalized, read.Diagnostics);
            default:
                throw new ArgumentOutOfRangeException(nameof(via), via, "Unknown format.");
        }
    }

    /// <summary>
    /// The canonical JSON the reading should give back (the résumé after the white-space rule), and what the rule
    /// changed. The rule usually changes nothing: the original JSON is then the expected one, not a second copy, and
    /// the normalised copy of the résumé is let go as soon as it has been written.
    /// </summary>
    private static (byte[] Expected, IReadOnlyList<JsonDifference> Normalized) Normalized(byte[] original, Resume resume)
    {
        var copy = WhitespaceRule.Normalize(resume);
        if (WritesAs(copy, original))
        {
            return (original, []);
        }

        var expected = ResumeJson.WriteUtf8(copy);
        return (expected, JsonDiff.Compare(original, expected));
    }

    /// <summary>What was lost: nothing when the résumé read back writes exactly the expected JSON (the common, lossless
    /// case parses neither side and never holds the second).</summary>
    private static IReadOnlyList<JsonDifference> Differences(byte[] expected, Resume after) =>
        WritesAs(after, expected) ? [] : JsonDiff.Compare(expected, ResumeJson.WriteUtf8(after));

    /// <summary>Whether the résumé's canonical JSON is <paramref name="expected"/>, compared chunk by chunk as it is
    /// written.</summary>
    private static bool WritesAs(Resume resume, byte[] expected)
    {
        var at = 0L;
        var same = true;
        using var buffer = new ChunkedBufferWriter(chunk =>
        {
            same = same && at + chunk.Length <= expected.Length && chunk.SequenceEqual(expected.AsSpan((int)at, chunk.Length));
            at += chunk.Length;
        });
        ResumeJson.WriteCanonical(resume, buffer);
        buffer.Flush();
        return same && at == expected.Length;
    }
}
