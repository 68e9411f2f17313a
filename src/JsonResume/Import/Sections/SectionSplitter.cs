using JsonResume.Import.Blocks;
using JsonResume.Import.Recognition;
using JsonResume.Vocabulary;

namespace JsonResume.Import.Sections;

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

                // A deeper heading after a section's flat content (no entry headings so far) that is no entry itself
                // closes the section: another section's name, or an unknown one with nothing dated under it.
                var current = sections[^1];
                opens |= block.Level > sectionLevel && seenKnown && current.Heading is not null && current.Blocks.Count > 0
                    && !current.HasEntryHeading
                    && (kind == ResumeSection.Unknown ? UndatedUntilNextSection(blocks, index) : kind != current.Kind);
            }
            else
            {
                opens = kind != ResumeSection.Unknown && strongKnown.Count == 0 && (block.Style == HeadingStyle.Capitals || !known.Any(k => k.Block.Style == HeadingStyle.Capitals));

                // A line in capitals that names no known section still opens one when, after a known section, nothing
                // under it up to the next section heading is dated (an entry's sub-heading or company name is followed by dates).
                opens |= kind == ResumeSection.Unknown && seenKnown && strongKnown.Count == 0 && block.Style == HeadingStyle.Capitals
                    && UndatedUntilNextSection(blocks, index);

                // A line of the document's own heading shape opens a section whatever it names.
                opens |= block.Style == HeadingStyle.Label && strongKnown.Count == 0;
            }

            if (!opens && kind == ResumeSection.Unknown && sections[^1].Kind is ResumeSection.Contact or ResumeSection.Summary
                && OpensEntry(blocks, index))
            {
                // An entry by its shape (a heading, then a date range) where no section names it: the jobs of a
                // résumé without an "Experience" heading, or after a section it does not belong to.
                sections.Add(new Section { Kind = ResumeSection.Work, Implied = true });
                AddHeading(sections[^1], block);
                continue;
            }

            if (!opens && sections[^1].Implied && kind == ResumeSection.Unknown && (block.Style == HeadingStyle.Strong || OpensEntry(blocks, index)))
            {
                AddHeading(sections[^1], block);
                continue;
            }

            if (opens)
            {
                seenKnown |= kind != ResumeSection.Unknown;
                sections.Add(new Section { Kind = kind, Heading = block });
            }
            else if (block.Style == HeadingStyle.Strong && (seenKnown || block.Level > sectionLevel))
            {
                AddHeading(sections[^1], block);
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

        for (var i = 0; i < sections.Count; i++)
        {
            sections[i] = SectionShapes.AsList(ByShape(sections[i]));
        }

        return sections;
    }

    /// <summary>An unknown section with at least this many entry headers holding a date range is a list of jobs.</summary>
    private const int MinDatedEntries = 2;

    /// <summary>
    /// A section whose heading names none ("Previous Positions" in words the vocabulary lacks) but whose content has the
    /// shape of jobs, several entry headers each with a date range, is read as work instead of being dropped.
    /// </summary>
    private static Section ByShape(Section section)
    {
        if (section.Kind != ResumeSection.Unknown || section.Heading is null || SectionNames.NamesNoCounterpart(section.Title)
            || section.Blocks.Count(b => b.Kind != BlockKind.Bullet && b.Date is { IsRange: true } && (b.IsTerm || EntrySegmenter.IsHeaderLine(b))) < MinDatedEntries)
        {
            return section;
        }

        var work = new Section { Kind = ResumeSection.Work, Heading = section.Heading, HasEntryHeading = section.HasEntryHeading };
        work.Blocks.AddRange(section.Blocks);
        return work;
    }

    private static void AddHeading(Section section, Block heading)
    {
        section.Blocks.Add(heading);
        section.HasEntryHeading = true;
    }

    /// <summary>How many blocks after a heading may come before the date range that makes it an entry heading.</summary>
    private const int EntryDateLookahead = 2;

    /// <summary>Longer headings are titles of prose, not entry headings.</summary>
    private const int MaxEntryHeadingLength = 120;

    /// <summary>
    /// Whether a heading that names no section heads an entry: it is short and not a sentence, and it reads as
    /// "Role at Organisation" or holds a date range, or one of the next <see cref="EntryDateLookahead"/> blocks is a
    /// header line with one.
    /// </summary>
    private static bool OpensEntry(IReadOnlyList<Block> blocks, int index)
    {
        var heading = blocks[index].Content.ToPlain();
        if (heading.Length > MaxEntryHeadingLength || LineJoiner.IsSentence(heading))
        {
            return false;
        }

        if (DateRecognizer.Default.Find(heading) is { IsRange: true } || RoleConnectors.ReadsAsRoleAtOrganisation(heading))
        {
            return true;
        }

        for (var i = index + 1; i < blocks.Count && i <= index + EntryDateLookahead; i++)
        {
            var b = blocks[i];
            if (b.Kind == BlockKind.Heading)
            {
                return false;
            }

            if (EntrySegmenter.IsHeaderLine(b) && b.Date is { IsRange: true })
            {
                return true;
            }
        }

        return false;
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

            if (b.Kind == BlockKind.Bullet || b.Date is not null)
            {
                return false;
            }

            any = true;
        }

        return any;
    }
}
