using JsonResume.Import.Blocks;
using JsonResume.Import.Recognition;
using JsonResume.Vocabulary;

namespace JsonResume.Import.Fields;

/// <summary>Taking header text apart into pieces: column gaps and strong separators, emphasis boundaries, clean edges.</summary>
internal sealed partial class HeaderFields
{
    // The full-width bar is the one CJK text writes, with or without spaces around it.
    private static readonly string[] Separators = ["\t", " | ", " · ", " • ", " — ", " – ", " -- ", " --- ", " ─ ", "｜"];

    public static List<RichText> SplitPieces(RichText content, bool splitSemicolons, bool atEmphasis = true)
    {
        var pieces = new List<RichText> { content };
        var first = true;
        foreach (var separator in splitSemicolons ? [.. Separators, "; "] : Separators)
        {
            // After the first pass every piece is a trimmed slice of its own, and splitting one at a separator it does
            // not hold gives an equal copy of it: a pass no piece needs is skipped (most passes, on most lines).
            if (first || pieces.Exists(p => p.Text.Contains(separator, StringComparison.Ordinal)))
            {
                pieces = pieces.SelectMany(p => p.Split(separator)).ToList();
            }

            first = false;
        }

        var result = new List<RichText>();
        foreach (var piece in atEmphasis ? pieces.SelectMany(SplitAtEmphasis) : pieces)
        {
            var p = CleanEdges(piece);
            if (p.IsEmpty)
            {
                if (piece.Links.Count > 0)
                {
                    result.Add(piece);
                }

                continue;
            }

            // A trailing parenthesised group that is a place or an organisation, "(Toronto, ON)", "(University of X)".
            var text = p.Text;
            if (text.EndsWith(')') && text.LastIndexOf(" (", StringComparison.Ordinal) is var open and > 0)
            {
                var inner = text[(open + 2)..^1];
                if (LocationRecognizer.TryParse(inner, out _) || (Lexicon.OrganisationScore(inner) > 0 && inner.Split(' ').Length >= 2))
                {
                    result.Add(CleanEdges(p.Slice(0, open)));
                    result.Add(CleanEdges(p.Slice(open + 2, text.Length - open - 3)));
                    continue;
                }
            }

            result.Add(p);
        }

        return result.Where(r => !r.IsEmpty).ToList();
    }

    /// <summary>
    /// "**Company**: Role", "*Role*, [Company](url)", "**Degree** School": where an emphasised or linked run opens or closes
    /// the piece, the piece is two fields.
    /// </summary>
    public static IEnumerable<RichText> SplitAtEmphasis(RichText piece)
    {
        var kinds = new int[piece.Length];
        for (var i = 0; i < piece.Length; i++)
        {
            var link = piece.LinkIndexAt(i);
            kinds[i] = char.IsLetterOrDigit(piece.Text[i]) ? (int)(piece.Styles[i] & (RunStyle.Bold | RunStyle.Italic)) + (link < 0 ? 0 : 16 * (link + 1)) : -1;
        }

        var segments = new List<(int Start, int End, int Kind)>();
        for (var i = 0; i < piece.Length; i++)
        {
            if (kinds[i] < 0)
            {
                continue;
            }

            if (segments.Count > 0 && segments[^1].Kind == kinds[i])
            {
                segments[^1] = (segments[^1].Start, i + 1, kinds[i]);
            }
            else
            {
                segments.Add((i, i + 1, kinds[i]));
            }
        }

        if (segments.Count != 2 || (segments[0].Kind == 0 && segments[1].Kind == 0))
        {
            return [piece];
        }

        var cut = segments[0].End;
        var between = piece.Text[cut..segments[1].Start];
        var emphasisDiffers = (segments[0].Kind & 15) != (segments[1].Kind & 15);
        if (!emphasisDiffers && between.IndexOfAny([',', ':', '|', '–', '—', ';']) < 0 && !between.Contains(" - ", StringComparison.Ordinal))
        {
            return [piece];
        }

        var left = CleanEdges(piece.Slice(0, segments[1].Start));
        var right = piece.Slice(segments[1].Start, piece.Length - segments[1].Start);
        if (left.Text.Count(char.IsLetter) < 2 || right.Text.Count(char.IsLetter) < 2 || (between.Trim().Length == 0 && segments[0].Kind != 0 && segments[1].Kind != 0 && (segments[0].Kind & 15) == (segments[1].Kind & 15)))
        {
            return [piece];
        }

        return [left, right];
    }

    /// <summary>Trims white space and the punctuation that separators leave behind; keeps a final dot of an abbreviation.</summary>
    public static RichText CleanEdges(RichText text)
    {
        var t = text.Trim(",;:|-–—•·");
        if (t.Text.StartsWith('(') && t.Text.EndsWith(')') && t.Text.Count(c => c == '(') == 1)
        {
            t = t.Slice(1, t.Length - 2).Trim();
        }

        if (t.Text.StartsWith('[') && t.Text.EndsWith(']') && t.Text.Count(c => c == '[') == 1)
        {
            t = t.Slice(1, t.Length - 2).Trim();
        }

        while (t.Text.EndsWith('.') && !IsAbbreviation(t.Text))
        {
            t = t.Slice(0, t.Length - 1).Trim(",;:|-–—•·");
        }

        if (t.Text.StartsWith("from ", StringComparison.OrdinalIgnoreCase) || t.Text.Equals("from", StringComparison.OrdinalIgnoreCase))
        {
            t = t.Slice(Math.Min(5, t.Length), Math.Max(0, t.Length - 5)).Trim();
        }

        if (t.Text.EndsWith(" from", StringComparison.OrdinalIgnoreCase) || t.Text.EndsWith(" since", StringComparison.OrdinalIgnoreCase)
            || t.Text.EndsWith(" at", StringComparison.OrdinalIgnoreCase) || t.Text.EndsWith(" @", StringComparison.Ordinal))
        {
            t = t.Slice(0, t.Text.LastIndexOf(' ')).Trim(",;:|-–—");
        }

        return t.Text is "(" or ")" or "()" ? RichText.Empty : BalanceBrackets(t);
    }

    private static RichText BalanceBrackets(RichText t)
    {
        var text = t.Text;
        // Each bracket counted once (they were counted per comparison).
        var (open, close) = (text.AsSpan().Count('('), text.AsSpan().Count(')'));
        var (openSquare, closeSquare) = (text.AsSpan().Count('['), text.AsSpan().Count(']'));
        if (open < close && text.EndsWith(')'))
        {
            return t.Slice(0, t.Length - 1).Trim();
        }

        if (open > close && text.StartsWith('('))
        {
            return t.Slice(1, t.Length - 1).Trim();
        }

        if (open > close && text.EndsWith('('))
        {
            return t.Slice(0, t.Length - 1).Trim();
        }

        if (openSquare > closeSquare && text.StartsWith('['))
        {
            return t.Slice(1, t.Length - 1).Trim();
        }

        if (openSquare < closeSquare && text.EndsWith(']'))
        {
            return t.Slice(0, t.Length - 1).Trim();
        }

        return t;
    }

    private static bool IsAbbreviation(string text)
    {
        var last = text[(text.LastIndexOf(' ') + 1)..];
        return (last.Length <= 4 && last.Contains('.', StringComparison.Ordinal) && char.IsUpper(last[0]) && last is not "UK." and not "US.")
            || last.Count(c => c == '.') >= 2;
    }
}
