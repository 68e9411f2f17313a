namespace JsonResume.Vocabulary;

/// <summary>How one language writes a month and a day in running text (the HTML page's dates).</summary>
/// <param name="MonthYear">A month and year: <c>{M}</c> the stand-alone month name, <c>{m}</c> the month's number, <c>{y}</c> the year.</param>
/// <param name="DayMonthYear">A full date: also <c>{G}</c> the month name as a date writes it (genitive in Polish and Russian), <c>{d}</c> the day.</param>
/// <param name="StandAlone">Which name of the month's row in <see cref="MonthTables"/> <c>{M}</c> is (0: the wide
/// stand-alone name; 1: the second, which is the abbreviated name in English and the genitive in Polish and Russian).</param>
/// <param name="Format">Which name <c>{G}</c> is.</param>
/// <param name="Capitalized">Whether month names start with a capital letter (CLDR gives them in lower case in most languages).</param>
internal sealed record DatePattern(string MonthYear, string DayMonthYear, int StandAlone, int Format, bool Capitalized);

/// <summary>
/// Date patterns per language, in the columns of <see cref="RenderLanguages.Codes"/>. Source: CLDR 42 gregorian
/// <c>availableFormats</c> <c>yMMMM</c> and <c>yMMMMd</c> of each language (English keeps the page's abbreviated
/// <c>MMM y</c> and <c>d MMM y</c>, en-GB's day-first order); month names come from <see cref="MonthTables"/>.
/// </summary>
internal static class DatePatterns
{
    /// <summary>The patterns, a column per language.</summary>
    public static IReadOnlyList<DatePattern> All { get; } =
    [
        new("{M} {y}", "{d} {G} {y}", StandAlone: 1, Format: 1, Capitalized: true),
        new("{M} {y}", "{d}. {G} {y}", StandAlone: 0, Format: 0, Capitalized: true),
        new("{M} {y}", "{d} {G} {y}", StandAlone: 0, Format: 0, Capitalized: false),
        new("{M} de {y}", "{d} de {G} de {y}", StandAlone: 0, Format: 0, Capitalized: false),
        new("{M} de {y}", "{d} de {G} de {y}", StandAlone: 0, Format: 0, Capitalized: false),
        new("{M} {y}", "{d} {G} {y}", StandAlone: 0, Format: 0, Capitalized: false),
        new("{M} {y}", "{d} {G} {y}", StandAlone: 0, Format: 0, Capitalized: false),
        new("{M} {y}", "{d} {G} {y}", StandAlone: 0, Format: 1, Capitalized: false),
        new("{M} {y} г.", "{d} {G} {y} г.", StandAlone: 0, Format: 1, Capitalized: false),
        new("{y}年{m}月", "{y}年{m}月{d}日", StandAlone: 0, Format: 0, Capitalized: false),
        new("{y}年{m}月", "{y}年{m}月{d}日", StandAlone: 0, Format: 0, Capitalized: false),
    ];
}
