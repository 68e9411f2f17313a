using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using JsonResume.Vocabulary;

namespace JsonResume.Layout;

/// <summary>
/// The words one language writes, gathered once from the vocabulary tables: section titles
/// (<see cref="SectionHeadingTable"/>), labels and block headings (<see cref="LabelTable"/>), the "present" word
/// (<see cref="DateWords"/>: the first of the language's words) and month names (<see cref="MonthTables"/>,
/// <see cref="DatePatterns"/>). The readers accept every language's words (see the <c>Is…</c> members).
/// </summary>
internal sealed class LayoutLanguage
{
    private static readonly FrozenDictionary<string, LayoutLanguage> ByCode =
        RenderLanguages.Codes.Select((code, i) => new LayoutLanguage(code, i)).ToFrozenDictionary(l => l.Code, StringComparer.Ordinal);

    /// <summary>Every language's "present" word: the open end of a range on a date line.</summary>
    private static readonly FrozenSet<string> PresentWords = ByCode.Values.Select(l => l.Present).ToFrozenSet(StringComparer.Ordinal);

    /// <summary><see cref="PresentWords"/> looked up by span (a date line is checked without cutting it into strings).</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PresentSpans = PresentWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Every language's plain-text heading of the document block, in upper case.</summary>
    private static readonly FrozenSet<string> DocumentHeadings = ByCode.Values.Select(l => l.DocumentHeading).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Every language's plain-text heading of the extensions block, in upper case.</summary>
    private static readonly FrozenSet<string> ExtensionsHeadings = ByCode.Values.Select(l => l.ExtensionsHeading).ToFrozenSet(StringComparer.Ordinal);

    private readonly FrozenDictionary<string, string> labels;
    private readonly string[][] months;
    private readonly DatePattern dates;
    private string? presentCapitalized;
    private readonly FrozenDictionary<ResumeSection, string> upperTitles;

    private LayoutLanguage(string code, int index)
    {
        (Code, Index) = (code, index);
        labels = LabelTable.LabelKeys.ToFrozenDictionary(key => key, key => LabelTable.Word(key, index), StringComparer.Ordinal);
        Present = DateWords.All.First(t => t.Language == code).Present[0];
        Untitled = LabelTable.Word(LabelTable.Untitled, index);
        DocumentHeading = LabelTable.Word(LabelTable.Document, index).ToUpperInvariant();
        ExtensionsHeading = LabelTable.Word(LabelTable.Extensions, index).ToUpperInvariant();
        SummaryHeading = SectionNames.Title(ResumeSection.Summary, index).ToUpperInvariant();
        ResumeWord = LabelTable.Word(LabelTable.Resume, index);
        Photo = LabelTable.Word(LabelTable.Photo, index);
        months = MonthTables.All.First(t => t.Language == code).Cldr;
        dates = DatePatterns.All[index];
        upperTitles = ResumeSections.All.ToFrozenDictionary(s => s.Section, s => SectionNames.Title(s.Section, index).ToUpperInvariant());
    }

    /// <summary>English, the default.</summary>
    public static LayoutLanguage English { get; } = ByCode["en"];

    /// <summary>The language code (<c>de</c>).</summary>
    public string Code { get; }

    /// <summary>The column in the vocabulary tables.</summary>
    public int Index { get; }

    /// <summary>The end of an open range on the date line (<c>present</c>, <c>heute</c>).</summary>
    public string Present { get; }

    /// <summary>The heading of an entry without a title.</summary>
    public string Untitled { get; }

    /// <summary>Plain text's heading of the summary, in upper case.</summary>
    public string SummaryHeading { get; }

    /// <summary>Plain text's heading of the lines about the document, in upper case.</summary>
    public string DocumentHeading { get; }

    /// <summary>Plain text's heading of the extensions block, in upper case.</summary>
    public string ExtensionsHeading { get; }

    /// <summary>The word for a résumé (the HTML page's title).</summary>
    public string ResumeWord { get; }

    /// <summary>The word for a photo (the HTML link to it).</summary>
    public string Photo { get; }

    /// <summary>The language of a code of <see cref="RenderLanguages.Codes"/>.</summary>
    public static LayoutLanguage Of(string code) => ByCode[code];

    /// <summary>The language a tag names (by its primary subtag), or null when none is supported.</summary>
    public static LayoutLanguage? ForTag(string? tag) =>
        RenderLanguages.IndexOf(tag) is var i and >= 0 ? ByCode[RenderLanguages.Codes[i]] : null;

    /// <summary>Whether a word is any language's "present" word.</summary>
    public static bool IsPresent(string word) => PresentWords.Contains(word);

    /// <summary>Whether text is the "present" word of any language.</summary>
    public static bool IsPresent(ReadOnlySpan<char> word) => PresentSpans.Contains(word);

    /// <summary>Whether a plain-text heading is any language's document heading.</summary>
    public static bool IsDocumentHeading(string heading) => DocumentHeadings.Contains(heading);

    /// <summary>Whether a plain-text heading is any language's extensions heading.</summary>
    public static bool IsExtensionsHeading(string heading) => ExtensionsHeadings.Contains(heading);

    /// <summary>Whether a heading is any language's heading of an untitled entry.</summary>
    public static bool IsUntitled(string title) => LabelTable.IsWord(LabelTable.Untitled, title);

    /// <summary>A list section's title (<c>Berufserfahrung</c>).</summary>
    public string Title(ResumeSection section) => SectionNames.Title(section, Index);

    /// <summary>A list section's title in upper case, as plain text heads it (<c>BERUFSERFAHRUNG</c>); made once per language.</summary>
    public string UpperTitle(ResumeSection section) => upperTitles.TryGetValue(section, out var title) ? title : Title(section).ToUpperInvariant();

    /// <summary>A field's label in this language, from its English label.</summary>
    public string Label(string english) => labels[english];

    /// <summary>The end of a range as the HTML page shows it: the "present" word with a capital.</summary>
    public string PresentCapitalized() => presentCapitalized ??= Capitalize(Present);

    /// <summary>Text with its first letter in upper case.</summary>
    public static string Capitalize(string text) =>
        text.Length == 0 ? text : string.Concat(char.ToUpperInvariant(text[0]).ToString(), text.AsSpan(1));

    /// <summary>A partial ISO date as a reader of this language expects it (<c>März 2019</c>, <c>2019年3月</c>); other text as written.</summary>
    public string Date(string value)
    {
        if (value.Length < 7 || value[4] != '-' || !int.TryParse(value.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || month is < 1 or > 12)
        {
            return value;
        }

        var day = 0;
        var hasDay = value.Length >= 10 && value[7] == '-' && int.TryParse(value.AsSpan(8, 2), NumberStyles.None, CultureInfo.InvariantCulture, out day);
        var pattern = hasDay ? dates.DayMonthYear : dates.MonthYear;
        var row = months[month - 1];
        if (!value.AsSpan(0, 4).ContainsAnyExceptInRange('0', '9'))
        {
            return Fill(pattern, value.AsSpan(0, 4), month, day, row);
        }

        // A year that is not four digits could hold a placeholder itself: replaced one after the other, as always.
        return pattern
            .Replace("{y}", value[..4], StringComparison.Ordinal)
            .Replace("{m}", month.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{d}", day.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{M}", Case(Name(row, dates.StandAlone)), StringComparison.Ordinal)
            .Replace("{G}", Case(Name(row, dates.Format)), StringComparison.Ordinal);
    }

    /// <summary>The pattern's placeholders replaced in one pass (the values hold no placeholder: digits and month names).</summary>
    private string Fill(string pattern, ReadOnlySpan<char> year, int month, int day, string[] row)
    {
        var sb = new StringBuilder(pattern.Length + 16);
        for (var i = 0; i < pattern.Length; i++)
        {
            if (pattern[i] == '{' && i + 2 < pattern.Length && pattern[i + 2] == '}')
            {
                switch (pattern[i + 1])
                {
                    case 'y':
                        sb.Append(year);
                        i += 2;
                        continue;
                    case 'm':
                        sb.Append(month);
                        i += 2;
                        continue;
                    case 'd':
                        sb.Append(day);
                        i += 2;
                        continue;
                    case 'M':
                        sb.Append(Case(Name(row, dates.StandAlone)));
                        i += 2;
                        continue;
                    case 'G':
                        sb.Append(Case(Name(row, dates.Format)));
                        i += 2;
                        continue;
                }
            }

            sb.Append(pattern[i]);
        }

        return sb.ToString();
    }

    /// <summary>A name of the month's row; the first when the row has no such name (English "may").</summary>
    private static string Name(string[] row, int which) => row.Length > which ? row[which] : row.Length > 0 ? row[0] : "";

    private string Case(string name) => dates.Capitalized ? Capitalize(name) : name;
}
