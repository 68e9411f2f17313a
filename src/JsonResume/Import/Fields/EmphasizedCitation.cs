using System.Text.RegularExpressions;
using JsonResume.Import.Blocks;
using JsonResume.Import.Recognition;

namespace JsonResume.Import.Fields;

/// <summary>
/// A reference in the style of most publishers' author guides (Springer LNCS, ACM, IEEE): the authors, a colon or comma,
/// the title in italics, then the venue after "In:" and pages or a volume: <c>A. Author, B. Author: *Title*. In:
/// Proceedings of X, pp. 1–8.</c> The emphasis marks the title, so no word list is needed.
/// </summary>
internal static partial class EmphasizedCitation
{
    /// <summary>Shorter italic runs are emphasis inside a sentence, not a title.</summary>
    private const int MinTitleLength = 10;

    /// <summary>The parts of a reference, or null when the line is not of this shape.</summary>
    public static (string Title, string Authors, string? Venue, string? Url)? Parse(RichText content)
    {
        var text = content.Text;
        var run = content.Runs().FirstOrDefault(r => (r.Style & RunStyle.Italic) != 0 && r.Length >= MinTitleLength);
        if (run.Length == 0)
        {
            return null;
        }

        var authors = text[..run.Start].TrimEnd();
        if (authors.Length == 0 || authors[^1] is not (':' or ',' or '.') || !authors.Any(char.IsLetter))
        {
            return null;
        }

        var title = Title(text, run.Start, run.Length);
        var after = text[(run.Start + run.Length)..];
        string? venue = null;
        if (VenueIntro().Match(after) is { Success: true } intro)
        {
            var rest = Tail().Replace(after[(intro.Index + intro.Length)..], "");
            rest = TextCleaner.Collapse(rest.Trim(Junk).TrimEnd('.', ',').Trim(Junk));
            rest = TrailingNumbers().Replace(rest, "").TrimEnd('.', ',').Trim();
            venue = rest.Length > 0 ? rest : null;
        }

        var url = content.Links.Select(l => WebAddress.Normalize(l.Url)).FirstOrDefault(u => u is not null);
        return (title, TextCleaner.Collapse(authors.TrimEnd(':', ',', '.')), venue, url);
    }

    /// <summary>
    /// A reference written as a list item: "*Title*. Venue, 2021." or "Author A, Author B. *Title*. Venue, 2021.", the
    /// title in italics or bold with at most the authors before it, the rest the venue (with or without "In:") and the date.
    /// </summary>
    public static (string Title, string? Venue, string? Date, string? Authors)? ParseItem(RichText content, DateRecognizer dates)
    {
        var text = content.Text;
        var run = content.Runs().FirstOrDefault(r => (r.Style & (RunStyle.Italic | RunStyle.Bold)) != 0 && r.Length >= MinTitleLength);
        if (run.Length == 0 || run.Start + run.Length >= text.TrimEnd().Length)
        {
            return null;
        }

        var authors = text[..run.Start].Trim();
        if (authors.Length > 0 && (authors[^1] is not ('.' or ',' or ':') || !authors.Any(char.IsLetter) || LineJoiner.IsSentence(authors)))
        {
            return null;
        }

        var title = Title(text, run.Start, run.Length);
        var rest = text[(run.Start + run.Length)..];
        var found = dates.FindAll(rest);
        var date = found.Count > 0 ? found[^1] : null;
        if (date is not null)
        {
            rest = rest.Remove(date.Index, date.Length);
        }

        var venue = TextCleaner.Collapse(rest).Trim(' ', '.', ',', ':', ';', '-', '–', '—', '(', ')');
        return (title, venue.Length > 0 && !LineJoiner.IsSentence(venue) ? venue : null, date?.Start?.ToString(),
            authors.Length > 0 ? TextCleaner.Collapse(authors.TrimEnd('.', ',', ':')) : null);
    }

    private static string Title(string text, int start, int length) => TextCleaner.Collapse(text.Substring(start, length)).Trim().TrimEnd('.', ',', ':').Trim();

    /// <summary>Spacing and zero-width characters that HTML entities leave around a trailing link.</summary>
    private static readonly char[] Junk = [' ', '\t', '\u00A0', '\u2002', '\u2003', '\u2009', '\u200B', '\u200C', '\u200D', '\uFEFF'];

    /// <summary>"In:" and its equivalents in the languages of the section table ("Dans :", "En:", "Em:", "W:", "В:").</summary>
    [GeneratedRegex(@"^[\s.,\u200B]*(?:In|Dans|En|Em|Nel|W|В)\s*:\s*", RegexOptions.CultureInvariant)]
    private static partial Regex VenueIntro();

    /// <summary>Pages, volume and everything after them: ", pp. 66–70.", ", vol 14609.", ", S. 3–9".</summary>
    [GeneratedRegex(@",\s*(?:pp?\.|vol\b\.?|volume\b|S\.\s*\d).*$", RegexOptions.CultureInvariant | RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Tail();

    /// <summary>A journal's volume and issue or article number after its name: "17:99", "12(3)".</summary>
    [GeneratedRegex(@"\s+\d+(?::\d+|\(\d+\))?$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingNumbers();
}
