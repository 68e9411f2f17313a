using System.Text.RegularExpressions;

namespace JsonResume.Import.Recognition;

/// <summary>
/// Takes a written reference apart: <c>Title, A Author, B Author. Venue, 2023.</c> or <c>Title, AB Author - Venue, 2017.</c>
/// gives the title, the author list, the venue (publisher) and the year.
/// </summary>
/// <param name="Title">The title.</param>
/// <param name="Authors">The authors as written, or null.</param>
/// <param name="Venue">Where it appeared, or null.</param>
/// <param name="Year">The year, or null.</param>
internal partial record Citation(string Title, string? Authors, string? Venue, int? Year)
{
    /// <summary>Parses a reference.</summary>
    /// <param name="text">The reference as written.</param>
    /// <returns>Its parts.</returns>
    public static Citation Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var s = text.Trim().TrimEnd('.').Trim();
        if (Vancouver().Match(s) is { Success: true } v)
        {
            return new Citation(v.Groups["t"].Value.Trim(), v.Groups["a"].Value.Trim().TrimEnd('.'), v.Groups["v"].Value.Trim(), Number(v.Groups["y"].Value));
        }

        var parts = SplitComma(s);
        if (parts.Count == 1)
        {
            var y = TrailingYear().Match(s);
            return y.Success
                ? new Citation(s[..y.Index].Trim().TrimEnd(',', '.'), null, null, Number(y.Groups["y"].Value))
                : new Citation(s, null, null, DateRecognizer.LastEmbeddedYear(s));
        }

        var title = parts[0];
        var i = 1;
        var authors = new List<string>();
        string? venueStart = null;
        for (; i < parts.Count; i++)
        {
            var part = parts[i];
            var dash = part.IndexOf(" - ", StringComparison.Ordinal);
            var head = dash > 0 ? part[..dash] : part;
            var dot = AuthorThenSentence().Match(head);
            if (IsAuthor(head))
            {
                authors.Add(head.Trim());
                if (dash > 0)
                {
                    venueStart = part[(dash + 3)..].Trim();
                    i++;
                    break;
                }

                continue;
            }

            if (dot.Success && IsAuthor(dot.Groups["a"].Value))
            {
                authors.Add(dot.Groups["a"].Value.Trim());
                venueStart = part[(dot.Groups["a"].Length + 1)..].Trim();
                i++;
                break;
            }

            break;
        }

        var venueParts = new List<string>();
        if (venueStart is { Length: > 0 })
        {
            venueParts.Add(venueStart);
        }

        venueParts.AddRange(parts.Skip(i));
        int? year = null;
        var kept = new List<string>();
        foreach (var part in venueParts)
        {
            if (YearOnly().Match(part) is { Success: true } ym)
            {
                year = Number(ym.Groups["y"].Value);
                continue;
            }

            if (Pages().IsMatch(part))
            {
                continue;
            }

            kept.Add(part);
        }

        var venue = kept.Count > 0 ? string.Join(", ", kept) : null;
        year ??= venue is null ? null : DateRecognizer.LastEmbeddedYear(venue);
        year ??= DateRecognizer.LastEmbeddedYear(title) is { } inTitle && title.EndsWith(inTitle.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal) ? inTitle : null;
        return new Citation(title, authors.Count > 0 ? string.Join(", ", authors) : null, venue, year);
    }

    /// <summary>Whether a piece is one author's name as reference lists write it (<c>JQ Doe</c>, <c>A. Smith</c>, <c>et al.</c>).</summary>
    /// <param name="text">The piece.</param>
    /// <returns>Whether it is.</returns>
    public static bool IsAuthor(string text) => Author().IsMatch(text.Trim());

    private static List<string> SplitComma(string text)
    {
        var parts = new List<string>();
        var depth = 0;
        var from = 0;
        for (var i = 0; i < text.Length; i++)
        {
            depth += text[i] is '(' or '[' ? 1 : text[i] is ')' or ']' ? -1 : 0;
            if (text[i] == ',' && depth == 0 && i + 1 < text.Length && text[i + 1] == ' ')
            {
                parts.Add(text[from..i].Trim());
                from = i + 1;
            }
        }

        parts.Add(text[from..].Trim());
        return parts.Where(p => p.Length > 0).ToList();
    }

    [GeneratedRegex(@"^(?:and\s+)?(?:(?:\p{Lu}{1,3}|\p{Lu}\.(?:\s?\p{Lu}\.)*)\s+\p{Lu}[\p{L}'’-]+|\p{Lu}[\p{L}'’-]+,?\s+(?:\p{Lu}\.?){1,3}|et al\.?)$", RegexOptions.CultureInvariant)]
    private static partial Regex Author();

    /// <summary>
    /// The Vancouver style of medicine and the life sciences (ICMJE, PubMed): <c>Doe J, Roe AB, et al. Title. Journal.
    /// 2020;7(11):1-8.</c> Authors are surnames with initials and no dots.
    /// </summary>
    [GeneratedRegex(@"^(?<a>\p{Lu}[\p{L}'’-]+ \p{Lu}{1,3}(?:, \p{Lu}[\p{L}'’-]+ \p{Lu}{1,3})*(?:, et al)?)\. (?<t>[^.?!]{10,}[?!]?)\.? (?<v>\p{Lu}[^.]+)\. (?<y>(?:19|20)\d{2})\b", RegexOptions.CultureInvariant)]
    private static partial Regex Vancouver();

    [GeneratedRegex(@"^(?<a>[^.]+?)\.\s+\p{Lu}", RegexOptions.CultureInvariant)]
    private static partial Regex AuthorThenSentence();

    [GeneratedRegex(@"^\(?(?<y>(?:19|20)\d{2})\)?[a-z]?$", RegexOptions.CultureInvariant)]
    private static partial Regex YearOnly();

    [GeneratedRegex(@",?\s*\(?(?<y>(?:19|20)\d{2})\)?$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingYear();

    [GeneratedRegex(@"^(?:pp?\.\s*)?\d+\s*[-–]\s*\d+$|^(?:vol|no|issue)\.?\s*\d+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pages();

    /// <summary>The value of a run of decimal digits of any script: <c>\d</c> in a regular expression matches Sinhala
    /// or Arabic-Indic digits too, which int.Parse refuses.</summary>
    private static int Number(string digits) => digits.Aggregate(0, (n, c) => unchecked((n * 10) + (int)char.GetNumericValue(c)));
}
