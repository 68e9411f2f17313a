using JsonResume.Vocabulary;

namespace JsonResume.Layout;

/// <summary>One section to write: which it is and its entries, laid out one at a time as they are enumerated.</summary>
/// <param name="Section">Which section.</param>
/// <param name="Entries">The entries (enumerate once; each is the same layout object, refilled, so write it before the next).</param>
internal readonly record struct SectionEntries(ResumeSection Section, IEnumerable<EntryLayout> Entries);
