using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace JsonResume.Vocabulary;

/// <summary>
/// Section headings, one table for every reader and writer: the title the renderers print for each section
/// (<c>## Experience</c> in Markdown, <c>EXPERIENCE</c> in plain text), the headings the library's own layout reader
/// accepts for it, and the phrases and words the converter recognises in headings people write (in the languages of
/// <see cref="SectionHeadingTable"/>).
/// </summary>
internal static class SectionNames
{
    /// <summary>The own layout's exact headings: each list section's titles in every language, JSON name and headings, compared by <see cref="Key"/>.</summary>
    private static readonly FrozenDictionary<string, ResumeSection> Exact = SectionHeadingTable.Rows
        .Where(row => ResumeSections.Of(row.Section) is not null)
        .SelectMany(row => row.Headings.Append(ResumeSections.JsonName(row.Section)!).Concat(TitlesOf(row)).Select(name => (Key: Key(name), row.Section)))
        .DistinctBy(pair => pair.Key)
        .ToFrozenDictionary(pair => pair.Key, pair => pair.Section, StringComparer.Ordinal);

    /// <summary>Whole headings the converter recognises: its own phrases plus every heading and title the renderers print or the own layout reader knows.</summary>
    private static readonly FrozenDictionary<string, ResumeSection> Phrases = SectionHeadingTable.Rows
        .SelectMany(row => row.Phrases.Concat(row.Headings).Concat(TitlesOf(row))
            .Concat(ResumeSections.Of(row.Section) is { } list ? [list.JsonName] : [])
            .Select(phrase => (Key: Normalize(phrase), row.Section)))
        .Where(pair => pair.Key.Length > 0)
        .DistinctBy(pair => pair.Key)
        .ToFrozenDictionary(pair => pair.Key, pair => pair.Section, StringComparer.Ordinal);

    /// <summary>The titles of each section that has one, a column per language.</summary>
    private static readonly FrozenDictionary<ResumeSection, string[]> TitlesBySection = SectionHeadingTable.Rows
        .Where(row => row.Title is not null)
        .ToFrozenDictionary(row => row.Section, row => TitlesOf(row).ToArray());

    /// <summary>The summary's plain-text heading in every language, by <see cref="Key"/>.</summary>
    private static readonly FrozenSet<string> SummaryTitles =
        TitlesOf(SectionHeadingTable.Rows.First(row => row.Section == ResumeSection.Summary)).Select(Key).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Single words that make a short heading name a section (the first such word decides).</summary>
    private static readonly FrozenDictionary<string, ResumeSection> Words = SectionHeadingTable.Rows
        .SelectMany(row => row.Words.Select(word => (Word: word, row.Section)))
        .ToFrozenDictionary(pair => pair.Word, pair => pair.Section, StringComparer.Ordinal);

    /// <summary>Every list section, in the standard's order.</summary>
    public static IReadOnlyList<ResumeSection> All { get; } = ResumeSections.All.Select(s => s.Section).ToArray();

    /// <summary>The heading the renderers write, such as <c>Experience</c> (plain text writes it in upper case).</summary>
    /// <param name="section">A list section, or <see cref="ResumeSection.Summary"/> (plain text's heading of the summary).</param>
    /// <param name="language">The language's column in <see cref="RenderLanguages.Codes"/> (0, English, by default).</param>
    /// <returns>The heading.</returns>
    public static string Title(ResumeSection section, int language = RenderLanguages.English)
    {
        return TitlesBySection.TryGetValue(section, out var titles)
            ? titles[language]
            : throw new ArgumentOutOfRangeException(nameof(section), section, "the renderers print no heading for it");
    }

    /// <summary>Whether a heading is plain text's heading of the summary in one of the languages (ignoring case, as <see cref="TryRecognize"/>).</summary>
    /// <param name="heading">The heading text.</param>
    /// <returns>Whether it is.</returns>
    public static bool IsSummaryTitle(string heading)
    {
        ArgumentNullException.ThrowIfNull(heading);
        return SummaryTitles.Contains(Key(heading));
    }

    /// <summary>The property name in a JSON Resume document, such as <c>work</c>.</summary>
    /// <param name="section">A list section.</param>
    /// <returns>The property name.</returns>
    public static string JsonName(ResumeSection section) =>
        ResumeSections.Of(section)?.JsonName ?? throw new ArgumentOutOfRangeException(nameof(section), section, "not a list section");

    /// <summary>
    /// Recognises a heading of the library's own layout as a list section, ignoring case, surrounding punctuation and
    /// decoration (<c>## Work History:</c>, <c>PROFESSIONAL EXPERIENCE</c>, <c>Honours &amp; Awards</c>).
    /// </summary>
    /// <param name="heading">The heading text.</param>
    /// <param name="section">The section, when recognised.</param>
    /// <returns>Whether the heading names a section.</returns>
    public static bool TryRecognize(string heading, out ResumeSection section)
    {
        ArgumentNullException.ThrowIfNull(heading);
        return Exact.TryGetValue(Key(heading), out section);
    }

    /// <summary>The section a heading people write names, or <see cref="ResumeSection.Unknown"/>: whole headings first, then the first telling word.</summary>
    /// <param name="heading">The heading text (Markdown marks, numbering and a trailing colon are ignored).</param>
    /// <returns>The section.</returns>
    public static ResumeSection Classify(string heading)
    {
        // The readers ask about the same heading or line several times (splitting sections, segmenting, naming the
        // person), and each answer normalises the text into a new string: recent answers are kept.
        ArgumentNullException.ThrowIfNull(heading);
        return (t_classified ??= new()).Get(heading, ClassifyNow);
    }

    [ThreadStatic]
    private static RecentAnswers<ResumeSection>? t_classified;

    [ThreadStatic]
    private static RecentAnswers<bool>? t_pureHeadings;

    private static ResumeSection ClassifyNow(string heading)
    {
        var text = Normalize(heading);
        if (text.Length == 0)
        {
            return ResumeSection.Unknown;
        }

        if (Phrases.TryGetValue(text, out var phrase))
        {
            return phrase;
        }

        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > SectionHeadingTable.MaxHeadingWords)
        {
            return ResumeSection.Unknown;
        }

        if (words.Contains("programming") || words.Contains("technical") || words.Contains("computer"))
        {
            if (words.Contains("languages") || words.Contains("language"))
            {
                return ResumeSection.Skills;
            }
        }

        for (var i = 0; i < words.Length; i++)
        {
            if (words[i] == "open" && i + 1 < words.Length && words[i + 1] == "source")
            {
                return ResumeSection.Projects;
            }

            if (Words.TryGetValue(words[i], out var section))
            {
                return section;
            }
        }

        return ResumeSection.Unknown;
    }

    /// <summary>Whether a heading names a section JSON Resume has no place for ("Invited Talks", "Affiliations").</summary>
    /// <param name="heading">The heading text.</param>
    /// <returns>Whether it does.</returns>
    public static bool NamesNoCounterpart(string heading) =>
        Normalize(heading).Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(SectionHeadingTable.NoCounterpartWords.Contains);

    /// <summary>Whether a line consists of section words only ("Work Experience", "Technical Skills"), not a phrase that
    /// merely contains one ("Books about old maps").</summary>
    /// <param name="text">The line.</param>
    /// <returns>Whether it does.</returns>
    public static bool IsPureHeading(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return (t_pureHeadings ??= new()).Get(text, IsPureHeadingNow);
    }

    private static bool IsPureHeadingNow(string text)
    {
        var normalized = Normalize(text);
        if (Phrases.ContainsKey(normalized))
        {
            return true;
        }

        var words = normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 0 && words.Any(Words.ContainsKey) && words.All(w => Words.ContainsKey(w) || SectionHeadingTable.Modifiers.Contains(w));
    }

    /// <summary>The heading reduced to lower-case words: no Markdown marks, numbering, emoji or trailing colon.</summary>
    /// <param name="heading">The heading.</param>
    /// <returns>The normalised text.</returns>
    public static string Normalize(string heading)
    {
        ArgumentNullException.ThrowIfNull(heading);
        var sb = new StringBuilder(heading.Length);
        foreach (var c in heading.Normalize(NormalizationForm.FormC))
        {
            if (char.IsLetter(c))
            {
                sb.Append(char.ToLowerInvariant(c));
            }
            else if (c == '&')
            {
                sb.Append(" and ");
            }
            else if (c is '\'' or '’')
            {
                continue;
            }
            else
            {
                sb.Append(' ');
            }
        }

        var words = sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 2 && words.All(w => w.Length == 1))
        {
            return string.Concat(words); // letter-spaced: "E X P E R I E N C E"
        }

        return string.Join(' ', words.Where(w => !SectionHeadingTable.Fillers.Contains(w))).ToString(CultureInfo.InvariantCulture);
    }

    private static IEnumerable<string> TitlesOf(SectionHeadingRow row) => row.Title is null ? [] : row.Titles.Prepend(row.Title);

    /// <summary>The own layout's key: lower case letters and digits with single spaces; '&amp;' reads as "and".</summary>
    private static string Key(string heading)
    {
        var sb = new StringBuilder(heading.Length);
        foreach (var c in heading.Replace("&", " and ", StringComparison.Ordinal))
        {
            if (char.IsLetterOrDigit(c) || c == '-')
            {
                sb.Append(char.ToLowerInvariant(c));
            }
            else if (sb.Length > 0 && sb[^1] != ' ')
            {
                sb.Append(' ');
            }
        }

        return sb.ToString().Trim();
    }
}
