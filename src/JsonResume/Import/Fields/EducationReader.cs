using System.Text.RegularExpressions;
using JsonResume.Import.Blocks;
using JsonResume.Import.Recognition;
using JsonResume.Import.Sections;
using JsonResume.Model;
using JsonResume.Vocabulary;

namespace JsonResume.Import.Fields;

/// <summary>
/// Reads education entries: the degree (<c>PhD.</c>, <c>BSc (Hons)</c>) with its field, the school, a grade, the dates;
/// then <c>Coursework:</c> lists as courses, <c>Awards:</c> lists as awards, and other lines as the entry's summary.
/// </summary>
internal static partial class EducationReader
{
    public static void Read(Section section, ImportContext ctx)
    {
        var (intro, entries) = EntrySegmenter.Segment(section.Blocks, datedBullets: true, entryItem: DegreeRecognizer.Mentions);
        foreach (var b in intro)
        {
            ctx.Ledger.Reject(b, "text before the first entry of the section");
        }

        foreach (var entry in entries)
        {
            var fields = HeaderFields.Read(entry.Header, ctx.Dates, splitSemicolons: true);
            var education = new Education { StartDate = fields.Dates is { IsRange: true } ? fields.StartDate : null };
            education.EndDate = fields.Dates is { IsRange: true } ? fields.EndDate : fields.SingleDate;
            if (fields.Dates is { IsRange: true, IsOngoing: true })
            {
                education.EndDate = null;
            }

            var leftovers = new List<HeaderFields.Piece>();
            foreach (var piece in fields.Pieces)
            {
                if (!ReadCell(piece, education, ctx) && !ReadPiece(piece, education, ctx))
                {
                    leftovers.Add(piece);
                }
            }

            foreach (var piece in leftovers.ToList())
            {
                if (education.Institution is null && !LineJoiner.IsSentence(piece.Text))
                {
                    education.Institution = piece.Text;
                    education.Url ??= piece.Url;
                    ctx.Ledger.Claim(piece.Block, education, "institution");
                    leftovers.Remove(piece);
                }
                else if (education.Area is null && education.StudyType is not null && piece.Text.Split(' ').Length <= 6 && !LineJoiner.IsSentence(piece.Text))
                {
                    education.Area = piece.Text;
                    ctx.Ledger.Claim(piece.Block, education, "area");
                    leftovers.Remove(piece);
                }
            }

            if (IsLinkedCourse(entry, education))
            {
                // "- [Organic Chemistry](https://courses.example/chem)": a linked item that names no school and no degree is
                // a course taken, its name the field studied (CONVENTIONS: courses with links are education entries).
                (education.Area, education.Institution) = (education.Institution, null);
                ctx.Ledger.Claim(entry.Header[0], education, "area");
            }

            WorkReader.ClaimDates(ctx, fields.DateBlock, education, ("startDate", education.StartDate), ("endDate", education.EndDate));

            var body = ViaProvider(entry, education, ctx) ? entry.Body.Skip(1) : entry.Body;
            var notes = new List<string>();
            foreach (var piece in leftovers)
            {
                notes.Add(piece.Text);
                ctx.Ledger.Claim(piece.Block, education, "summary");
            }

            foreach (var block in body)
            {
                Body(block, education, notes, ctx);
            }

            if (notes.Count > 0)
            {
                (education.ExtensionData ??= [])["summary"] = EntryText.StringElement(string.Join("\n\n", notes));
            }

            (ctx.Resume.Education ??= []).Add(education);
        }
    }

    private static bool IsLinkedCourse(RawEntry entry, Education education) =>
        entry.Header is [{ Kind: BlockKind.Bullet } item] && item.Content.IsOneLink && education is { Institution: { } name, StudyType: null, Area: null, StartDate: null, EndDate: null }
        && !Lexicon.IsSchool(name) && !DegreeRecognizer.Mentions(name);

    private static readonly string[] SpacedDashes = [" - ", " – ", " — "];

    private static bool ReadPiece(HeaderFields.Piece piece, Education education, ImportContext ctx)
    {
        var text = piece.Text;
        if (education.StudyType is null && DegreeAfterLead(text) is { } lead)
        {
            text = lead; // "2020. B.S., Biology" once the date is gone, "Current. PhD, Field, School."
        }

        if (education.StudyType is null && DegreeRecognizer.TryMatch(text, out var degree, out var rest))
        {
            education.StudyType = degree;
            ctx.Ledger.Claim(piece.Block, education, "studyType");
            ReadAreaAndSchool(rest, piece, education, ctx);
            return true;
        }

        if (education.Institution is null && (Lexicon.IsSchool(text) || piece.Linked || piece.Bold) && !DegreeRecognizer.Mentions(text) && !LineJoiner.IsSentence(text))
        {
            education.Institution = StripAt(text);
            education.Url ??= piece.Url;
            ctx.Ledger.Claim(piece.Block, education, "institution");
            return true;
        }

        if (education.Score is null && DegreeRecognizer.TryScore(text, out var score, out var remaining) && remaining.Length == 0)
        {
            education.Score = score;
            ctx.Ledger.Claim(piece.Block, education, "score");
            return true;
        }

        return false;
    }

    private static void ReadAreaAndSchool(string rest, HeaderFields.Piece piece, Education education, ImportContext ctx)
    {
        if (DegreeRecognizer.TryScore(rest, out var score, out var withoutScore))
        {
            education.Score ??= score;
            ctx.Ledger.Claim(piece.Block, education, "score");
            rest = withoutScore;
        }

        var at = AtSchool().Match(rest);
        if (!at.Success && ForeignAtSchool().Match(rest) is { Success: true } foreign
            && (Lexicon.IsSchool(rest[(foreign.Index + foreign.Length)..]) || piece.Linked))
        {
            // "Maîtrise en Informatique à l'[Université …](url)": "at" in another language, before a school (a school
            // word or the linked name), so that a field written with the same preposition stays whole.
            at = foreign;
            education.Url ??= piece.Url ?? (piece.Rich.Links is { Count: > 0 } links ? links[^1].Url : null);
        }

        string area;
        string? school = null;
        if (at.Success)
        {
            area = rest[..at.Index];
            school = rest[(at.Index + at.Length)..];
        }
        else
        {
            var commas = WorkReader.Commas(rest);
            var parts = new List<string>();
            var from = 0;
            foreach (var c in commas)
            {
                parts.Add(rest[from..c].Trim());
                from = c + 1;
            }

            parts.Add(rest[from..].Trim());
            var first = parts.FindIndex(Lexicon.IsSchool);
            if (first <= 0 && rest.Split(SpacedDashes, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) is { Length: > 1 } dashed
                && Array.FindIndex(dashed, Lexicon.IsSchool) is > 0 and var schoolIndex)
            {
                // "Field - School": a spaced dash where no comma separates the school.
                parts = [.. dashed];
                first = schoolIndex;
            }

            if (first > 0)
            {
                area = string.Join(", ", parts.Take(first));
                school = string.Join(", ", parts.Skip(first));
            }
            else
            {
                area = string.Join(", ", parts);
            }
        }

        area = area.Trim().Trim(',', ';', '-', '–', '—').Trim();
        if (area.Length > 0)
        {
            education.Area = area;
            ctx.Ledger.Claim(piece.Block, education, "area");
        }

        if (school is { Length: > 0 } && education.Institution is null)
        {
            education.Institution = StripAt(school.Trim().TrimEnd('.', ','));
            ctx.Ledger.Claim(piece.Block, education, "institution");
        }
    }

    /// <summary>The text from its degree on, when only punctuation or one status word ending in a period ("Current.") stands before it.</summary>
    private static string? DegreeAfterLead(string text)
    {
        var m = LeadBeforeDegree().Match(text);
        if (!m.Success)
        {
            return null;
        }

        var rest = text[m.Length..].TrimEnd('.', ' ');
        return DegreeRecognizer.TryMatch(rest, out _, out _) ? rest : null;
    }

    private static string StripAt(string text) =>
        text.StartsWith("at ", StringComparison.OrdinalIgnoreCase) ? text[3..].Trim()
        : ForeignAtSchool().Match(text) is { Success: true, Index: 0 } at && at.Length < text.Length ? text[at.Length..].Trim() : text;

    [GeneratedRegex(@"\s+(?:at|from|@)\s+(?=\p{Lu})", RegexOptions.CultureInvariant)]
    private static partial Regex AtSchool();

    /// <summary>"At" before a school in French, German, Spanish, Portuguese, Italian and Dutch (dictionary prepositions).</summary>
    [GeneratedRegex(@"(?:^|\s+)(?:à\s+l['’]|à\s+la\s+|au\s+|à\s+|an\s+der\s+|am\s+|en\s+la\s+|en\s+el\s+|na\s+|no\s+|presso\s+(?:l['’]|la\s+|il\s+)?|bij\s+(?:de\s+|het\s+)?)(?=\p{Lu})", RegexOptions.CultureInvariant)]
    private static partial Regex ForeignAtSchool();

    [GeneratedRegex(@"^(?:[.,;:\s]+|\p{L}{3,}\.\s+)", RegexOptions.CultureInvariant)]
    private static partial Regex LeadBeforeDegree();
}
