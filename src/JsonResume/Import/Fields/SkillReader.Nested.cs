using System.Text.RegularExpressions;
using JsonResume.Import.Blocks;
using JsonResume.Import.Recognition;

namespace JsonResume.Import.Fields;

/// <summary>
/// Sub-lists under a skill: a sub-list of keywords ("flours" / "Rye", "Spelt") holds skills, but a sub-list with a
/// sentence, a long phrase or a pointer into the page ("[order app](#orders)") describes the skill above it.
/// </summary>
internal static partial class SkillReader
{
    /// <summary>A nested item of more words than this is a phrase about the skill, not a skill.</summary>
    private const int MaxNestedKeywordWords = 3;

    /// <summary>The bullets of the sub-lists that describe the skill above them.</summary>
    private static HashSet<Block> NestedDescriptions(List<Block> blocks)
    {
        var descriptions = new HashSet<Block>();
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i].Kind != BlockKind.Bullet)
            {
                continue;
            }

            var parent = blocks[i].Level;
            var end = i + 1;
            while (end < blocks.Count && blocks[end].Kind == BlockKind.Bullet && blocks[end].Level > parent)
            {
                end++;
            }

            var run = blocks.Skip(i + 1).Take(end - i - 1).ToList();
            if (run.Count > 0 && run.Any(IsDescription))
            {
                descriptions.UnionWith(run);
                i = end - 1;
            }
        }

        return descriptions;
    }

    private static bool IsDescription(Block block)
    {
        // Words are counted per listed item, a parenthesised list left out ("Python (NumPy, SciPy)", "C++, Boost").
        var text = block.Content.ToPlain();
        var items = Parenthesised().Replace(text, " ").Split([',', ';'], StringSplitOptions.RemoveEmptyEntries);
        return LineJoiner.IsSentence(text) || items.Any(i => SpaceWords.Count(i) > MaxNestedKeywordWords)
            || (block.Content.IsOneLink && block.Content.Links[0].Url.StartsWith('#'));
    }

    [GeneratedRegex(@"\([^()]*\)", RegexOptions.CultureInvariant)]
    private static partial Regex Parenthesised();
}
