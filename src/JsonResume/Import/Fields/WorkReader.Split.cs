using System.Text.RegularExpressions;
using JsonResume.Import.Blocks;
using JsonResume.Import.Recognition;
using JsonResume.Model;
using JsonResume.Vocabulary;

namespace JsonResume.Import.Fields;

/// <summary>One header piece that holds both the role and the organisation, split by emphasis, "at", a dash or a comma.</summary>
internal static partial class WorkReader
{
    /// <summary>One piece holding both: "Role, Organisation", "*Role*, [Organisation](url)", "Role at Organisation".</summary>
    private static (HeaderFields.Piece? Role, HeaderFields.Piece? Organisation) SplitOne(HeaderFields.Piece piece, bool project)
    {
        var rich = piece.Rich;
        var styled = StyleSplit(rich);
        if (styled is { } s)
        {
            var left = Make(piece, s.Left);
            var right = Make(piece, s.Right);
            if (project && !left.Italic && right.Italic)
            {
                return (right, left);
            }

            return left.Italic || (!right.Italic && RoleScore(left) >= RoleScore(right)) ? (left, right) : (right, left);
        }

        var at = RoleConnectors.Find(rich.Text);
        if (at.Success && (Lexicon.TitleScore(rich.Text[..at.Index]) > 0 || Lexicon.OrganisationScore(rich.Text[(at.Index + at.Length)..]) > 0
            || IsStyledRoleAtLinkedOrganisation(rich, at)))
        {
            return (Make(piece, rich.Slice(0, at.Index).Trim()), Make(piece, rich.Slice(at.Index + at.Length, rich.Length - at.Index - at.Length).Trim()));
        }

        if (DashSplit(piece) is { } dashed)
        {
            return dashed;
        }

        var commas = Commas(rich.Text);
        if (commas.Count > 0)
        {
            var parts = new List<(int Start, int End)>();
            var from = 0;
            foreach (var c in commas)
            {
                parts.Add((from, c));
                from = c + 1;
            }

            parts.Add((from, rich.Length));
            int split;
            if (project)
            {
                split = 1;
                var rest = rich.Slice(parts[1].Start, rich.Length - parts[1].Start).Trim();
                return (Make(piece, rest), Make(piece, rich.Slice(0, parts[0].End).Trim()));
            }

            var titles = parts.Select(p => rich.Text[p.Start..p.End]).Select(t => (Lexicon.TitleScore(t), Lexicon.OrganisationScore(t))).ToList();
            split = 0;
            while (split < parts.Count - 1 && titles[split].Item1 > 0 && titles[split].Item1 >= titles[split].Item2)
            {
                split++;
            }

            if (split == 0)
            {
                if (titles[^1].Item1 > titles[^1].Item2 && titles[0].Item1 == 0)
                {
                    // "Organisation, Role"
                    var cut = parts[^1].Start;
                    return (Make(piece, rich.Slice(cut, rich.Length - cut).Trim()), Make(piece, rich.Slice(0, parts[^2].End).Trim()));
                }

                split = 1;
            }

            var end = parts[split - 1].End;
            var start = parts[split].Start;
            return (Make(piece, rich.Slice(0, end).Trim()), Make(piece, rich.Slice(start, rich.Length - start).Trim()));
        }

        if (project)
        {
            return (null, piece);
        }

        return piece.TitleScore > piece.OrgScore && !piece.Bold && !piece.Linked ? (piece, null) : (null, piece);
    }

    /// <summary>"**Role** at [Organisation](url)": the shape tells the reading where the role word is unknown.</summary>
    private static bool IsStyledRoleAtLinkedOrganisation(RichText rich, Match at)
    {
        var left = rich.Slice(0, at.Index).Trim();
        var rightStart = at.Index + at.Length;
        return !left.IsEmpty && left.IsAllBold && rich.Links.Any(l => l.Start >= rightStart);
    }

    /// <summary>
    /// "Role - Organisation" or "Organisation - Role": a spaced hyphen splits one piece when exactly one side reads as a
    /// job title (a hyphen between two organisation names, "Company - Department", keeps them together).
    /// </summary>
    private static (HeaderFields.Piece Role, HeaderFields.Piece Organisation)? DashSplit(HeaderFields.Piece piece)
    {
        var rich = piece.Rich;
        var cut = rich.Text.IndexOf(" - ", StringComparison.Ordinal);
        if (cut <= 0 || rich.Text.IndexOf(" - ", cut + 3, StringComparison.Ordinal) >= 0)
        {
            return null;
        }

        var left = Make(piece, rich.Slice(0, cut).Trim());
        var right = Make(piece, rich.Slice(cut + 3, rich.Length - cut - 3).Trim());
        if (left.Text.Length == 0 || right.Text.Length == 0)
        {
            return null;
        }

        var leftTitle = left.TitleScore > left.OrgScore;
        var rightTitle = right.TitleScore > right.OrgScore;
        return leftTitle == rightTitle ? null : leftTitle ? (left, right) : (right, left);
    }

    /// <summary>"*Role*, [Organisation]" or "**Organisation**, Role": a comma where emphasis or a link starts or ends.</summary>
    private static (RichText Left, RichText Right)? StyleSplit(RichText rich)
    {
        foreach (var c in Commas(rich.Text))
        {
            var left = rich.Slice(0, c).Trim();
            var right = rich.Slice(c + 1, rich.Length - c - 1).Trim();
            if (left.IsEmpty || right.IsEmpty)
            {
                continue;
            }

            var before = c - 1;
            var after = c + 1;
            while (after < rich.Length && rich.Text[after] == ' ')
            {
                after++;
            }

            var styleChanges = (rich.Styles[before] & (RunStyle.Bold | RunStyle.Italic)) != (rich.Styles[after] & (RunStyle.Bold | RunStyle.Italic));
            var linkChanges = LinkAt(rich, before) != LinkAt(rich, after);
            if (styleChanges || linkChanges)
            {
                return (left, right);
            }
        }

        return null;
    }

    private static LinkSpan? LinkAt(RichText rich, int index) => rich.Links.FirstOrDefault(l => l.Start <= index && index < l.End);

    /// <summary>Positions of commas outside parentheses and brackets, except before a legal form ("Acme, Inc.").</summary>
    public static List<int> Commas(string text)
    {
        var result = new List<int>();
        var depth = 0;
        for (var i = 0; i < text.Length; i++)
        {
            depth += text[i] is '(' or '[' ? 1 : text[i] is ')' or ']' ? -1 : 0;
            if (text[i] == ',' && depth == 0 && i + 1 < text.Length && text[i + 1] == ' ' && !LegalForm().IsMatch(text[(i + 1)..]))
            {
                result.Add(i);
            }
        }

        return result;
    }

    private static HeaderFields.Piece Make(HeaderFields.Piece source, RichText rich)
    {
        var clean = HeaderFields.CleanEdges(rich);
        var url = clean.IsOneLink ? WebAddress.Normalize(clean.Links[0].Url) : null;
        return new HeaderFields.Piece(clean, clean.ToPlain(), url, source.Block);
    }
}
