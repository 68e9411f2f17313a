using JsonResume.Import.Recognition;
using JsonResume.Model;

namespace JsonResume.Import.Foreign;

/// <summary>
/// What the header lines of an entry say, taken apart: the date range, a place, a web address, and the remaining
/// pieces of text (split at column gaps and strong separators such as <c>|</c>, <c>·</c>, <c>—</c>), each with its emphasis.
/// </summary>
internal sealed partial class HeaderFields
{
    private static readonly string[] Separators = ["\t", " | ", " · ", " • ", " — ", " – ", " -- ", " --- ", " ─ "];

    public DateMatch? Dates { get; private set; }

    public Block? DateBlock { get; private set; }

    public string? Location { get; private set; }

    public Block? LocationBlock { get; private set; }

    public string? Url { get; private set; }

    public List<Piece> Pieces { get; } = [];

    public static HeaderFields Read(IEnumerable<Block> header, DateRecognizer dates, bool splitSemicolons = false)
    {
        var fields = new HeaderFields();
        foreach (var block in header)
        {
            var content = block.Content;
            var plain = content.Text;
            // A range first; among single dates the most precise ("Contest 2025 — 2nd place, October 2025": the month).
            var match = dates.FindAll(plain).OrderByDescending(m => m.IsRange).ThenByDescending(m => m.IsRange ? 0 : (int)(m.Start?.Precision ?? 0)).ThenBy(m => m.Index).FirstOrDefault();
            if (match is not null && (fields.Dates is null || (!fields.Dates.IsRange && match.IsRange)))
            {
                fields.Dates = match;
                fields.DateBlock = block;
                content = Remove(content, match.Index, match.Length);
            }
            else if (match is not null && fields.Dates is not null && IsOnly(plain, match))
            {
                continue;
            }

            foreach (var piece in SplitPieces(content, splitSemicolons))
            {
                fields.Add(piece, block);
            }
        }

        return fields;
    }

    /// <summary>The start date as the schema writes it.</summary>
    public string? StartDate => Dates?.Start?.ToString();

    /// <summary>The end date as the schema writes it (none while ongoing).</summary>
    public string? EndDate => Dates is { IsRange: true, End: { } end } ? end.ToString() : null;

    /// <summary>For a single date (not a range), that date.</summary>
    public string? SingleDate => Dates is { IsRange: false, Start: { } d } ? d.ToString() : Dates?.End?.ToString() ?? Dates?.Start?.ToString();

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
        if (text.Count(c => c == '(') < text.Count(c => c == ')') && text.EndsWith(')'))
        {
            return t.Slice(0, t.Length - 1).Trim();
        }

        if (text.Count(c => c == '(') > text.Count(c => c == ')') && text.StartsWith('('))
        {
            return t.Slice(1, t.Length - 1).Trim();
        }

        if (text.Count(c => c == '(') > text.Count(c => c == ')') && text.EndsWith('('))
        {
            return t.Slice(0, t.Length - 1).Trim();
        }

        if (text.Count(c => c == '[') > text.Count(c => c == ']') && text.StartsWith('['))
        {
            return t.Slice(1, t.Length - 1).Trim();
        }

        if (text.Count(c => c == '[') < text.Count(c => c == ']') && text.EndsWith(']'))
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

    private static bool IsOnly(string text, DateMatch match) => text.Remove(match.Index, match.Length).All(c => !char.IsLetterOrDigit(c));

    private static RichText Remove(RichText content, int index, int length)
    {
        var before = content.Slice(0, index);
        var after = content.Slice(index + length, content.Length - index - length);
        var beforeText = before.Text.TrimEnd();
        if (beforeText.Length == 0)
        {
            return after.Trim();
        }

        if (after.Text.Trim().Length == 0)
        {
            return before.Trim();
        }

        // Join the two sides with a column break so that they stay separate pieces.
        var builder = new RichTextBuilder();
        Append(builder, before.Trim());
        builder.Append("\t", RunStyle.None);
        Append(builder, after.Trim());
        return builder.Build();
    }

    private static void Append(RichTextBuilder builder, RichText text)
    {
        var links = text.Links.ToList();
        for (var i = 0; i < text.Length; i++)
        {
            foreach (var l in links.Where(l => l.Start == i))
            {
                builder.OpenLink(l.Url);
            }

            builder.Append(text.Text[i].ToString(), text.Styles[i]);
            if (links.Any(l => l.End == i + 1))
            {
                builder.CloseLink();
            }
        }
    }

    private void Add(RichText piece, Block block)
    {
        var text = piece.ToPlain();
        if (text.Length == 0)
        {
            return;
        }

        if (Location is null && LocationRecognizer.TryParse(text, out _))
        {
            Location = text;
            LocationBlock = block;
            return;
        }

        var url = piece.IsOneLink ? WebAddress.Normalize(piece.Links[0].Url) : null;
        if (url is null && UrlInParentheses().Match(text) is { Success: true } inParentheses && WebAddress.Normalize(inParentheses.Groups["u"].Value) is { } address)
        {
            // "Name (https://example.com/name)": the address is the entry's, the name is the rest.
            Url ??= address;
            var cut = piece.Text.IndexOf(inParentheses.Value.Trim(), StringComparison.Ordinal);
            if (cut > 0)
            {
                piece = CleanEdges(piece.Slice(0, cut));
                text = piece.ToPlain();
            }
        }
        if (WebAddress.Normalize(text) is { } bare && !text.Contains(' ', StringComparison.Ordinal) && text.Contains('/', StringComparison.Ordinal))
        {
            Url ??= bare;
            return;
        }

        Pieces.Add(new Piece(piece, text, url, block));
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\s*[(<]\s*(?<u>(?:https?://|www\.)[^)\s>]+)\s*[)>]\s*$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex UrlInParentheses();

    /// <summary>A piece of header text.</summary>
    internal sealed record Piece(RichText Rich, string Text, string? Url, Block Block)
    {
        public bool Italic => Rich.IsAllItalic && !Rich.IsAllBold;

        public bool Bold => Rich.IsAllBold;

        public bool Linked => Rich.Links.Count > 0;

        public int TitleScore => Lexicon.TitleScore(Text);

        public int OrgScore => Lexicon.OrganisationScore(Text);
    }
}

/// <summary>Small helpers to write a partial date into the model.</summary>
internal static class DateText
{
    public static string? Of(PartialDate? date) => date?.ToString();
}
