namespace JsonResume.Vocabulary;

/// <summary>
/// The words of a duration that opens a prose job line ("3 years as Developer at Company from 2015 to 2018"), in the
/// languages of <see cref="DateWords"/>. Source: ordinary grammar of each language: the singular and plural of the units
/// "year" and "month" (with their common abbreviations), and the preposition that introduces a role ("as", "als",
/// "en tant que", "comme", "como", "come", "jako", "в качестве", "作为", "として").
/// </summary>
internal static class DurationWords
{
    /// <summary>Year and month units, lower case.</summary>
    public static IReadOnlySet<string> Units { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "year", "years", "yr", "yrs", "month", "months", "mo", "mos",
        "jahr", "jahre", "jahren", "monat", "monate", "monaten",
        "an", "ans", "année", "années", "mois",
        "año", "años", "mes", "meses",
        "ano", "anos",
        "anno", "anni", "mese", "mesi",
        "jaar", "jaren", "maand", "maanden",
        "rok", "lata", "lat", "miesiąc", "miesiące", "miesięcy",
        "год", "года", "лет", "месяц", "месяца", "месяцев",
    };

    /// <summary>Words that may stand between the duration and the role, lower case (longest first).</summary>
    public static IReadOnlyList<string> RoleIntroductions { get; } =
    [
        "en tant qu'", "en tant que", "в качестве", "as an", "as a", "as", "als", "comme", "como", "come", "jako", "作为", "として",
    ];

    /// <summary>Number words for small durations ("one year", "a year").</summary>
    public static IReadOnlySet<string> Numbers { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "ein", "eine", "zwei", "drei", "un", "une", "deux", "trois", "uno", "una", "dos", "tres", "um", "uma", "dois", "três",
    };
}
