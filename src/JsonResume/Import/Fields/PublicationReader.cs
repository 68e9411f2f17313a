using System.Globalization;
using JsonResume.Import.Blocks;
using JsonResume.Import.Recognition;
using JsonResume.Import.Sections;
using JsonResume.Model;

namespace JsonResume.Import.Fields;

/// <summary>
/// Reads publications: a list of references (one per bullet, the line under a bullet being its summary, grouping lines
/// such as "During PhD" left out), or entries with a title heading, a date and a description.
/// </summary>
internal static class PublicationReader
{
    public static void Read(Section section, ImportContext ctx)
    {
        var bullets = section.Blocks.Count(b => b.Kind == BlockKind.Bullet && b.Level == 0);
        var headings = section.Blocks.Count(b => b.Kind == BlockKind.Heading);
        if (bullets > 0 && bullets >= headings)
        {
            FromBullets(section, ctx);
            return;
        }

        var (intro, entries) = EntrySegmenter.Segment(section.Blocks);
        foreach (var b in intro)
        {
            ctx.Ledger.Reject(b, "text before the first entry of the section");
        }

        var headers = entries.Select(e => HeaderFields.Read(e.Header, ctx.Dates)).ToList();
        var dated = headers.Count(h => h.Dates is not null);
        for (var n = 0; n < entries.Count; n++)
        {
            var entry = entries[n];
            var fields = headers[n];
            var name = fields.Pieces.FirstOrDefault();
            if (name is null || !name.Text.Any(char.IsLetter))
            {
                // "2024/03 [symbol]" / ": Authors: *Title*. In: Venue": the header holds only a date and a marker, the
                // reference is the body.
                if (ReferenceInBody(entry, fields, ctx))
                {
                    continue;
                }
            }
            else if (fields.Dates is null && dated >= MinDatedEntries && dated == entries.Count - 1 && entry.Body.All(b => b.Kind != BlockKind.Bullet)
                     && !entry.Body.Any(b => EmphasizedCitation.Parse(b.Content) is not null))
            {
                // "Key" / ": [symbol] journal article / …": the one undated entry among dated references explains them.
                foreach (var b in entry.All)
                {
                    ctx.Ledger.Reject(b, "a legend among dated references, not a reference");
                }

                continue;
            }

            var publisher = fields.Pieces.Skip(1).FirstOrDefault(p => !LineJoiner.IsSentence(p.Text));
            var body = EntryText.Read(entry.Body);
            var summaryParts = body.Paragraphs.Select(p => p.Text).Concat(body.Highlights.Select(h => h.Text))
                .Concat(fields.Pieces.Skip(1).Where(p => p != publisher).Select(p => p.Text)).ToList();
            var citation = name is not null && Citation.Parse(name.Text) is { Authors: not null } c ? c : null;
            var publication = new Publication
            {
                Name = citation?.Title ?? name?.Text,
                Publisher = publisher?.Text ?? citation?.Venue,
                ReleaseDate = fields.SingleDate ?? fields.StartDate ?? citation?.Year?.ToString(CultureInfo.InvariantCulture),
                Url = fields.Url ?? name?.Url,
                Summary = summaryParts.Count > 0 ? string.Join("\n\n", summaryParts) : null,
            };
            if (citation?.Authors is { } authors)
            {
                ctx.AuthorLists.Add(authors);
            }

            (ctx.Resume.Publications ??= []).Add(publication);
            foreach (var b in entry.All)
            {
                ctx.Ledger.Claim(b, publication);
            }
        }
    }

    /// <summary>Fewer dated entries do not show that the undated one is a legend.</summary>
    private const int MinDatedEntries = 2;

    private static bool ReferenceInBody(RawEntry entry, HeaderFields fields, ImportContext ctx)
    {
        var reference = entry.Body.Where(b => b.Kind == BlockKind.Text).Select(b => (Block: b, Parts: EmphasizedCitation.Parse(b.Content))).FirstOrDefault(x => x.Parts is not null);
        if (reference.Parts is not { } parts)
        {
            return false;
        }

        var publication = new Publication
        {
            Name = parts.Title, Publisher = parts.Venue, Url = fields.Url ?? parts.Url,
            ReleaseDate = fields.SingleDate ?? fields.StartDate,
        };
        ctx.AuthorLists.Add(parts.Authors);
        (ctx.Resume.Publications ??= []).Add(publication);
        foreach (var b in entry.Header)
        {
            ctx.Ledger.Claim(b, publication, "releaseDate");
        }

        ctx.Ledger.Claim(reference.Block, publication, "name");
        foreach (var b in entry.Body.Where(b => !ReferenceEquals(b, reference.Block)))
        {
            ctx.Ledger.Reject(b, "a line under a reference");
        }

        return true;
    }

    private static void FromBullets(Section section, ImportContext ctx)
    {
        Publication? current = null;
        Block? previous = null;
        foreach (var block in section.Blocks)
        {
            if (block.Kind == BlockKind.Bullet && block.Level == 0)
            {
                current = FromReference(block, ctx);
                (ctx.Resume.Publications ??= []).Add(current);
                ctx.Ledger.Claim(block, current);
            }
            else if (current is not null && previous is not null && !block.Gap && block.Kind != BlockKind.Heading && previous.Kind != BlockKind.Heading)
            {
                var text = block.Content.ToMarkdown();
                var urls = WebAddress.FindUrls(text, bareDomains: false).ToList();
                if (urls.Count > 0 && current.Url is null)
                {
                    current.Url = urls[0].Url;
                    var plain = block.Content.ToPlain();
                    foreach (var (index, length, _) in WebAddress.FindUrls(plain, bareDomains: false).Reverse())
                    {
                        plain = plain.Remove(index, length);
                    }

                    text = TextCleaner.Collapse(plain.Replace("<>", "", StringComparison.Ordinal));
                }

                current.Summary = current.Summary is null ? text : current.Summary + " " + text;
                ctx.Ledger.Claim(block, current, "summary");
            }
            else
            {
                ctx.Ledger.Reject(block, block.Kind == BlockKind.Bullet ? "a nested item of a publication" : "a line that groups the publications under it");
            }

            previous = block;
        }
    }

    private static Publication FromReference(Block block, ImportContext ctx)
    {
        var content = block.Content;
        var title = content.ToPlain();
        string? url = null;
        if (content.Links.Count > 0 && WebAddress.Normalize(content.Links[0].Url) is { } link)
        {
            url = link;
        }

        if (EmphasizedCitation.ParseItem(content, ctx.Dates) is { } lead)
        {
            if (lead.Authors is { } names)
            {
                ctx.AuthorLists.Add(names);
            }

            return new Publication { Name = lead.Title, Publisher = lead.Venue, ReleaseDate = lead.Date, Url = url };
        }

        var citation = Citation.Parse(title);
        if (citation.Authors is { } authors)
        {
            ctx.AuthorLists.Add(authors);
        }

        return new Publication
        {
            Name = citation.Title,
            Publisher = citation.Venue,
            ReleaseDate = citation.Year?.ToString(CultureInfo.InvariantCulture),
            Url = url,
        };
    }
}
