using System.Text.RegularExpressions;
using JsonResume.Import.Recognition;
using JsonResume.Model;
using JsonResume.Vocabulary;

namespace JsonResume.Import.Foreign;

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
                if (!ReadPiece(piece, education, ctx))
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
                // "- [Cryptography](https://courses.example/crypto)": a linked item that names no school and no degree is
                // a course taken, its name the field studied (CONVENTIONS: courses with links are education entries).
                (education.Area, education.Institution) = (education.Institution, null);
                ctx.Ledger.Claim(entry.Header[0], education, "area");
            }

            WorkReader.ClaimDates(ctx, fields.DateBlock, education, ("startDate", education.StartDate), ("endDate", education.EndDate));

            var notes = new List<string>();
            foreach (var piece in leftovers)
            {
                notes.Add(piece.Text);
                ctx.Ledger.Claim(piece.Block, education, "summary");
            }

            foreach (var block in entry.Body)
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

    private static void Body(Block block, Education education, List<string> notes, ImportContext ctx)
    {
        var text = block.Content.ToFieldText();
        if (block.Kind != BlockKind.Heading && LabelledDegreeOrField(text) is { } labelled)
        {
            if (labelled.Degree && education.StudyType is null)
            {
                education.StudyType = labelled.Value;
                ctx.Ledger.Claim(block, education, "studyType");
                return;
            }

            if (!labelled.Degree && education.Area is null)
            {
                education.Area = labelled.Value;
                ctx.Ledger.Claim(block, education, "area");
                return;
            }
        }
        var handled = false;
        foreach (Match m in Labelled().Matches(text))
        {
            var label = m.Groups["label"].Value.ToLowerInvariant();
            var value = m.Groups["value"].Value.Trim().TrimEnd('.', '*').Trim();
            if (label.Contains("course", StringComparison.Ordinal) || label.Contains("modules", StringComparison.Ordinal) || label.Contains("classes", StringComparison.Ordinal))
            {
                var courses = value.Contains(';', StringComparison.Ordinal) ? value.Split(';') : value.Split(',');
                education.Courses = [.. education.Courses ?? [], .. courses.Select(c => c.Trim().TrimEnd('.')).Where(c => c.Length > 0)];
                ctx.Ledger.Claim(block, education, "courses");
                handled = true;
            }
            else if (label.Contains("award", StringComparison.Ordinal) || label.Contains("honou", StringComparison.Ordinal) || label.Contains("prize", StringComparison.Ordinal) || label.Contains("scholarship", StringComparison.Ordinal))
            {
                AwardReader.FromList(value, block, ctx);
                handled = true;
            }
            else if (label is "gpa" or "grade" or "grades" or "score" or "result" or "classification")
            {
                education.Score ??= value;
                ctx.Ledger.Claim(block, education, "score");
                handled = true;
            }
        }

        if (!handled && block.Kind != BlockKind.Bullet && education.StudyType is null && DegreeRecognizer.TryMatch(block.Content.ToPlain(), out _, out _))
        {
            foreach (var piece in HeaderFields.SplitPieces(block.Content, splitSemicolons: true))
            {
                var p = new HeaderFields.Piece(piece, piece.ToPlain(), null, block);
                if (!ReadPiece(p, education, ctx))
                {
                    notes.Add(p.Text);
                }
            }

            return;
        }

        if (!handled || RemoveLabelled(text).Length > 0)
        {
            var note = handled ? RemoveLabelled(text) : text;
            if (note.Length > 0)
            {
                notes.Add(note);
                ctx.Ledger.Claim(block, education, "summary");
            }
        }
    }

    /// <summary>
    /// "Abschluss: Diplom", "Major: Biology", "Fachrichtung Medieninformatik": a line naming the degree or the field
    /// after a label of <see cref="EntryFieldLabels"/> (a colon after it, or a short line of label and value).
    /// </summary>
    private static (bool Degree, string Value)? LabelledDegreeOrField(string text)
    {
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        string label, value;
        if (colon > 0)
        {
            (label, value) = (text[..colon].Trim().ToLowerInvariant(), text[(colon + 1)..].Trim().TrimEnd('.'));
        }
        else if (text.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: >= 2 and <= MaxUnmarkedLabelLineWords } words)
        {
            (label, value) = (words[0].ToLowerInvariant(), string.Join(' ', words.Skip(1)).TrimEnd('.'));
        }
        else
        {
            return null;
        }

        if (value.Length == 0 || LineJoiner.IsSentence(value))
        {
            return null;
        }

        return EntryFieldLabels.Degree.Contains(label) ? (true, value) : EntryFieldLabels.Area.Contains(label) ? (false, value) : null;
    }

    /// <summary>A label without a colon only reads as one on a short line ("Fachrichtung Medieninformatik").</summary>
    private const int MaxUnmarkedLabelLineWords = 4;

    private static string RemoveLabelled(string text)
    {
        var kept = Labelled().Replace(text, m =>
        {
            var label = m.Groups["label"].Value.ToLowerInvariant();
            return label.Contains("course", StringComparison.Ordinal) || label.Contains("award", StringComparison.Ordinal) || label.Contains("module", StringComparison.Ordinal)
                || label.Contains("honou", StringComparison.Ordinal) || label.Contains("prize", StringComparison.Ordinal) || label.Contains("scholarship", StringComparison.Ordinal)
                || label is "gpa" or "grade" or "grades" or "score" or "result" or "classification" or "classes"
                ? ""
                : m.Value;
        });
        return TextCleaner.Collapse(kept).Trim('.', ' ');
    }

    [GeneratedRegex(@"\s+(?:at|from|@)\s+(?=\p{Lu})", RegexOptions.CultureInvariant)]
    private static partial Regex AtSchool();

    /// <summary>"At" before a school in French, German, Spanish, Portuguese, Italian and Dutch (dictionary prepositions).</summary>
    [GeneratedRegex(@"(?:^|\s+)(?:à\s+l['’]|à\s+la\s+|au\s+|à\s+|an\s+der\s+|am\s+|en\s+la\s+|en\s+el\s+|na\s+|no\s+|presso\s+(?:l['’]|la\s+|il\s+)?|bij\s+(?:de\s+|het\s+)?)(?=\p{Lu})", RegexOptions.CultureInvariant)]
    private static partial Regex ForeignAtSchool();

    [GeneratedRegex(@"(?<label>\b(?:Relevant\s+)?(?:Coursework|Courses|Course work|Modules|Classes|Awards?|Honou?rs|Prizes?|Scholarships?|GPA|Grades?|Score|Result|Classification))\s*:\s*(?<value>.+?)(?=(?:\.\s+|\s+)(?:Relevant\s+)?(?:Coursework|Courses|Modules|Awards?|Honou?rs|Prizes?|Thesis(?: title)?|Dissertation|Project|GPA|Supervisors?|Advisors?)\s*:|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Labelled();

    [GeneratedRegex(@"^(?:[.,;:\s]+|\p{L}{3,}\.\s+)", RegexOptions.CultureInvariant)]
    private static partial Regex LeadBeforeDegree();
}
