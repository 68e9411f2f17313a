using System.Text.Json;
using JsonResume.Import.Blocks;
using JsonResume.Import.Recognition;

namespace JsonResume.Import.Sections;

/// <summary>
/// The body of an entry: summary paragraphs, highlights (a bullet with the elaboration lines written under it), and
/// sub-headings (kept out). Shared by the entry readers.
/// </summary>
internal sealed class EntryText
{
    public List<(string Text, List<Block> Blocks)> Paragraphs { get; } = [];

    public List<(string Text, List<Block> Blocks)> Highlights { get; } = [];

    public List<Block> SubHeadings { get; } = [];

    public string? Summary => Paragraphs.Count == 0 ? null : string.Join("\n\n", Paragraphs.Select(p => p.Text));

    public static EntryText Read(IEnumerable<Block> body)
    {
        var result = new EntryText();
        Block? previous = null;
        foreach (var block in body)
        {
            var text = block.Content.ToFieldText();
            if (text.Length == 0 && block.Kind != BlockKind.Image)
            {
                continue;
            }

            switch (block.Kind)
            {
                case BlockKind.Bullet:
                    result.Highlights.Add((text, [block]));
                    break;
                case BlockKind.Image:
                    result.SubHeadings.Add(block);
                    break;
                case BlockKind.Heading:
                    result.SubHeadings.Add(block);
                    break;
                default:
                    if (IsSubHeading(block))
                    {
                        result.SubHeadings.Add(block);
                    }
                    else if (previous is { Kind: BlockKind.Bullet or BlockKind.Text } && !block.Gap && result.Highlights.Count > 0
                             && ReferenceEquals(result.Highlights[^1].Blocks[^1], previous))
                    {
                        var (h, blocks) = result.Highlights[^1];
                        blocks.Add(block);
                        result.Highlights[^1] = (Join(h, text), blocks);
                    }
                    else if (result.Highlights.Count > 0 && block.Content.IsAllItalic && !block.Gap)
                    {
                        var (h, blocks) = result.Highlights[^1];
                        blocks.Add(block);
                        result.Highlights[^1] = (Join(h, text), blocks);
                    }
                    else if (result.Highlights.Count > 0 && !(block.Gap && IsProseParagraph(text)))
                    {
                        result.Highlights.Add((text, [block]));
                    }
                    else if (previous is { Kind: BlockKind.Text } && !block.Gap && result.Paragraphs.Count > 0)
                    {
                        var (p, blocks) = result.Paragraphs[^1];
                        blocks.Add(block);
                        result.Paragraphs[^1] = (p + " " + text, blocks);
                    }
                    else
                    {
                        result.Paragraphs.Add((text, [block]));
                    }

                    break;
            }

            previous = block;
        }

        return result;
    }

    /// <summary>
    /// A paragraph standing apart after the bullets, long and written in sentences, tells about the job as a whole (its
    /// summary), as one at the top would: it is no bullet point (CONVENTIONS: a paragraph under a job is its summary).
    /// </summary>
    private static bool IsProseParagraph(string text) => text.Length >= MinTrailingSummaryLength && LineJoiner.IsSentence(text);

    /// <summary>Shorter trailing lines ("Technologies: …", a link) stay highlights.</summary>
    private const int MinTrailingSummaryLength = 120;

    /// <summary>A short line in capitals or a former heading inside an entry: it groups bullets, it is not content.</summary>
    public static bool IsSubHeading(Block block)
    {
        if (block.HeadingLevel > 0)
        {
            return true;
        }

        var text = block.Content.ToPlain();
        var letters = text.Where(char.IsLetter).ToList();
        return block.Kind == BlockKind.Text && letters.Count >= 4 && !letters.Any(char.IsLower) && text.Length <= 60 && !text.Contains(':', StringComparison.Ordinal);
    }

    /// <summary>Joins a line and its elaboration as two sentences.</summary>
    public static string Join(string first, string second)
    {
        var a = first.TrimEnd();
        return a.Length > 0 && a[^1] is '.' or '!' or '?' or ':' or ';' ? a + " " + second.Trim() : a + ". " + second.Trim();
    }

    public void Claim(ImportContext ctx, object owner, string summaryField)
    {
        foreach (var (_, blocks) in Paragraphs)
        {
            foreach (var b in blocks)
            {
                ctx.Ledger.Claim(b, owner, summaryField);
            }
        }

        for (var i = 0; i < Highlights.Count; i++)
        {
            foreach (var b in Highlights[i].Blocks)
            {
                ctx.Ledger.Claim(b, owner, "highlights", i);
            }
        }

        foreach (var b in SubHeadings)
        {
            ctx.Ledger.Reject(b, b.Kind == BlockKind.Image ? "an image inside an entry" : "a sub-heading inside an entry (it only groups the lines under it)");
        }
    }

    /// <summary>A JSON string value for extension data.</summary>
    public static JsonElement StringElement(string value)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStringValue(value);
        }

        using var document = JsonDocument.Parse(stream.ToArray());
        return document.RootElement.Clone();
    }

    /// <summary>The year of a date range written with the start only when a range is ongoing.</summary>
    public static string? Year(DateMatch? match) => match?.Start?.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
