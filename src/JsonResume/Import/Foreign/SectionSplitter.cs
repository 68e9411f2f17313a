using JsonResume.Import.Recognition;
using JsonResume.Vocabulary;

namespace JsonResume.Import.Foreign;

/// <summary>
/// Splits a document's blocks into sections. A heading opens a section when it names a known one (through
/// <see cref="SectionNames"/>), or when it is as prominent as the known section headings of the same document; headings
/// deeper than that stay inside their section (entry headings), and plain-text lines in capitals only count where the
/// document has no more strongly marked section headings.
/// </summary>
internal static class SectionSplitter
{
    public static List<Section> Split(IReadOnlyList<Block> blocks)
    {
        var headings = blocks.Where(b => b.Kind == BlockKind.Heading).Select(b => (Block: b, Kind: SectionNames.Classify(b.Content.ToPlain()))).ToList();
        var known = headings.Where(h => h.Kind != ResumeSection.Unknown).ToList();
        var strongKnown = known.Where(h => h.Block.Style == HeadingStyle.Strong).ToList();
        var sectionLevel = strongKnown.Count > 0 ? strongKnown.Min(h => h.Block.Level) : 6;
        var sections = new List<Section> { new() { Kind = ResumeSection.Contact } };
        var seenKnown = false;
        for (var index = 0; index < blocks.Count; index++)
        {
            var block = blocks[index];
            if (block.Kind != BlockKind.Heading)
            {
                sections[^1].Blocks.Add(block);
                continue;
            }

            var kind = SectionNames.Classify(block.Content.ToPlain());
            bool opens;
            if (block.Style == HeadingStyle.Strong)
            {
                opens = block.Level <= sectionLevel && (kind != ResumeSection.Unknown || seenKnown);
            }
            else
            {
                opens = kind != ResumeSection.Unknown && strongKnown.Count == 0 && (block.Style == HeadingStyle.Capitals || !known.Any(k => k.Block.Style == HeadingStyle.Capitals));

                // A line in capitals that names no known section still opens one when, after a known section, nothing
                // under it up to the next section heading is dated (an entry's sub-heading or company name is followed by dates).
                opens |= kind == ResumeSection.Unknown && seenKnown && strongKnown.Count == 0 && block.Style == HeadingStyle.Capitals
                    && UndatedUntilNextSection(blocks, index);
            }

            if (opens)
            {
                seenKnown |= kind != ResumeSection.Unknown;
                sections.Add(new Section { Kind = kind, Heading = block });
            }
            else if (block.Style == HeadingStyle.Strong && (seenKnown || block.Level > sectionLevel))
            {
                sections[^1].Blocks.Add(block);
            }
            else
            {
                sections[^1].Blocks.Add(new Block
                {
                    Kind = BlockKind.Text,
                    Content = block.Content,
                    FirstLine = block.FirstLine,
                    LastLine = block.LastLine,
                    Gap = block.Gap,
                    HeadingLevel = block.Style == HeadingStyle.Strong ? block.Level : 7,
                });
            }
        }

        return sections;
    }

    private static bool UndatedUntilNextSection(IReadOnlyList<Block> blocks, int index)
    {
        var any = false;
        for (var i = index + 1; i < blocks.Count; i++)
        {
            var b = blocks[i];
            if (b.Kind == BlockKind.Heading && SectionNames.Classify(b.Content.ToPlain()) != ResumeSection.Unknown)
            {
                break;
            }

            if (b.Kind == BlockKind.Bullet || DateRecognizer.Default.Find(b.Content.ToPlain()) is not null)
            {
                return false;
            }

            any = true;
        }

        return any;
    }
}
