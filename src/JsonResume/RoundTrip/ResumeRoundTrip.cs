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
        // Each copy is let go as soon as it has been compared, so that a large résumé is held as few times as possible.
        var original = ResumeJson.WriteUtf8(resume);
        switch (via)
        {
            case RoundTripVia.Json:
                var back = ResumeJson.Read(original);
                var after = back.Resume ?? new Resume();
                var differences = Differences(original, ResumeJson.WriteUtf8(after));
                return new RoundTripResult(via, after, new Lazy<string>(() => Encoding.UTF8.GetString(original)), differences, [], back.Diagnostics);
            case RoundTripVia.Markdown:
            case RoundTripVia.Text:
                var expected = ResumeJson.WriteUtf8(WhitespaceRule.Normalize(resume));
                var normalized = Differences(original, expected);
                original = null;
                var rendered = via == RoundTripVia.Markdown ? ResumeRenderer.ToMarkdown(resume, options) : ResumeRenderer.ToText(resume, options);
                var read = via == RoundTripVia.Markdown ? ResumeImporter.ReadMarkdown(rendered) : ResumeImporter.ReadText(rendered);
                return new RoundTripResult(via, read.Resume!, new Lazy<string>(() => rendered),
                    Differences(expected, ResumeJson.WriteUtf8(read.Resume!)), normalized, read.Diagnostics);
            default:
                throw new ArgumentOutOfRangeException(nameof(via), via, "Unknown format.");
        }
    }

    /// <summary>Identical canonical JSON has no differences: the common, lossless case skips parsing both sides.</summary>
    private static IReadOnlyList<JsonDifference> Differences(byte[] before, byte[] after) =>
        before.AsSpan().SequenceEqual(after) ? [] : JsonDiff.Compare(before, after);
}
