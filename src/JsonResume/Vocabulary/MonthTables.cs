namespace JsonResume.Vocabulary;

/// <summary>
/// Month names of the eleven languages the converter reads, one table per language. The CLDR rows are CLDR 42's gregorian
/// month names (<c>format</c> and <c>stand-alone</c>, <c>wide</c> and <c>abbreviated</c>), as ICU 72 ships them; a test
/// compares them with the ICU data of the machine when culture data is available. Names written with digits
/// (Chinese and Japanese <c>5月</c>) are read by the date scanner's <c>年</c>/<c>月</c> rule, not by name.
/// </summary>
internal static class MonthTables
{
    private const string Cldr = "CLDR 42 (ICU 72) gregorian months, format and stand-alone, wide and abbreviated";

    /// <summary>English.</summary>
    public static MonthTable English { get; } = new("en", Cldr + "; en-GB 'Sept'; 'Sept' and 'Febr' as typed", Rows(
        "january jan", "february feb", "march mar", "april apr", "may", "june jun", "july jul", "august aug",
        "september sep sept", "october oct", "november nov", "december dec"), Rows(
        "", "febr", "", "", "", "", "", "", "", "", "", ""));

    /// <summary>German (with de-AT <c>Jänner</c>).</summary>
    public static MonthTable German { get; } = new("de", Cldr + " (de, de-AT); without umlaut as typed", Rows(
        "januar jan jänner jän", "februar feb", "märz mär", "april apr", "mai", "juni jun", "juli jul", "august aug",
        "september sep sept", "oktober okt", "november nov", "dezember dez"), Rows(
        "janner jan", "", "marz mrz", "", "", "", "", "", "", "", "", ""));

    /// <summary>French.</summary>
    public static MonthTable French { get; } = new("fr", Cldr + "; without accents as typed", Rows(
        "janvier janv", "février févr", "mars", "avril avr", "mai", "juin", "juillet juil", "août", "septembre sept",
        "octobre oct", "novembre nov", "décembre déc"), Rows(
        "", "fevrier fevr", "", "", "", "", "", "aout", "", "", "", "decembre dec"));

    /// <summary>Spanish.</summary>
    public static MonthTable Spanish { get; } = new("es", Cldr + "; 'sep', 'set' and 'setiembre' (Latin America) as typed", Rows(
        "enero ene", "febrero feb", "marzo mar", "abril abr", "mayo may", "junio jun", "julio jul", "agosto ago",
        "septiembre sept", "octubre oct", "noviembre nov", "diciembre dic"), Rows(
        "", "", "", "", "", "", "", "", "setiembre sep set", "", "", ""));

    /// <summary>Portuguese.</summary>
    public static MonthTable Portuguese { get; } = new("pt", Cldr + "; without accents as typed", Rows(
        "janeiro jan", "fevereiro fev", "março mar", "abril abr", "maio mai", "junho jun", "julho jul", "agosto ago",
        "setembro set", "outubro out", "novembro nov", "dezembro dez"), Rows(
        "", "", "marco", "", "", "", "", "", "", "", "", ""));

    /// <summary>Italian.</summary>
    public static MonthTable Italian { get; } = new("it", Cldr, Rows(
        "gennaio gen", "febbraio feb", "marzo mar", "aprile apr", "maggio mag", "giugno giu", "luglio lug", "agosto ago",
        "settembre set", "ottobre ott", "novembre nov", "dicembre dic"), Rows(
        "", "", "", "", "", "", "", "", "", "", "", ""));

    /// <summary>Dutch.</summary>
    public static MonthTable Dutch { get; } = new("nl", Cldr + "; 'mar' and 'okt' as typed", Rows(
        "januari jan", "februari feb", "maart mrt", "april apr", "mei", "juni jun", "juli jul", "augustus aug",
        "september sep", "oktober okt", "november nov", "december dec"), Rows(
        "", "", "mar", "", "", "", "", "", "sept", "", "", ""));

    /// <summary>Polish: stand-alone (nominative) and format (genitive) names.</summary>
    public static MonthTable Polish { get; } = new("pl", Cldr + "; without diacritics as typed", Rows(
        "styczeń stycznia sty", "luty lutego lut", "marzec marca mar", "kwiecień kwietnia kwi", "maj maja",
        "czerwiec czerwca cze", "lipiec lipca lip", "sierpień sierpnia sie", "wrzesień września wrz",
        "październik października paź", "listopad listopada lis", "grudzień grudnia gru"), Rows(
        "styczen", "", "", "kwiecien", "", "", "", "sierpien", "wrzesien wrzesnia", "pazdziernik pazdziernika paz", "", "grudzien"));

    /// <summary>Russian: stand-alone (nominative) and format (genitive) names.</summary>
    public static MonthTable Russian { get; } = new("ru", Cldr + "; 'сен' and 'ноя' as typed", Rows(
        "январь января янв", "февраль февраля февр", "март марта мар", "апрель апреля апр", "май мая",
        "июнь июня июн", "июль июля июл", "август августа авг", "сентябрь сентября сент", "октябрь октября окт",
        "ноябрь ноября нояб", "декабрь декабря дек"), Rows(
        "", "фев", "", "", "", "", "", "", "сен", "", "ноя", ""));

    /// <summary>Chinese: the wide names; the abbreviated ones are <c>1月</c>…<c>12月</c>.</summary>
    public static MonthTable Chinese { get; } = new("zh", Cldr + " (abbreviated 'M月' read by the 年/月 rule)", Rows(
        "一月", "二月", "三月", "四月", "五月", "六月", "七月", "八月", "九月", "十月", "十一月", "十二月"), Rows(
        "", "", "", "", "", "", "", "", "", "", "", ""));

    /// <summary>Japanese: CLDR gives only <c>1月</c>…<c>12月</c>, read by the <c>年</c>/<c>月</c> rule.</summary>
    public static MonthTable Japanese { get; } = new("ja", Cldr + " ('M月' only, read by the 年/月 rule)", Rows(
        "", "", "", "", "", "", "", "", "", "", "", ""), Rows(
        "", "", "", "", "", "", "", "", "", "", "", ""));

    /// <summary>Every table.</summary>
    public static IReadOnlyList<MonthTable> All { get; } =
        [English, German, French, Spanish, Portuguese, Italian, Dutch, Polish, Russian, Chinese, Japanese];

    private static string[][] Rows(params string[] months) =>
        [.. months.Select(m => m.Split(' ', StringSplitOptions.RemoveEmptyEntries))];
}
