using System.Text.RegularExpressions;
using JsonResume.Import.Blocks;
using JsonResume.Import.Recognition;
using JsonResume.Import.Sections;
using JsonResume.Vocabulary;

namespace JsonResume.Import.Fields;

/// <summary>
/// Reads the opening of a document (before the first section), a contact section, or an introduction section into
/// <c>basics</c>: the name (a heading or the first line), the label (a short title line), contact details piece by
/// piece, a photo, profile links, and the summary prose (with the facts its sentences state).
/// </summary>
internal static partial class HeaderReader
{
    private static readonly string[] NameSeparators = [" | ", " - ", " — ", " – ", " · ", ", "];

    public static void Read(Section section, ImportContext ctx)
    {
        var opening = section.IsPreamble;
        var summaryStarted = false;
        var contactSeen = false;
        var lineIndex = 0;
        Block? previous = null;
        Block? term = null;
        for (var b = 0; b < section.Blocks.Count; b++)
        {
            var block = section.Blocks[b];
            if (block.Kind == BlockKind.Image)
            {
                Image(block, ctx, section.Kind);
                previous = block;
                continue;
            }

            if (IsFieldTerm(block, b + 1 < section.Blocks.Count ? section.Blocks[b + 1] : null))
            {
                term = block; // "Phone" / ":   612 345 678": the term labels its definition
                ctx.Ledger.Markup(block.FirstLine, block.LastLine);
                continue;
            }

            var lines = block.Kind == BlockKind.Row && block.Cells is { } cells ? cells.SelectMany(c => c).ToList() : [block.Content];
            if (term is not null)
            {
                lines[0] = Labelled(term.Content, lines[0]);
                term = null;
            }
            foreach (var written in lines)
            {
                var line = written;
                var lineText = line.ToPlain();
                if (opening && ctx.Basics.Name is null && lineIndex < 4 && WithoutDocumentTitle(line) is { } named)
                {
                    // "Lebenslauf – Jonas Example", "Jane Example | Résumé": the document's title beside the name.
                    line = named;
                    lineText = line.ToPlain();
                }

                var pieces = lineText.Length > 60 && LineJoiner.IsSentence(lineText) ? [line] : HeaderFields.SplitPieces(line, splitSemicolons: false, atEmphasis: false);
                if (opening)
                {
                    pieces = [.. pieces.SelectMany(SplitAtEmails)];
                }

                if (pieces.Count == 0)
                {
                    continue;
                }

                var contacts = ContactReader.ReadIconLinks(line, block, ctx);
                var leftovers = new List<RichText>();
                for (var p = 0; p < pieces.Count; p++)
                {
                    var piece = pieces[p];
                    if (pieces.Count == 1 && !summaryStarted && DocumentTitles.IsDocumentTitle(piece.ToPlain()))
                    {
                        ctx.Ledger.Reject(block, "the document's title, not the person's name");
                        continue;
                    }

                    if (ctx.Basics.Name is null && opening && lineIndex < 4 && p == 0 && !summaryStarted && TryName(piece, block, ctx))
                    {
                        continue;
                    }

                    var found = ContactReader.Read(piece, block, ctx, allowPlace: opening || section.Kind == ResumeSection.Contact);
                    if (found > 0)
                    {
                        contacts += found;
                        continue;
                    }

                    leftovers.Add(piece);
                }

                lineIndex++;
                if (contacts > 0)
                {
                    contactSeen = true;
                    var words = leftovers.Sum(l => SpaceWords.Count(l.ToPlain()));
                    if (words <= Math.Max(6, 2 * contacts) && !leftovers.Any(l => LineJoiner.IsSentence(l.ToPlain())))
                    {
                        // "Backend developer · Lyon · jane@example.com": a job title among the contact details of the
                        // opening is the person's label.
                        if (opening && ctx.Basics.Label is null && leftovers.FirstOrDefault(l => Lexicon.TitleScore(l.ToPlain()) > 0) is { } title)
                        {
                            ctx.Basics.Label = NameInference.TitleCaseIfShouting(title.ToPlain().Trim('*', '_', ' '));
                            ctx.Ledger.Claim(block, ctx.Basics, "label");
                        }

                        continue;
                    }
                }

                var rest = leftovers.Count == pieces.Count ? line : Join(leftovers);
                if (rest.IsEmpty)
                {
                    continue;
                }

                var text = rest.ToPlain();
                if (!text.Any(char.IsLetterOrDigit))
                {
                    ctx.Ledger.Markup(block.FirstLine, block.LastLine);
                    continue;
                }

                if (opening && contactSeen && !summaryStarted && ctx.Basics.Location is null && UnknownPlace(text) is { } place)
                {
                    // "Pune, Maharashtra" among the contact lines: a place the tables do not know, by its shape.
                    ctx.SetLocation(place, block);
                    continue;
                }

                if (opening && !summaryStarted && ctx.Basics.Label is null && !LineJoiner.IsSentence(text) && text.Length <= 90
                    && !SectionNames.IsPureHeading(text)
                    && (!contactSeen || Lexicon.TitleScore(text) > 0) && !LineJoiner.EndsSentence(text) && block.Kind != BlockKind.Bullet)
                {
                    ctx.Basics.Label = NameInference.TitleCaseIfShouting(text.Trim('*', '_', ' '));
                    ctx.Ledger.Claim(block, ctx.Basics, "label");
                    continue;
                }

                if (section.Kind == ResumeSection.Contact && !opening)
                {
                    if (SkillReader.TryLabelledInterests(block, ctx) || SkillReader.TryLabelledLanguages(block, ctx))
                    {
                        continue; // "Hobbies: …", "Languages known: …" among personal details
                    }

                    ctx.Ledger.Reject(block, "not contact information");
                    continue;
                }

                if (ProseReader.Read(block, ctx))
                {
                    continue;
                }

                var sameParagraph = previous is not null && !block.Gap && previous.Kind == block.Kind && block.Kind == BlockKind.Text && summaryStarted;
                ctx.AddSummary(block, rest.ToFieldText(), sameParagraph);
                summaryStarted = true;
            }

            previous = block;
        }
    }

    /// <summary>
    /// "Frontend engineer in Lisbon. jane@example.com": an email address written inside a piece of the opening is a
    /// piece of its own, so that it is read as contact details and the words around it as what they are.
    /// </summary>
    private static IEnumerable<RichText> SplitAtEmails(RichText piece)
    {
        var text = piece.Text;
        var emails = piece.Links.Count > 0 ? [] : WebAddress.FindEmails(text).ToList();
        if (emails.Count == 0 || (emails.Count == 1 && text[..emails[0].Index].Trim().Length == 0 && text[(emails[0].Index + emails[0].Length)..].Trim(' ', '.', ',', ';').Length == 0))
        {
            yield return piece;
            yield break;
        }

        var start = 0;
        foreach (var (index, length, _) in emails)
        {
            if (piece.Slice(start, index - start).Trim() is { IsEmpty: false } before)
            {
                yield return before;
            }

            yield return piece.Slice(index, length);
            start = index + length;
        }

        if (piece.Slice(start, text.Length - start).Trim(".,;") is { IsEmpty: false } after)
        {
            yield return after;
        }
    }

    /// <summary>A line made of contact details only (an email address, profiles, a phone number), wherever it stands.</summary>
    public static bool TryContactLine(Block block, ImportContext ctx)
    {
        if (block.Kind is not (BlockKind.Text or BlockKind.Bullet))
        {
            return false;
        }

        var pieces = HeaderFields.SplitPieces(block.Content, splitSemicolons: false, atEmphasis: false);
        if (pieces.Count == 0 || !pieces.All(IsContactPiece))
        {
            return false;
        }

        foreach (var piece in pieces)
        {
            ContactReader.Read(piece, block, ctx, allowPlace: false);
        }

        return true;
    }

    /// <summary>Whether a line holds contact details only (an email address, a phone number, profiles), without reading it.</summary>
    public static bool IsContactLine(Block block)
    {
        if (block.Kind is not (BlockKind.Text or BlockKind.Bullet))
        {
            return false;
        }

        var pieces = HeaderFields.SplitPieces(block.Content, splitSemicolons: false, atEmphasis: false);
        return pieces.Count > 0 && pieces.All(IsContactPiece);
    }

    private static bool IsContactPiece(RichText piece)
    {
        var text = piece.ToPlain();
        return WebAddress.TryEmail(text, out _)
            || (PhoneRecognizer.TryFind(text, out _, out var length) && length >= text.Trim().Length - 2) || (WebAddress.Normalize(text) is { } url && ProfileRecognizer.TryRecognize(url, out _))
            || (piece.IsOneLink && (piece.Links[0].Url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) || (WebAddress.Normalize(piece.Links[0].Url) is { } linked && ProfileRecognizer.TryRecognize(linked, out _))));
    }

    private static bool TryName(RichText piece, Block block, ImportContext ctx)
    {
        var text = LetterSpaced().Replace(piece.ToPlain(), m => m.Value.Replace(" ", "", StringComparison.Ordinal)).Trim('*', '_', ' ', '#');
        if (text.Length == 0 || WebAddress.TryEmail(text, out _) || text.Contains("://", StringComparison.Ordinal) || LocationRecognizer.TryParse(text, out _))
        {
            return false;
        }

        var candidate = NameInference.TitleCaseIfShouting(text);
        string? label = null;
        if (!NameInference.IsPersonName(candidate))
        {
            var separator = NameSeparators.FirstOrDefault(s => candidate.Contains(s, StringComparison.Ordinal));
            if (separator is null)
            {
                return IsLowerCaseName(candidate, block, ctx);
            }

            var at = candidate.IndexOf(separator, StringComparison.Ordinal);
            if (!NameInference.IsPersonName(candidate[..at].Trim()))
            {
                return false;
            }

            label = candidate[(at + separator.Length)..].Trim();
            candidate = candidate[..at].Trim();
        }

        ctx.Basics.Name = candidate;
        ctx.Ledger.Claim(block, ctx.Basics, "name");
        if (label is { Length: > 0 } && ctx.Basics.Label is null)
        {
            ctx.Basics.Label = label;
            ctx.Ledger.Claim(block, ctx.Basics, "label");
        }

        if (piece.IsOneLink && WebAddress.Normalize(piece.Links[0].Url) is { } url)
        {
            if (ProfileRecognizer.TryRecognize(url, out var profile))
            {
                ctx.AddProfile(profile, block);
            }
            else if (ctx.Basics.Url is null)
            {
                ctx.Basics.Url = url;
                ctx.Ledger.Claim(block, ctx.Basics, "url");
            }
        }

        return true;
    }

    /// <summary>The first line of a document in lower case, "jane doe": two or three plain words.</summary>
    private static bool IsLowerCaseName(string text, Block block, ImportContext ctx)
    {
        if (block.FirstLine > 5 || !LowerName().IsMatch(text))
        {
            return false;
        }

        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => char.ToUpperInvariant(w[0]) + w[1..]);
        var name = string.Join(' ', words);
        if (!NameInference.IsPersonName(name))
        {
            return false;
        }

        ctx.Basics.Name = name;
        ctx.Ledger.Claim(block, ctx.Basics, "name");
        return true;
    }

    private static void Image(Block block, ImportContext ctx, ResumeSection section)
    {
        var alt = block.Alt ?? "";
        var looksLikePhoto = PhotoWords().IsMatch(alt) || PhotoWords().IsMatch(block.Source ?? "");
        var looksLikeIcon = IconWords().IsMatch(alt) || IconWords().IsMatch(block.Source ?? "");
        if (ctx.Basics.Image is null && !string.IsNullOrWhiteSpace(block.Source) && !looksLikeIcon && (looksLikePhoto || section is ResumeSection.Contact or ResumeSection.Summary))
        {
            ctx.Basics.Image = block.Source;
            ctx.Ledger.Claim(block, ctx.Basics, "image");
        }
        else
        {
            ctx.Ledger.Reject(block, "an image that is not the person's photo");
        }
    }

    private static RichText Join(List<RichText> pieces) =>
        pieces.Count == 1 ? pieces[0] : TextInline.Parse(string.Join(" ", pieces.Select(p => p.ToMarkdown())), columns: false);

    [GeneratedRegex(@"\b(?:\p{L} ){2,}\p{L}\b", RegexOptions.CultureInvariant)]
    private static partial Regex LetterSpaced();

    [GeneratedRegex(@"^\p{Ll}[\p{Ll}.'-]*(?: \p{Ll}[\p{Ll}.'-]*){1,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex LowerName();

    [GeneratedRegex(@"(?i)\b(?:profile|photo|picture|pic|avatar|headshot|portrait|me|foto|selfie)\b", RegexOptions.CultureInvariant)]
    private static partial Regex PhotoWords();

    [GeneratedRegex(@"(?i)(?:icon|logo|badge|shield|github|gitlab|linkedin|twitter|telegram|email|mail|phone|button|emoji|flag|certificate)", RegexOptions.CultureInvariant)]
    private static partial Regex IconWords();
}
