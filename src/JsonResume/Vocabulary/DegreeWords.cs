namespace JsonResume.Vocabulary;

/// <summary>
/// Degree titles written as words, one list per language (the dotted English abbreviations such as <c>B.Sc.</c> are a
/// pattern in <c>DegreeRecognizer</c>). Source: the national degree titles of each country's higher-education system
/// (Bologna-process names and ISCED 2011 levels 5 to 8, as listed in the Europass diploma supplement guides), and the
/// school-leaving certificates written on CVs. Words that also name schools (<c>Ingeniería</c>, <c>Technik</c>) are left
/// out, since a school line must not read as a degree.
/// </summary>
internal static class DegreeWords
{
    /// <summary>Language tag to its degree words and phrases.</summary>
    public static IReadOnlyDictionary<string, string[]> ByLanguage { get; } = new Dictionary<string, string[]>
    {
        ["en"] = ["Bachelor", "Bachelors", "Master", "Masters", "Doctorate", "Postgraduate Diploma", "Graduate Diploma", "Associate Degree"],
        ["de"] = ["Bachelor", "Master", "Diplom", "Diplom-Ingenieur", "Diplom-Informatiker", "Dipl.-Inf.", "Magister", "Staatsexamen",
            "Promotion", "Doktor", "Abitur", "Fachabitur", "Fachhochschulreife", "Meister"],
        ["fr"] = ["Licence", "Licence professionnelle", "Maîtrise", "Mastère", "Master", "Doctorat", "Ingénieur diplômé", "Diplôme d'ingénieur",
            "Diplôme d’ingénieur", "DUT", "BTS", "Baccalauréat", "DEA", "DESS"],
        ["es"] = ["Grado", "Licenciatura", "Licenciado", "Licenciada", "Máster", "Maestría", "Doctorado", "Ingeniero", "Ingeniera",
            "Ingeniero Técnico", "Técnico Superior", "Diplomatura", "Bachillerato"],
        ["pt"] = ["Bacharelado", "Bacharel", "Licenciatura", "Mestrado", "Doutorado", "Doutoramento", "Tecnólogo", "Técnico",
            "Pós-graduação", "Pós-Graduação", "Especialização", "Ensino Médio"],
        ["it"] = ["Laurea", "Laurea triennale", "Laurea magistrale", "Laurea specialistica", "Dottorato", "Dottorato di ricerca",
            "Diploma di maturità", "Maturità"],
        ["nl"] = ["Bachelor", "Master", "Doctoraal", "Propedeuse", "HBO", "MBO", "Ingenieur"],
        ["pl"] = ["Licencjat", "Inżynier", "inżynier", "Magister", "magister", "mgr inż.", "mgr", "inż.", "Doktor", "Matura"],
        ["ru"] = ["Бакалавр", "Магистр", "Специалист", "Инженер", "Аспирантура", "Кандидат наук", "Доктор наук", "Бакалавриат",
            "Магистратура", "Специалитет"],
        ["zh"] = ["学士", "硕士", "博士", "本科", "研究生", "大专", "专科", "博士后"],
        ["ja"] = ["学士", "修士", "博士", "学士課程", "修士課程", "博士課程", "短期大学士"],
    };

    /// <summary>Every word, longest first (so <c>Laurea magistrale</c> wins over <c>Laurea</c>).</summary>
    public static IReadOnlyList<string> All { get; } =
        [.. ByLanguage.Values.SelectMany(w => w).Distinct(StringComparer.Ordinal).OrderByDescending(w => w.Length)];
}
