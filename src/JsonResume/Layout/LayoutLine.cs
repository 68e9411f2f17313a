namespace JsonResume.Layout;

/// <summary>A line under an entry heading: the date line or a labelled line.</summary>
internal abstract record LayoutLine
{
    /// <summary>1-based line in the source this was read from; 0 when built from a résumé.</summary>
    public int SourceLine { get; init; }
}

/// <summary>The date line (<c>2019-03 – present · Berlin</c>).</summary>
/// <param name="Text">The line as written.</param>
internal sealed record MetaLine(string Text) : LayoutLine
{
    /// <summary>The start or only date, when built from a résumé (for HTML).</summary>
    public string? Start { get; init; }

    /// <summary>The end date, when built from a résumé and the range has one.</summary>
    public string? End { get; init; }

    /// <summary>Whether this is a range (so a missing end means "present").</summary>
    public bool IsRange { get; init; }

    /// <summary>The place, when there is one.</summary>
    public string? Place { get; init; }
}

/// <summary>A labelled line (<c>Score: 3.8</c>).</summary>
/// <param name="Label">The label, without the colon.</param>
/// <param name="Value">The value; may be empty.</param>
/// <param name="Kind">How the value is shown.</param>
internal sealed record FieldLine(string Label, string Value, FieldKind Kind) : LayoutLine
{
    /// <summary>The field's English label whatever the language written, when built from a résumé (for HTML); null when read.</summary>
    public string? Key { get; init; }
}
