using System.Text.RegularExpressions;
using JsonResume.Import.Blocks;
using JsonResume.Import.Recognition;
using JsonResume.Vocabulary;

namespace JsonResume.Import.Fields;

/// <summary>
/// Labelled lines in a project's body: "Description: …" is its description, "Technologies: a, b" its keywords, and a
/// "Responsibilities:" label only introduces highlights (the items under it, or the one written after it). The other
/// lines stay the body.
/// </summary>
internal static partial class ProjectLabels
{
    /// <summary>The body without the labelled lines, the description and keywords they held, and the blocks that held them.</summary>
    public static (List<Block> Body, string? Description, List<string>? Keywords, List<Block> DescriptionBlocks, List<Block> KeywordBlocks, List<Block> Labels) Read(List<Block> body)
    {
        var rest = new List<Block>();
        string? description = null;
        List<string>? keywords = null;
        List<Block> descriptionBlocks = [], keywordBlocks = [], labels = [];
        Block? open = null;
        foreach (var block in body)
        {
            if (open is not null && block.Kind == BlockKind.Text && !block.Gap && block.FirstLine == open.LastLine + 1)
            {
                // The line right under the label continues it: the first item of its list.
                rest.Add(Item(block, block.Content));
                open = null;
                continue;
            }

            open = null;
            var m = block.Kind is BlockKind.Bullet or BlockKind.Text ? Labelled().Match(block.Content.Text) : Match.Empty;
            var label = m.Success ? m.Groups["label"].Value.Trim().ToLowerInvariant() : "";
            var value = m.Success ? m.Groups["value"].Value.Trim() : "";
            if (m.Success && description is null && value.Length > 0 && EntryFieldLabels.ProjectDescription.Contains(label))
            {
                description = ValueText(block, m);
                descriptionBlocks.Add(block);
            }
            else if (m.Success && keywords is null && value.Length > 0 && EntryFieldLabels.ProjectTechnologies.Contains(label))
            {
                keywords = KeywordSplitter.Split(value);
                keywordBlocks.Add(block);
            }
            else if (m.Success && EntryFieldLabels.ProjectDuties.Contains(label))
            {
                if (value.Length == 0)
                {
                    labels.Add(block);
                    open = block;
                    continue;
                }

                // "Responsibilities: 1. Did this": the first item written on the label's line (a numbered list whose
                // first item cannot open a list there) is a highlight like the items under it.
                var start = m.Groups["value"].Index;
                rest.Add(Item(block, block.Content.Slice(start, block.Content.Length - start)));
            }
            else
            {
                rest.Add(block);
            }
        }

        return (rest, description, keywords, descriptionBlocks, keywordBlocks, labels);
    }

    /// <summary>A list item made of a line's text, its number ("1.", "0)") dropped.</summary>
    private static Block Item(Block block, RichText content)
    {
        var item = content.Trim();
        var number = ListNumber().Match(item.Text);
        item = number.Success ? item.Slice(number.Length, item.Length - number.Length).Trim() : item;
        return new Block { Kind = BlockKind.Bullet, Level = Math.Max(block.Level, 1), Content = item, FirstLine = block.FirstLine, LastLine = block.LastLine, Gap = block.Gap };
    }

    private static string ValueText(Block block, Match m)
    {
        // The value keeps the document's words without link syntax or emphasis, as a field does.
        var field = block.Content.ToFieldText();
        var colon = field.IndexOf(':', StringComparison.Ordinal);
        return colon >= 0 ? field[(colon + 1)..].Trim() : m.Groups["value"].Value.Trim();
    }

    [GeneratedRegex(@"^(?<label>\p{L}[\p{L} ]{1,30}?)\s*[:：]\s*(?<value>.*)$", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex Labelled();

    [GeneratedRegex(@"^\d{1,2}[.)]\s+", RegexOptions.CultureInvariant)]
    private static partial Regex ListNumber();
}
