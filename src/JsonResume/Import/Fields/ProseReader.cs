using System.Text.RegularExpressions;
using JsonResume.Import.Blocks;
using JsonResume.Import.Recognition;
using JsonResume.Model;
using JsonResume.Vocabulary;

namespace JsonResume.Import.Fields;

/// <summary>
/// Reads facts stated in a biography's sentences: <c>my name is …</c>, <c>I am a ROLE at ORGANISATION</c> (label and
/// work), <c>I did my PhD in AREA at SCHOOL</c> (education), <c>I won the … prize … 2022</c> (award). Entries found this
/// way are marked so that a structured twin elsewhere in the document replaces them.
/// </summary>
internal static partial class ProseReader
{
    /// <summary>Reads the facts of one line of prose; returns true when the line only states the name.</summary>
    public static bool Read(Block block, ImportContext ctx)
    {
        var text = block.Content.ToPlain();
        var consumed = false;
        if (NameInference.FromProse(text) is { } name && NameInference.IsPersonName(name))
        {
            if (ctx.Basics.Name is null)
            {
                ctx.Basics.Name = name;
                ctx.Ledger.Claim(block, ctx.Basics, "name");
            }

            consumed = SpaceWords.Count(text) <= 8;
        }

        foreach (Match m in Role().Matches(text))
        {
            var position = m.Groups["pos"].Value.Trim();
            if (Lexicon.TitleScore(position) == 0)
            {
                continue;
            }

            var (org, url) = Organisation(block.Content, m.Groups["org"]);
            if (org.Length == 0)
            {
                continue;
            }

            if (ctx.Basics.Label is null)
            {
                ctx.Basics.Label = Capitalise(position);
                ctx.Ledger.Claim(block, ctx.Basics, "label");
            }

            var work = ImportContext.Add(ctx.Resume.Work ??= [], new Work { Name = org, Position = Capitalise(position), Url = url });
            ctx.FromProse.Add(work);
            ctx.Ledger.Claim(block, work);
        }

        foreach (Match m in Degree().Matches(text))
        {
            var school = m.Groups["rest"].Value.Split(" at ", StringSplitOptions.TrimEntries).Select(s => Strip(s))
                .LastOrDefault(Lexicon.IsSchool);
            if (school is null)
            {
                continue;
            }

            var education = ImportContext.Add(ctx.Resume.Education ??= [], new Education
            {
                Institution = school,
                StudyType = DegreeRecognizer.Normalize(m.Groups["deg"].Value),
                Area = m.Groups["area"].Value.Trim(),
            });
            ctx.FromProse.Add(education);
            ctx.Ledger.Claim(block, education);
        }

        foreach (Match m in Prize().Matches(text))
        {
            var title = m.Groups["title"].Value.Trim();
            string? date = null;
            var year = TrailingYear().Match(title);
            if (year.Success)
            {
                date = year.Groups["y"].Value;
                title = title[..year.Index].Trim();
            }

            var award = ImportContext.Add(ctx.Resume.Awards ??= [], new Award { Title = title, Date = date });
            ctx.FromProse.Add(award);
            ctx.Ledger.Claim(block, award);
        }

        return consumed;
    }

    private static (string Name, string? Url) Organisation(RichText content, Group group)
    {
        var value = group.Value.Trim();
        var start = content.Text.IndexOf(value, StringComparison.Ordinal);
        if (start >= 0)
        {
            var link = content.Links.FirstOrDefault(l => l.Start < start + value.Length && l.End > start);
            if (link is not null)
            {
                var linkText = content.Text.Substring(link.Start, link.Length).Trim();
                return (linkText, WebAddress.Normalize(link.Url));
            }
        }

        return (value, null);
    }

    private static string Strip(string school) => Acronym().Replace(school.Trim().TrimEnd('.'), "").Trim() is var s && s.StartsWith("the ", StringComparison.Ordinal) ? s[4..] : s;

    private static string Capitalise(string s) => s.Length > 0 && char.IsLower(s[0]) ? char.ToUpperInvariant(s[0]) + s[1..] : s;

    [GeneratedRegex(@"\bI(?:'m| am| work as| currently work as| am currently| am working as| am now| have been working as| serve as)(?: also| currently| now)? (?:a|an) (?<pos>[^,.;()]{3,80}?) (?:at|with|for|in) (?<org>(?:the )?\p{Lu}[^,.;()]*?)(?=\s*(?:[,.;(]|$|\s(?:where|and|since|from|in|as|which|who)\b))", RegexOptions.CultureInvariant)]
    private static partial Regex Role();

    [GeneratedRegex(@"\b(?:did|completed|obtained|earned|received|hold|have|finished|got|pursued|am doing|am pursuing|studied for)\s+(?:my|a|an|the)\s+(?<deg>Ph\.?\s?D\.?|doctorate|DPhil|master'?s(?: degree)?|MSc|MSci|MRes|MA|MBA|MEng|BSc|BASc|BEng|BA|bachelor'?s(?: degree)?|undergraduate degree)(?: degree)?\s+(?:in|of)\s+(?<area>\p{Lu}[^,.;]*?)\s+(?:at|from)\s+(?<rest>[^.;,]+?)(?=\s*(?:[.;,]|$|\s(?:and|where|which|while|since|during|with|after|before)\b))", RegexOptions.CultureInvariant)]
    private static partial Regex Degree();

    [GeneratedRegex(@"\b(?:won|received|was awarded|been awarded|awarded|earned|got|was granted|was given)\s+(?:the|a|an)\s+(?<title>[^,.;()]*?\b(?:[Pp]rize|[Aa]ward|[Mm]edal|[Ss]cholarship|[Ff]ellowship|[Gg]rant|[Hh]onou?r)\b[^,.;()]*?)(?=\s*[,.;(]|$|\s(?:and|which|that|where)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex Prize();

    [GeneratedRegex(@"\s*\(?(?<y>(?:19|20)\d{2})\)?$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingYear();

    [GeneratedRegex(@"\s*\((?=[^)]*\p{Lu}[^)]*\p{Lu})[\p{L}]{2,8}\)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Acronym();
}
