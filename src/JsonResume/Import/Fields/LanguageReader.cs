using System.Text.RegularExpressions;
using JsonResume.Import.Blocks;
using JsonResume.Import.Recognition;
using JsonResume.Import.Sections;
using JsonResume.Model;
using JsonResume.Vocabulary;

namespace JsonResume.Import.Fields;

/// <summary>Reads spoken languages: <c>English (native)</c>, <c>French – B2</c>, <c>German: basic</c>, several per line or one per item.</summary>
internal static partial class LanguageReader
{
    public static void Read(Section section, ImportContext ctx)
    {
        var blocks = section.Blocks;
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (block.IsTerm && i + 1 < blocks.Count && blocks[i + 1] is { IsTerm: false, Kind: BlockKind.Text } definition)
            {
                // A definition list: the term names the language, its definition the level ("German" / ": Native").
                i++;
                if (block.Date is null && Item().Match(block.Content.ToPlain()) is { Success: true, Groups: var g } && !g["f"].Success)
                {
                    var language = new Language { Name = g["l"].Value.Trim(), Fluency = definition.Content.ToPlain().Trim() };
                    (ctx.Resume.Languages ??= []).Add(language);
                    ctx.Ledger.Claim(block, language, "language");
                    ctx.Ledger.Claim(definition, language, "fluency");
                }
                else
                {
                    ctx.Ledger.Reject(block, "not a language with its level");
                    ctx.Ledger.Reject(definition, "not a language with its level");
                }

                continue;
            }

            if (block.Kind is BlockKind.Bullet or BlockKind.Text or BlockKind.Heading && i + 1 < blocks.Count && blocks[i + 1] is { Kind: BlockKind.Bullet } nested
                && (block.Kind != BlockKind.Bullet || nested.Level > block.Level)
                && (i + 2 >= blocks.Count || blocks[i + 2].Kind != BlockKind.Bullet || blocks[i + 2].Level < nested.Level)
                && Item().Match(block.Content.ToPlain()) is { Success: true, Groups: var item } && !item["f"].Success
                && LevelLabel().Match(nested.Content.ToPlain().Trim()) is { Success: true } level)
            {
                // "* Italian" / "    - Level: B1": the one item nested under a language is its level.
                i++;
                var language = new Language { Name = item["l"].Value.Trim(), Fluency = level.Groups["f"].Value.Trim() };
                (ctx.Resume.Languages ??= []).Add(language);
                ctx.Ledger.Claim(block, language, "language");
                ctx.Ledger.Claim(nested, language, "fluency");
                continue;
            }

            var lines = block.Kind == BlockKind.Row && block.Cells is { } cells
                ? [string.Join(": ", cells.Select(c => string.Join(" ", c.Select(l => l.ToPlain()))))]
                : new[] { block.Content.Text.Replace('\t', ':') };
            var found = lines.Sum(line => ReadItems(line, block, ctx));
            if (found == 0)
            {
                ctx.Ledger.Reject(block, "not a language with its level");
            }
        }
    }

    /// <summary>Reads "English (native), French: B2" style items from one line; returns how many.</summary>
    public static int ReadItems(string line, Block block, ImportContext ctx)
    {
        var found = 0;
        var normalized = line.Replace(" - ", ": ", StringComparison.Ordinal).Replace(" – ", ": ", StringComparison.Ordinal).Replace(" — ", ": ", StringComparison.Ordinal).Trim();

        // One language with its level ("Spanish: native") is one item, not a list of words.
        // Unless the line splits into several such items ("Español: nativo · Inglés: C1").
        var split = KeywordSplitter.Split(normalized);
        var several = split.Count > 1 && split.All(i => Item().Match(i) is { Success: true } m && m.Groups["f"].Success);
        var items = !several && Item().Match(normalized) is { Success: true } whole && whole.Groups["f"].Success ? [normalized] : split;
        foreach (var item in items)
        {
            var m = Item().Match(item);
            if (!m.Success)
            {
                continue;
            }

            var name = m.Groups["l"].Value.Trim();
            var fluency = m.Groups["f"].Success ? m.Groups["f"].Value.Trim() : null;
            if (char.IsLower(name[0]) && (fluency is null || fluency.StartsWith("//", StringComparison.Ordinal) || !FluencyWords.Mentions(fluency)))
            {
                continue; // a lower-case name only with a level word after it ("angielski – biegły"), never "https://…"
            }

            var language = new Language { Name = name, Fluency = fluency };
            (ctx.Resume.Languages ??= []).Add(language);
            ctx.Ledger.Claim(block, language);
            found++;
        }

        return found;
    }

    /// <summary>A level under a language: a few words, maybe after a one-word label ("Level: B1", "Niveau : courant").</summary>
    [GeneratedRegex(@"^(?:\p{L}+\s?[:：]\s*)?(?<f>[\p{L}\d+]+(?: [\p{L}\d+]+){0,3})$", RegexOptions.CultureInvariant)]
    private static partial Regex LevelLabel();

    // Language names start with a capital in English and German; Polish, Russian, French or Spanish CVs often write
    // them in lower case ("angielski – biegły"), which is accepted when a level follows, so that a word of a sentence is not taken.
    [GeneratedRegex(@"^(?<l>\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?|\p{Ll}[\p{L}-]+(?=\s*[(:：]))\s*(?:\((?<f>[^)]+)\)|[:：]\s*(?<f>.+))?$", RegexOptions.CultureInvariant)]
    private static partial Regex Item();
}
