using JsonResume.Diagnostics;
using JsonResume.Model;

namespace JsonResume.RoundTrip;

/// <summary>What a round trip kept and lost.</summary>
public sealed class RoundTripResult
{
    private readonly Lazy<string> rendered;

    internal RoundTripResult(RoundTripVia via, Resume after, Lazy<string> rendered,
        IReadOnlyList<JsonDifference> differences, IReadOnlyList<JsonDifference> normalized, IReadOnlyList<Diagnostic> diagnostics)
    {
        (Via, After, this.rendered, Differences, Normalized, Diagnostics) = (via, after, rendered, differences, normalized, diagnostics);
    }

    /// <summary>The format the résumé went through.</summary>
    public RoundTripVia Via { get; }

    /// <summary>The résumé read back.</summary>
    public Resume After { get; }

    /// <summary>The résumé as rendered in the intermediate format.</summary>
    /// <remarks>The JSON route keeps the UTF-8 bytes and makes the text when asked: a large résumé's JSON as a .NET string
    /// takes twice the memory, and most callers only look at the differences.</remarks>
    public string Rendered => rendered.Value;

    /// <summary>
    /// What was lost or changed: differences between the expected résumé (the original, after the white-space rule for
    /// Markdown and text) and the résumé read back. Empty when the round trip is lossless.
    /// </summary>
    public IReadOnlyList<JsonDifference> Differences { get; }

    /// <summary>The values the white-space rule changed (Markdown and text only; the rule is described in README, "Reading Markdown and text back"). These are not losses.</summary>
    public IReadOnlyList<JsonDifference> Normalized { get; }

    /// <summary>What the reader reported while reading the intermediate format back.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>Whether nothing was lost.</summary>
    public bool IsLossless => Differences.Count == 0;
}
