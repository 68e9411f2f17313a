using JsonResume.Import.Blocks;
using JsonResume.Import.Recognition;

namespace JsonResume.Import.Sections;

/// <summary>Run-in leads: an emphasised title at the start of a paragraph is a header line of its own.</summary>
internal static partial class EntrySegmenter
{
    /// <summary>"**Company, 2019 - 2020.** Prose…": the bold lead is a header line, the rest is prose.</summary>
    private static Block[]? SplitBoldLead(Block b)
    {
        var runs = b.Content.Runs().ToList();
        if (runs.Count >= 2 && runs[0].Style == RunStyle.Italic)
        {
            return SplitItalicLead(b, runs[0].Length);
        }

        if (runs.Count < 2 || (runs[0].Style & RunStyle.Bold) == 0)
        {
            return null;
        }

        var lead = b.Content.Slice(0, runs[0].Length).Trim();
        var rest = b.Content.Slice(runs[0].Length, b.Content.Length - runs[0].Length).Trim();
        var restText = rest.ToPlain();
        var leadHasDate = HasDate(new Block { Kind = BlockKind.Text, Content = lead, FirstLine = 0, LastLine = 0 });
        if (lead.IsEmpty || restText.Length < 40 || lead.Text.TrimEnd().EndsWith(':') || !(leadHasDate || (restText.Length >= 60 && LineJoiner.IsSentence(restText))))
        {
            return null;
        }

        return
        [
            new Block { Kind = BlockKind.Text, Content = lead, FirstLine = b.FirstLine, LastLine = b.LastLine, Gap = b.Gap, Boundary = b.Boundary },
            new Block { Kind = BlockKind.Text, Content = rest, FirstLine = b.FirstLine, LastLine = b.LastLine },
        ];
    }

    /// <summary>
    /// "*Research Assistant*. Prose…": a run-in title, a few italic words closed by a period and followed by prose, is
    /// a header line of its own (academic CVs set the role in italics before the paragraph about the post).
    /// </summary>
    private static Block[]? SplitItalicLead(Block b, int leadLength)
    {
        var lead = b.Content.Slice(0, leadLength).Trim();
        var after = b.Content.Text[leadLength..];
        if (lead.IsEmpty || !after.StartsWith(". ", StringComparison.Ordinal) || lead.Text.Contains('.', StringComparison.Ordinal)
            || SpaceWords.Count(lead.Text) > MaxRunInTitleWords)
        {
            return null;
        }

        var rest = b.Content.Slice(leadLength + 1, b.Content.Length - leadLength - 1).Trim();
        var restText = rest.ToPlain();
        if (restText.Length < MinRunInProseLength || !LineJoiner.IsSentence(restText))
        {
            return null;
        }

        return
        [
            new Block { Kind = BlockKind.Text, Content = lead, FirstLine = b.FirstLine, LastLine = b.FirstLine, Gap = b.Gap, Boundary = b.Boundary },
            new Block { Kind = BlockKind.Text, Content = rest, FirstLine = b.FirstLine, LastLine = b.LastLine },
        ];
    }

    /// <summary>A run-in title is a role or a name; more words are a sentence set in italics.</summary>
    private const int MaxRunInTitleWords = 8;

    /// <summary>The prose after a run-in title is a paragraph, not a short note.</summary>
    private const int MinRunInProseLength = 60;
}
