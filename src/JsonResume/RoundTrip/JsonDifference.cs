namespace JsonResume.RoundTrip;

/// <summary>One difference between two JSON documents.</summary>
/// <param name="Kind">Added, removed or changed.</param>
/// <param name="Pointer">Where, as a JSON Pointer (RFC 6901) such as <c>/work/0/summary</c>; empty for the whole document.</param>
/// <param name="Before">The value in the first document, as compact JSON; null when it has none.</param>
/// <param name="After">The value in the second document, as compact JSON; null when it has none.</param>
public sealed record JsonDifference(DifferenceKind Kind, string Pointer, string? Before, string? After)
{
    /// <inheritdoc/>
    public override string ToString() => Kind switch
    {
        DifferenceKind.Added => $"{Display(Pointer)}: added {Short(After)}",
        DifferenceKind.Removed => $"{Display(Pointer)}: removed {Short(Before)}",
        _ => $"{Display(Pointer)}: changed {Short(Before)} -> {Short(After)}",
    };

    private static string Display(string pointer) => pointer.Length == 0 ? "(document)" : pointer;

    private static string? Short(string? json) => json is null || json.Length <= 120 ? json : string.Concat(json.AsSpan(0, 119), "…");
}
