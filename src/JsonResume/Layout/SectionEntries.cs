using JsonResume.Vocabulary;

namespace JsonResume.Layout;

/// <summary>One section to write: which it is and its entries, laid out one at a time as they are enumerated.</summary>
/// <param name="Section">Which section.</param>
/// <param name="Entries">The entries (enumerate once).</param>
internal readonly record struct SectionEntries(ResumeSection Section, IEnumerable<EntryLayout> Entries);
