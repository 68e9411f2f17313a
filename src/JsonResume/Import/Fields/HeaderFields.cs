using JsonResume.Import.Blocks;
using JsonResume.Import.Recognition;
using JsonResume.Vocabulary;

namespace JsonResume.Import.Fields;

/// <summary>
/// What the header lines of an entry say, taken apart: the date range, a place, a web address, and the remaining
/// pieces of text (split at column gaps and strong separators such as <c>|</c>, <c>·</c>, <c>—</c>), each with its emphasis.
/// </summary>
internal sealed partial class HeaderFields
{
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
