using System.Text.RegularExpressions;
using JsonResume.Import.Blocks;
using JsonResume.Import.Recognition;
using JsonResume.Import.Sections;
using JsonResume.Model;
using JsonResume.Vocabulary;

namespace JsonResume.Import.Fields;

/// <summary>The body of an education entry: labelled degree and field lines, courses, awards, grades, and notes.</summary>
internal static partial class EducationReader
{
    /// <summary>
    /// "- Bread Science (Spring 2012)" over "- Via Example Academy": a course named without a degree, whose first body
    /// line names the provider, is the field studied at that provider.
    /// </summary>
    private static bool ViaProvider(RawEntry entry, Education education, ImportContext ctx)
    {
        if (education is not { Institution: not null, StudyType: null, Area: null } || entry.Body.Count == 0 || entry.Header.Count == 0
            || ProviderLead().Match(entry.Body[0].Content.ToFieldText().Trim()) is not { Success: true } m)
        {
            return false;
        }

        (education.Area, education.Institution) = (education.Institution, m.Groups["org"].Value.Trim().TrimEnd('.'));
        ctx.Ledger.Claim(entry.Header[0], education, "area");
        ctx.Ledger.Claim(entry.Body[0], education, "institution");
        return true;
    }

    // Source: the English prepositions that introduce who provides a course ("via", "through", "offered by").
    [GeneratedRegex(@"^(?:via|through|offered by)\s+(?<org>\S.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ProviderLead();

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
    /// A cell of a table whose header names its column ("School", "Major", "Degree"): the column says the field. A
    /// degree cell the degree words can split ("BSc Physics") is left to <see cref="ReadPiece"/>.
    /// </summary>
    private static bool ReadCell(HeaderFields.Piece piece, Education education, ImportContext ctx)
    {
        var text = piece.Text;
        switch (piece.Block.Column)
        {
            case TableColumn.Institution when education.Institution is null:
                education.Institution = text;
                education.Url ??= piece.Url;
                ctx.Ledger.Claim(piece.Block, education, "institution");
                return true;
            case TableColumn.Area:
                // A cell split at its commas stays one field.
                education.Area = education.Area is null ? text : $"{education.Area}, {text}";
                ctx.Ledger.Claim(piece.Block, education, "area");
                return true;
            case TableColumn.Degree when education.StudyType is null && !DegreeRecognizer.TryMatch(text, out _, out _):
                education.StudyType = text;
                ctx.Ledger.Claim(piece.Block, education, "studyType");
                return true;
            default:
                return false;
        }
    }

    /// <summary>
    /// "Abschluss: Diplom", "Major: Biology", "Fachrichtung Maschinenbau": a line naming the degree or the field
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

    /// <summary>A label without a colon only reads as one on a short line ("Fachrichtung Maschinenbau").</summary>
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

    [GeneratedRegex(@"(?<label>\b(?:Relevant\s+)?(?:Coursework|Courses|Course work|Modules|Classes|Awards?|Honou?rs|Prizes?|Scholarships?|GPA|Grades?|Score|Result|Classification))\s*:\s*(?<value>.+?)(?=(?:\.\s+|\s+)(?:Relevant\s+)?(?:Coursework|Courses|Modules|Awards?|Honou?rs|Prizes?|Thesis(?: title)?|Dissertation|Project|GPA|Supervisors?|Advisors?)\s*:|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Labelled();
}
