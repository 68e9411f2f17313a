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
public static class RoundTrip
{
    /// <summary>Sends a résumé through a format and back.</summary>
    /// <param name="resume">The résumé.</param>
    /// <param name="via">The format.</param>
    /// <param name="options">Rendering options (Markdown and text); defaults when null.</param>
    /// <returns>The differences, and what the white-space rule changed.</returns>
    public static RoundTripResult Check(Resume resume, RoundTripVia via, RenderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(resume);
        // Compared as UTF-8 bytes: JSON text as .NET strings would take twice the memory, and parsing them a copy more.
        var original = ResumeJson.WriteUtf8(resume);
        switch (via)
        {
            case RoundTripVia.Json:
                var back = ResumeJson.Read(original);
                var after = back.Resume ?? new Resume();
                return new RoundTripResult(via, after, Encoding.UTF8.GetString(original), JsonDiff.Compare(original, ResumeJson.WriteUtf8(after)), [], back.Diagnostics);
            case RoundTripVia.Markdown:
            case RoundTripVia.Text:
                var expected = ResumeJson.WriteUtf8(WhitespaceRule.Normalize(resume));
                var rendered = via == RoundTripVia.Markdown ? ResumeRenderer.ToMarkdown(resume, options) : ResumeRenderer.ToText(resume, options);
                var read = via == RoundTripVia.Markdown ? ResumeImporter.ReadMarkdown(rendered) : ResumeImporter.ReadText(rendered);
                return new RoundTripResult(via, read.Resume!, rendered,
                    JsonDiff.Compare(expected, ResumeJson.WriteUtf8(read.Resume!)), JsonDiff.Compare(original, expected), read.Diagnostics);
            default:
                throw new ArgumentOutOfRangeException(nameof(via), via, "Unknown format.");
        }
    }
}
