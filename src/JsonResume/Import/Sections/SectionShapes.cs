using JsonResume.Import.Blocks;
using JsonResume.Import.Recognition;
using JsonResume.Vocabulary;

namespace JsonResume.Import.Sections;

/// <summary>
/// Reads a section whose heading names none of the résumé's sections by the shape of its content: a list of short
/// items (keywords, not sentences, dates or links) is a group of skills named by its heading, as a flat list under a
/// heading is everywhere else ("Tooling", "Odds and Ends"); labelled lists (<c>Label: a, b, c</c>) are skill groups too.
/// </summary>
internal static class SectionShapes
{
    /// <summary>A list needs at least this many items to count as one.</summary>
    private const int MinListItems = 2;

    /// <summary>Longer items are phrases or sentences, not keywords.</summary>
    private const int MaxKeywordLength = 60;

    /// <summary>Keywords have at most this many words.</summary>
    private const int MaxKeywordWords = 8;

    /// <summary>A label before a colon has at most this many words ("Build tool: Make, Ninja").</summary>
    private const int MaxLabelWords = 4;

    public static Section AsList(Section section)
    {
        if (section.Kind != ResumeSection.Unknown || section.Heading is null || SectionNames.NamesNoCounterpart(section.Title))
        {
            return section;
        }

        var items = 0;
        foreach (var block in section.Blocks)
        {
            var text = block.Content.ToPlain();
            if (block.Kind == BlockKind.Text && text.StartsWith('(') && text.EndsWith(')'))
            {
                continue; // a note under the heading ("(details below)")
            }

            if (block.Kind != BlockKind.Bullet || !(IsLabelledList(text) || IsKeyword(block, text)))
            {
                return section;
            }

            items++;
        }

        if (items < MinListItems)
        {
            return section;
        }

        var skills = new Section { Kind = ResumeSection.Skills, Heading = section.Heading, HasEntryHeading = section.HasEntryHeading };
        skills.Blocks.AddRange(section.Blocks);
        return skills;
    }

    private static bool IsKeyword(Block block, string text) =>
        text.Length <= MaxKeywordLength && SpaceWords.Count(text) <= MaxKeywordWords
        && !block.Content.IsOneLink && block.Date is null && !LineJoiner.IsSentence(text) && !LineJoiner.EndsSentence(text);

    private static bool IsLabelledList(string text)
    {
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && colon + 1 < text.Length && char.IsWhiteSpace(text[colon + 1])
            && SpaceWords.Count(text.AsSpan(0, colon)) <= MaxLabelWords
            && text[(colon + 1)..].Contains(',', StringComparison.Ordinal);
    }
}
