using JsonResume.Import.Blocks;
using JsonResume.Import.Recognition;
using JsonResume.Model;
using JsonResume.Vocabulary;

namespace JsonResume.Import.Fields;

/// <summary>A line labelled with the interests or languages section's name, wherever it stands ("Hobbies: chess, climbing").</summary>
internal static partial class SkillReader
{
    /// <summary>
    /// Reads "Interests: chess, climbing" among skills or in a section JSON Resume has no place for: the label names the
    /// interests section, so each item is one interest, as under an interests heading. Returns whether the line was one.
    /// </summary>
    public static bool TryLabelledInterests(Block block, ImportContext ctx)
    {
        if (block.Kind is not (BlockKind.Text or BlockKind.Bullet) || ColonLabel().Match(block.Content.ToPlain()) is not { Success: true } m
            || SectionNames.Classify(Tidy(m.Groups["label"].Value)) != ResumeSection.Interests)
        {
            return false;
        }

        var names = Items(m.Groups["rest"].Value).Select(i => i.Trim().TrimEnd('.').Trim()).Where(i => i.Length > 0).ToList();
        foreach (var name in names)
        {
            var interest = new Interest { Name = name };
            (ctx.Resume.Interests ??= []).Add(interest);
            ctx.Ledger.Claim(block, interest);
        }

        return names.Count > 0;
    }

    /// <summary>
    /// Reads "Languages Known: English, Hindi" among personal details: the label names the languages section, so the
    /// items are spoken languages. Returns whether the line was one.
    /// </summary>
    public static bool TryLabelledLanguages(Block block, ImportContext ctx) =>
        block.Kind is BlockKind.Text or BlockKind.Bullet && ColonLabel().Match(block.Content.ToPlain()) is { Success: true } m
        && SectionNames.Classify(Tidy(m.Groups["label"].Value)) == ResumeSection.Languages
        && LanguageReader.ReadItems(m.Groups["rest"].Value, block, ctx) > 0;

    /// <summary>The items of a line that lists several short hobbies ("Climbing, chess, sourdough baking."), or null.</summary>
    private static List<string>? ListedInterests(string text)
    {
        var items = KeywordSplitter.SplitAtSeparators(text).Where(i => i.Length > 0).ToList();
        return items.Count >= 2 && items.All(i => SpaceWords.Count(i) <= MaxInterestWords && !i.Contains(':', StringComparison.Ordinal))
            ? items
            : null;
    }

    /// <summary>Most words in one interest of a listed line; longer items are prose about the interest.</summary>
    private const int MaxInterestWords = 4;
}
