namespace JsonResume.Diagnostics;

/// <summary>What became of one line of an imported document.</summary>
/// <param name="Line">The 1-based line number.</param>
/// <param name="Disposition">Imported, not understood, or hidden (and why).</param>
/// <param name="Pointers">For imported lines, the JSON Pointers (RFC 6901) of the values the line fed.</param>
/// <param name="Reason">For lines not understood, why; for hidden lines, what hid them.</param>
public sealed record LineReport(int Line, LineDisposition Disposition, IReadOnlyList<string> Pointers, string? Reason)
{
    /// <summary>Whether the line is hidden from readers or holds no content (comment, front matter, style, blank, markup).</summary>
    public bool IsHidden => Disposition is not (LineDisposition.Imported or LineDisposition.NotUnderstood);
}
