using System.Text.Json.Nodes;
using JsonResume.Diagnostics;
using JsonResume.Model;
using JsonResume.Vocabulary;

namespace JsonResume.Layout;

/// <summary>One list section of the résumé and the shape of its entries, without naming the model class.</summary>
internal interface ISectionShape
{
    /// <summary>Which section.</summary>
    ResumeSection Section { get; }

    /// <summary>The English labels of its entries' labelled lines (lists with their one-item labels).</summary>
    IEnumerable<string> Labels { get; }

    /// <summary>The JSON name of the field written as paragraphs, if any.</summary>
    string? ProseField { get; }

    /// <summary>
    /// The entries, each laid out into <paramref name="layout"/> when it is enumerated (the same object every time,
    /// refilled: write an entry before asking for the next); null when the résumé has no such section (absent or empty).
    /// </summary>
    IEnumerable<EntryLayout>? Entries(Resume resume, LayoutLanguage language, EntryLayout layout);

    /// <summary>Sets the section from entries read back.</summary>
    void Read(Resume resume, IReadOnlyList<EntryLayout> entries, List<Diagnostic> diagnostics);

    /// <summary>Applies the white-space rule to every value of the section.</summary>
    void Normalize(Resume resume);

    /// <summary>Whether every value of the section already follows the white-space rule.</summary>
    bool IsNormal(Resume resume);

    /// <summary>What the text cannot show: <c>[]</c> for an empty section, or one object per entry holding its extension data and empty lists; null when nothing.</summary>
    JsonNode? Overlay(Resume resume);
}
