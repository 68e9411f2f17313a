using System.Text.Json.Nodes;
using JsonResume.Model;

namespace JsonResume.Layout;

/// <summary>
/// A résumé whose values follow <see cref="WhitespaceRule"/>, laid out for the writers on demand: the header and the
/// footer at once, each section's entries one at a time while they are written, the extensions block last. A writer
/// that writes each entry as it gets it never holds the whole layout, so rendering a large résumé needs memory for the
/// model and one entry, not for a second copy of the document.
/// </summary>
internal sealed class DocumentSource
{
    private readonly Resume resume;

    /// <summary>The layout every section's entries are laid out into, one after the other.</summary>
    private readonly EntryLayout entry = new();

    /// <summary>Lays out the header and the footer of a résumé that already follows the white-space rule.</summary>
    public DocumentSource(Resume resume, LayoutLanguage language)
    {
        this.resume = resume;
        Language = language;
        Header = DocumentLayouts.Header(resume, language);
        Footer = EntryLayouts.Build(ResumeShapes.Footer, resume, language).Lines;
    }

    /// <summary>The language written.</summary>
    public LayoutLanguage Language { get; }

    /// <summary>The header (<c>basics</c>); null when the document has none.</summary>
    public EntryLayout? Header { get; }

    /// <summary>Labelled lines about the document itself (<c>$schema</c>, <c>meta</c>).</summary>
    public List<LayoutLine> Footer { get; }

    /// <summary>
    /// The sections that have entries, in the standard's order, each with its entries laid out as they are enumerated,
    /// all into one <see cref="EntryLayout"/>: a writer writes each entry before it asks for the next.
    /// </summary>
    public IEnumerable<SectionEntries> Sections()
    {
        foreach (var shape in ResumeShapes.Sections)
        {
            if (shape.Entries(resume, Language, entry) is { } entries)
            {
                yield return new SectionEntries(shape.Section, entries);
            }
        }
    }

    /// <summary>What the text cannot show (extension data, empty lists and objects), as a sparse résumé; null when nothing.</summary>
    public JsonObject? Extensions() => DocumentLayouts.Overlay(resume);
}
