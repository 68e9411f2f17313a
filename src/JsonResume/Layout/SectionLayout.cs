using JsonResume.Vocabulary;

namespace JsonResume.Layout;

/// <summary>One section of the document with its entries.</summary>
/// <param name="Section">Which section.</param>
internal sealed record SectionLayout(ResumeSection Section)
{
    /// <summary>The entries, in order.</summary>
    public List<EntryLayout> Entries { get; } = [];
}
