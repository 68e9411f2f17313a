namespace JsonResume.Layout;

/// <summary>
/// An entry as the text formats show it, independent of syntax: a heading, lines under it (the date line and labelled
/// lines), paragraphs and bullets. The header of the document (<c>basics</c>) is an entry too, with profiles as items.
/// </summary>
internal sealed class EntryLayout
{
    /// <summary>The heading text (parts joined by " · "); null when the entry has none.</summary>
    public string? Title { get; set; }

    /// <summary>The heading parts with their kinds, when built from a résumé.</summary>
    public List<TitlePart> TitleParts { get; } = [];

    /// <summary>A line of its own under the heading (the label of <c>basics</c>).</summary>
    public string? Subtitle { get; set; }

    /// <summary>The date line and labelled lines, in order.</summary>
    public List<LayoutLine> Lines { get; } = [];

    /// <summary>Sub-entries (the profiles of <c>basics</c>).</summary>
    public List<EntryLayout> Items { get; } = [];

    /// <summary>Paragraphs, in order.</summary>
    public List<string> Paragraphs { get; } = [];

    /// <summary>Bullets, in order; null when there is no list.</summary>
    public List<string>? Bullets { get; set; }

    /// <summary>1-based line in the source of the heading; 0 when built from a résumé.</summary>
    public int SourceLine { get; set; }

    /// <summary>Empties the layout for the next entry (the lists keep their room: one layout serves a whole section).</summary>
    public void Clear()
    {
        Title = null;
        TitleParts.Clear();
        Subtitle = null;
        Lines.Clear();
        Items.Clear();
        Paragraphs.Clear();
        Bullets = null;
        SourceLine = 0;
    }
}
