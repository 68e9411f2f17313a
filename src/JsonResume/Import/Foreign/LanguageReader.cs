using System.Text.RegularExpressions;
using JsonResume.Import.Recognition;
using JsonResume.Model;

namespace JsonResume.Import.Foreign;

/// <summary>Reads spoken languages: <c>English (native)</c>, <c>French – B2</c>, <c>German: basic</c>, several per line or one per item.</summary>
internal static partial class LanguageReader
{
    public static void Read(Section section, ImportContext ctx)
    {
        foreach (var block in section.Blocks)
        {
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
        foreach (var item in KeywordSplitter.Split(line.Replace(" - ", ": ", StringComparison.Ordinal).Replace(" – ", ": ", StringComparison.Ordinal).Replace(" — ", ": ", StringComparison.Ordinal)))
        {
            var m = Item().Match(item);
            if (!m.Success)
            {
                continue;
            }

            var language = new Language { Name = m.Groups["l"].Value.Trim(), Fluency = m.Groups["f"].Success ? m.Groups["f"].Value.Trim() : null };
            (ctx.Resume.Languages ??= []).Add(language);
            ctx.Ledger.Claim(block, language);
            found++;
        }

        return found;
    }

    [GeneratedRegex(@"^(?<l>\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?)\s*(?:\((?<f>[^)]+)\)|:\s*(?<f>.+))?$", RegexOptions.CultureInvariant)]
    private static partial Regex Item();
}
