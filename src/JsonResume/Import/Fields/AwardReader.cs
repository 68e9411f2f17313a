using System.Text.RegularExpressions;
using JsonResume.Import.Blocks;
using JsonResume.Import.Recognition;
using JsonResume.Import.Sections;
using JsonResume.Model;
using JsonResume.Vocabulary;

namespace JsonResume.Import.Fields;

/// <summary>
/// Reads awards and certificates: title (or name), awarder (or issuer: a second piece, a parenthesised or
/// <c>from …</c> organisation, or the part after the last comma), date, address and summary. Also reads inline lists
/// such as <c>Awards: best thesis (from X) and best student (from Y)</c>.
/// </summary>
internal static partial class AwardReader
{
    /// <summary>A placement is a short phrase; a longer one opening with "First place for …" describes the award.</summary>
    private const int MaxPlacementWords = 5;

    public static void Read(Section section, ImportContext ctx)
    {
        var (intro, entries) = EntrySegmenter.Segment(section.Blocks);
        foreach (var b in intro)
        {
            ctx.Ledger.Reject(b, "text before the first entry of the section");
        }

        foreach (var entry in entries)
        {
            if (entry.Header.Count == 0 && entry.Body.All(b => b.Kind == BlockKind.Bullet))
            {
                foreach (var bullet in entry.Body)
                {
                    var single = new RawEntry { Start = bullet };
                    single.Header.Add(bullet);
                    One(single, section.Kind, ctx);
                }

                continue;
            }

            One(entry, section.Kind, ctx);
        }
    }

    private static void One(RawEntry entry, ResumeSection kind, ImportContext ctx)
    {
        var fields = HeaderFields.Read(entry.Header, ctx.Dates);
        var pieces = fields.Pieces;
        HeaderFields.Piece? title = null, awarder = null;
        var extra = new List<HeaderFields.Piece>();

        // "Best Paper, Some Society, awarded 2020. Funded two years.": a piece that opens with the full stop after the
        // date is a sentence about the award, not its awarder.
        var after = pieces.Count > 1 && pieces[^1].Text.StartsWith('.') && pieces[^1].Text.Any(char.IsLetter) ? pieces[^1] : null;
        if (after is not null)
        {
            pieces = pieces.Take(pieces.Count - 1).ToList();
            var dot = after.Rich.Text.IndexOf('.') + 1;
            extra.Add(Make(after, after.Rich.Slice(dot, after.Rich.Text.Length - dot).Trim()));
        }

        if (pieces.Count == 1)
        {
            (title, awarder) = SplitLastComma(pieces[0]);
        }
        else if (pieces.Count > 1)
        {
            // A placement ("2nd place", "Winner", "Finalist") is what was won; the event beside it awarded it.
            title = pieces.FirstOrDefault(IsPlacement) ?? pieces.FirstOrDefault(p => p.Bold) ?? pieces[0];
            awarder = pieces.Where(p => p != title && !LineJoiner.IsSentence(p.Text)).OrderByDescending(p => p.OrgScore > 0 || Lexicon.IsSchool(p.Text)).FirstOrDefault();
            extra.AddRange(pieces.Where(p => p != title && p != awarder));
        }

        var body = EntryText.Read(entry.Body);
        var summaryParts = extra.Select(e => e.Text).Concat(body.Paragraphs.Select(p => p.Text)).Concat(body.Highlights.Select(h => h.Text)).ToList();
        var summary = summaryParts.Count > 0 ? string.Join("\n\n", summaryParts) : null;
        var date = fields.Dates is { IsRange: true } ? fields.EndDate ?? fields.StartDate : fields.SingleDate;
        var url = fields.Url ?? title?.Url;
        object owner;
        if (kind == ResumeSection.Certificates)
        {
            var certificate = new Certificate { Name = title?.Text, Issuer = awarder?.Text, Date = date, Url = url };
            if (summary is not null)
            {
                (certificate.ExtensionData ??= [])["summary"] = EntryText.StringElement(summary);
            }

            (ctx.Resume.Certificates ??= []).Add(certificate);
            owner = certificate;
            Claim(ctx, title, owner, "name");
            Claim(ctx, awarder, owner, "issuer");
        }
        else
        {
            var award = new Award { Title = title?.Text, Awarder = awarder?.Text, Date = date, Summary = summary };
            if (url is not null)
            {
                (award.ExtensionData ??= [])["url"] = EntryText.StringElement(url);
            }

            (ctx.Resume.Awards ??= []).Add(award);
            owner = award;
            Claim(ctx, title, owner, "title");
            Claim(ctx, awarder, owner, "awarder");
        }

        foreach (var e in extra)
        {
            ctx.Ledger.Claim(e.Block, owner, "summary");
        }

        WorkReader.ClaimDates(ctx, fields.DateBlock, owner, ("date", date));

        foreach (var b in entry.Body)
        {
            ctx.Ledger.Claim(b, owner, "summary");
        }
    }

    /// <summary>A short phrase (up to its first comma) that opens with a placement ("1st place, regional chess open"); a longer one is a description.</summary>
    private static bool IsPlacement(HeaderFields.Piece piece) =>
        Placement().IsMatch(piece.Text) && SpaceWords.Count(piece.Text.AsSpan(0, piece.Text.IndexOf(',') is var comma and >= 0 ? comma : piece.Text.Length)) <= MaxPlacementWords;

    /// <summary>"best thesis (from X) and best student (from Y)" → two awards.</summary>
    public static void FromList(string text, Block block, ImportContext ctx)
    {
        foreach (var item in ListItems().Split(text).Select(i => i.Trim()).Where(i => i.Length > 0))
        {
            var m = FromAwarder().Match(item);
            var title = m.Success ? item[..m.Index].Trim() : item;
            var awarder = m.Success ? m.Groups["org"].Value.Trim() : null;
            string? date = null;
            if (TrailingYear().Match(title) is { Success: true } y)
            {
                date = y.Groups["y"].Value;
                title = title[..y.Index].Trim();
            }

            if (title.Length == 0)
            {
                continue;
            }

            title = char.ToUpperInvariant(title[0]) + title[1..];
            var award = new Award { Title = title.TrimEnd('.', ','), Awarder = awarder, Date = date };
            (ctx.Resume.Awards ??= []).Add(award);
            ctx.Ledger.Claim(block, award);
        }
    }

    private static (HeaderFields.Piece? Title, HeaderFields.Piece? Awarder) SplitLastComma(HeaderFields.Piece piece)
    {
        var text = piece.Rich.Text;
        var from = FromAwarder().Match(text);
        if (from.Success)
        {
            return (Make(piece, piece.Rich.Slice(0, from.Index)), Make(piece, RichText.Plain(from.Groups["org"].Value)));
        }

        var commas = WorkReader.Commas(text);
        if (commas.Count == 0 || piece.Rich.IsAllBold)
        {
            return (piece, null);
        }

        var end = text.Length;
        if (DanglingVerb().IsMatch(text[(commas[^1] + 1)..]))
        {
            // "Best Paper, Some Society, awarded 2020": the date is gone, its verb is no awarder.
            end = commas[^1];
            commas.RemoveAt(commas.Count - 1);
            if (commas.Count == 0)
            {
                return (Make(piece, piece.Rich.Slice(0, end)), null);
            }
        }

        var last = commas[^1];
        var right = piece.Rich.Slice(last + 1, end - last - 1).Trim();
        if (SpaceWords.Count(right.Text) > 6 || right.IsEmpty)
        {
            return (end == text.Length ? piece : Make(piece, piece.Rich.Slice(0, end)), null);
        }

        return (Make(piece, piece.Rich.Slice(0, last)), Make(piece, right));
    }

    private static HeaderFields.Piece Make(HeaderFields.Piece source, RichText rich)
    {
        var clean = HeaderFields.CleanEdges(rich);
        return new HeaderFields.Piece(clean, clean.ToPlain(), clean.IsOneLink ? WebAddress.Normalize(clean.Links[0].Url) : null, source.Block);
    }

    private static void Claim(ImportContext ctx, HeaderFields.Piece? piece, object owner, string field)
    {
        if (piece is not null)
        {
            ctx.Ledger.Claim(piece.Block, owner, field);
        }
    }

    // Source: the English words of competition results (ordinal places, prizes, medals, finalist and mention ranks).
    [GeneratedRegex(@"^(?:(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|top\s+\d+)\s+(?:place|prize|runner[- ]up)\b|(?:winner|finalist|semi-?finalist|runner[- ]up|honou?rable mention|grand prize|gold medal|silver medal|bronze medal)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Placement();

    // Source: the English verbs that introduce an award's date ("awarded 2020", "received May 2019").
    [GeneratedRegex(@"^\s*(?:awarded|received|granted|won|conferred)(?:\s+(?:in|on))?\s*\.?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DanglingVerb();

    [GeneratedRegex(@"\s*(?:;|,(?![^(]*\))|\band\b(?=[^()]*\(from\b))\s*", RegexOptions.CultureInvariant)]
    private static partial Regex ListItems();

    [GeneratedRegex(@"\s*\(?\b(?:from|by|awarded by|issued by)\s+(?<org>[^()]+?)\)?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FromAwarder();

    [GeneratedRegex(@"[\s,(]*(?<y>(?:19|20)\d{2})\)?$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingYear();
}
