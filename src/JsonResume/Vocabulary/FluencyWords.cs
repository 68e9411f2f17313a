using System.Text.RegularExpressions;

namespace JsonResume.Vocabulary;

/// <summary>
/// Words that say how well someone speaks a language (<c>native</c>, <c>fließend</c>, <c>courant</c>, <c>B2</c>), so that a
/// list labelled "Languages" is told apart from a list of programming languages. Source: the Common European Framework
/// of Reference levels (A1 to C2) and the self-assessment words of the Europass language passport and of common CV
/// builders, in the languages the converter reads.
/// </summary>
internal static class FluencyWords
{
    private static readonly string[] Words =
    [
        "native", "mother tongue", "first language", "fluent", "fluency", "bilingual", "proficient", "proficiency", "intermediate",
        "beginner", "basic", "elementary", "conversational", "advanced", "professional working", "working knowledge",
        "muttersprache", "muttersprachlich", "fließend", "verhandlungssicher", "grundkenntnisse", "gute kenntnisse",
        "sehr gute kenntnisse", "langue maternelle", "maternelle", "courant", "bilingue", "notions", "intermédiaire",
        "avancé", "lengua materna", "nativo", "nativa", "fluido", "bilingüe", "básico", "intermedio", "avanzado", "fluente",
        "intermediário", "avançado", "língua materna", "madrelingua", "madre lingua", "ottimo", "buono", "moedertaal",
        "vloeiend", "ojczysty", "biegły", "biegle", "podstawowy", "średniozaawansowany", "zaawansowany", "родной", "свободно",
        "свободный", "базовый", "средний", "продвинутый", "母语", "流利", "熟练", "精通", "ネイティブ", "母国語", "ビジネスレベル", "日常会話",
    ];

    private static readonly Regex Pattern = new(
        @"(?i)(?<![\p{L}\p{N}])(?:" + string.Join("|", Words.OrderByDescending(w => w.Length).Select(Regex.Escape)) + @"|[ABC][12])(?![\p{L}\p{N}])",
        RegexOptions.CultureInvariant);

    /// <summary>Whether a text names a level of language command.</summary>
    /// <param name="text">The text.</param>
    /// <returns>Whether it does.</returns>
    public static bool Mentions(string text) => Pattern.IsMatch(text);
}
