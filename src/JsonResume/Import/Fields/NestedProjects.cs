using JsonResume.Import.Blocks;
using JsonResume.Import.Recognition;
using JsonResume.Model;
using JsonResume.Vocabulary;

namespace JsonResume.Import.Fields;

/// <summary>
/// Projects listed under a job: a sub-heading that names projects ("Key Projects") followed by one heading per
/// project. Each becomes a project whose entity is the job's organisation, with a tag line (<c>« C#, SQL »</c>) as its
/// keywords, its bullets as highlights and its prose as description; the job keeps what stands before the sub-heading.
/// </summary>
internal static class NestedProjects
{
    /// <summary>A tag line lists short items; longer ones are prose.</summary>
    private const int MaxWordsPerKeyword = 5;

    /// <summary>The job's own body and the blocks of its nested projects (empty when it has none).</summary>
    public static (List<Block> Job, List<Block> Projects) Split(List<Block> body)
    {
        for (var i = 0; i < body.Count; i++)
        {
            if (IsHeading(body[i]) && SectionNames.Classify(body[i].Content.ToPlain()) == ResumeSection.Projects
                && body.Skip(i + 1).Any(IsHeading))
            {
                return (body.Take(i).ToList(), body.Skip(i).ToList());
            }
        }

        return (body, []);
    }

    /// <summary>Reads the nested projects; <paramref name="entity"/> is the job's organisation.</summary>
    public static void Read(List<Block> blocks, string? entity, ImportContext ctx)
    {
        Project? current = null;
        Block? previous = null;
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (i == 0)
            {
                ctx.Ledger.Markup(block.FirstLine, block.LastLine); // the "Key Projects" label
                previous = block;
                continue;
            }

            if (IsHeading(block))
            {
                current = new Project { Name = HeaderFields.CleanEdges(block.Content).ToPlain(), Entity = entity };
                (ctx.Resume.Projects ??= []).Add(current);
                ctx.Ledger.Claim(block, current, "name");
            }
            else if (current is null)
            {
                ctx.Ledger.Reject(block, "text between a projects label and the first project");
            }
            else
            {
                var text = block.Content.ToFieldText();
                if (block.Kind == BlockKind.Bullet)
                {
                    (current.Highlights ??= []).Add(text);
                    ctx.Ledger.Claim(block, current, "highlights");
                }
                else if (previous is { Kind: BlockKind.Bullet } && !block.Gap && current.Highlights is { Count: > 0 } highlights)
                {
                    highlights[^1] = highlights[^1].TrimEnd() + " " + text.Trim(); // a wrapped line of the bullet above
                    ctx.Ledger.Claim(block, current, "highlights");
                }
                else if (current.Keywords is null && current.Highlights is null && current.Description is null && TagLine(text) is { } keywords)
                {
                    current.Keywords = keywords;
                    ctx.Ledger.Claim(block, current, "keywords");
                }
                else if (text.Length > 0)
                {
                    current.Description = current.Description is null ? text : current.Description + " " + text;
                    ctx.Ledger.Claim(block, current, "description");
                }
            }

            previous = block;
        }
    }

    private static bool IsHeading(Block block) => block.Kind == BlockKind.Heading || block.HeadingLevel > 0;

    /// <summary>A line of short comma-separated items, possibly in guillemets or brackets: the project's technologies.</summary>
    private static List<string>? TagLine(string text)
    {
        var inner = text.Trim().Trim('«', '»', '[', ']', '(', ')', ' ');
        if (inner.Length == 0 || LineJoiner.EndsSentence(inner))
        {
            return null;
        }

        var items = KeywordSplitter.Split(inner);
        return items.Count >= 2 && items.All(k => SpaceWords.Count(k) <= MaxWordsPerKeyword) ? items : null;
    }
}
