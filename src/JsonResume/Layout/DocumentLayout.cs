using System.Text.Json;

namespace JsonResume.Layout;

/// <summary>A whole résumé as the text formats show it, independent of syntax.</summary>
internal sealed class DocumentLayout
{
    /// <summary>The language the layout is written in (titles, labels, the "present" word).</summary>
    public LayoutLanguage Language { get; init; } = LayoutLanguage.English;

    /// <summary>The header (<c>basics</c>); null when the document has none.</summary>
    public EntryLayout? Header { get; set; }

    /// <summary>The sections, in the standard's order.</summary>
    public List<SectionLayout> Sections { get; } = [];

    /// <summary>Labelled lines about the document itself (<c>$schema</c>, <c>meta</c>).</summary>
    public List<LayoutLine> Footer { get; } = [];

    /// <summary>The extensions block read back: what the text cannot show (extension data, empty lists and objects), as
    /// a sparse résumé (a JSON object).</summary>
    public JsonElement? Extensions { get; set; }
}
