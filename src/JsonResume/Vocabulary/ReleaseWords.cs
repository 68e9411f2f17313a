namespace JsonResume.Vocabulary;

/// <summary>
/// The words that date a piece of work by its release ("Published June 2011", "Released 2019", "Veröffentlicht 2020"),
/// in the languages of <see cref="DateWords"/>. Source: dictionary translations of "published", "released" and
/// "launched" (masculine and feminine past participles where the language has both).
/// </summary>
internal static class ReleaseWords
{
    /// <summary>The words, lower case.</summary>
    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "published", "released", "launched",
        "veröffentlicht", "erschienen",
        "publié", "publiée", "lancé", "lancée",
        "publicado", "publicada", "lanzado", "lanzada",
        "lançado", "lançada",
        "pubblicato", "pubblicata", "rilasciato", "rilasciata",
        "gepubliceerd", "uitgebracht",
        "opublikowano", "opublikowany", "wydany", "wydano",
        "опубликовано", "опубликован", "выпущен", "выпущено",
        "发布", "发表", "公開", "リリース",
    };
}
