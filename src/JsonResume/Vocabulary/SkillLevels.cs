namespace JsonResume.Vocabulary;

/// <summary>
/// Words that name how well someone masters a skill, used as sub-headings that group skills by level ("### Expert",
/// "### Intermediate"). Source: the skill-level scales of common CV builders and job-board profiles (beginner, basic,
/// intermediate, advanced, expert), in English, German, French, Spanish, Portuguese, Italian, Dutch, Polish and
/// Russian, with their dictionary translations. Compared without case and accents ("Intermediaire" is "intermédiaire").
/// </summary>
internal static class SkillLevels
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "beginner", "novice", "basic", "basics", "elementary", "intermediate", "advanced", "expert", "proficient", "familiar", "competent", "fluent",
        "anfänger", "grundkenntnisse", "fortgeschritten", "fortgeschrittene", "fortgeschrittene kenntnisse", "sehr gute kenntnisse", "gute kenntnisse", "experte", "expertenwissen",
        "débutant", "notions", "intermédiaire", "avancé", "confirmé", "maîtrise", "expert",
        "principiante", "básico", "intermedio", "avanzado", "experto",
        "iniciante", "intermediário", "avançado", "especialista",
        "base", "intermedio", "avanzato", "esperto",
        "gevorderd", "basiskennis",
        "podstawowy", "średniozaawansowany", "zaawansowany", "ekspert",
        "базовый", "начальный", "средний", "продвинутый", "эксперт",
    };

    private static readonly HashSet<string> Folded = new(Words.Select(Fold), StringComparer.Ordinal);

    /// <summary>Whether a short heading names a skill level.</summary>
    public static bool IsLevel(string text) => Folded.Contains(Fold(text.Trim().TrimEnd(':').Trim()));

    // Latin letters with diacritics and their base letters; the CLI runs with invariant globalization, where
    // string.Normalize does not decompose, so the fold is a table of the letters these languages use.
    private const string Marked = "àáâãäåąçćčèéêëęěìíîïłñńòóôõöőøśšùúûüűůýÿźżž";
    private const string Bases = "aaaaaaaccceeeeeeiiiilnnooooooossuuuuuuyyzzz";

    private static string Fold(string text) =>
        string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = char.ToLowerInvariant(source[i]);
                var at = Marked.IndexOf(c, StringComparison.Ordinal);
                span[i] = at >= 0 ? Bases[at] : c;
            }
        });
}
