namespace JsonResume.Vocabulary;

/// <summary>
/// The words around dates, one table per language. Sources: CLDR 42 relative-time fields (<c>now</c>, <c>today</c>:
/// "jetzt", "heute", "maintenant", "aujourd’hui", "сейчас", "现在", "今"…) and the "present"/"to date" wording of common
/// CV templates (Europass CV, LinkedIn and national job-board exports: "bis heute", "à ce jour", "actualidad", "atual",
/// "in corso", "heden", "obecnie", "по настоящее время", "至今", "現在"); prepositions and season names are ordinary
/// grammar of each language.
/// </summary>
internal static class DateWords
{
    private const string Sources = "CLDR 42 relative fields (now, today); CV templates (Europass, job-board exports); grammar";

    /// <summary>Every table.</summary>
    public static IReadOnlyList<DateWordTable> All { get; } =
    [
        new("en", Sources,
            ["present", "current", "currently", "now", "today", "ongoing", "date"], ["to date", "till date", "to present", "to now"],
            ["to", "until", "till", "through", "thru"], ["from"], ["since"],
            ["spring", "summer", "fall", "autumn", "winter"]),
        new("de", Sources,
            ["heute", "jetzt", "aktuell", "laufend", "dato"], ["bis heute", "bis jetzt", "bis dato", "bis laufend"],
            ["bis"], ["von", "ab"], ["seit", "ab"],
            ["frühling", "frühjahr", "sommer", "herbst", "winter", "sommersemester", "wintersemester"]),
        new("fr", Sources,
            ["aujourd'hui", "aujourd’hui", "présent", "maintenant", "ce jour", "actuel", "en cours"],
            ["à ce jour", "a ce jour", "à aujourd'hui", "à aujourd’hui", "jusqu'à aujourd'hui", "jusqu’à aujourd’hui", "à présent"],
            ["à", "au", "a"], ["de", "du"], ["depuis"],
            ["printemps", "été", "automne", "hiver"]),
        new("es", Sources,
            ["actualidad", "actual", "presente", "hoy", "ahora", "la fecha"], ["a la fecha", "hasta la fecha", "hasta hoy", "hasta la actualidad"],
            ["a", "al", "hasta"], ["de", "del"], ["desde"],
            ["primavera", "verano", "otoño", "invierno"]),
        new("pt", Sources,
            ["atual", "atualmente", "actual", "presente", "hoje", "agora", "o momento", "momento"], ["até hoje", "até o momento", "até ao momento", "até agora", "até o presente"],
            ["a", "até", "ao"], ["de", "desde"], ["desde"],
            ["primavera", "verão", "outono", "inverno"]),
        new("it", Sources,
            ["oggi", "presente", "attuale", "ora", "in corso", "corso"], ["a oggi", "ad oggi", "fino ad oggi", "fino a oggi"],
            ["a", "al"], ["da", "dal", "dall"], ["dal", "da"],
            ["primavera", "estate", "autunno", "inverno"]),
        new("nl", Sources,
            ["heden", "nu", "huidig", "vandaag", "present"], ["tot heden", "tot nu", "t/m heden"],
            ["tot", "t/m"], ["van", "vanaf"], ["sinds", "vanaf"],
            ["voorjaar", "lente", "zomer", "najaar", "herfst", "winter"]),
        new("pl", Sources,
            ["obecnie", "teraz", "dziś", "dzisiaj", "nadal", "obecny"], ["do teraz", "do dziś", "do dzisiaj", "do chwili obecnej", "do obecnie"],
            ["do"], ["od"], ["od"],
            ["wiosna", "lato", "jesień", "zima"]),
        new("ru", Sources,
            ["настоящее время", "наст. вр.", "наст.вр.", "сейчас", "сегодня", "н.в.", "н. в."],
            ["по настоящее время", "по наст. вр.", "по сей день", "по н.в.", "до настоящего времени", "по сегодняшний день", "до сих пор"],
            ["по", "до"], ["с", "со"], ["с", "со"],
            ["весна", "лето", "осень", "зима"]),
        new("zh", Sources,
            ["现在", "現在", "今", "目前", "当前"], ["至今", "至现在", "到现在", "迄今"],
            ["至", "到"], ["自", "从"], [],
            []),
        new("ja", Sources,
            ["現在", "今", "現職"], ["現在に至る", "現在まで"],
            ["から"], [], [],
            []),
    ];

    /// <summary>Symbols between the two ends of a range in every language (hyphens, dashes, tildes).</summary>
    public static IReadOnlyList<string> SymbolSeparators { get; } = ["-", "--", "---", "–", "—", "−", "~", "～", "〜", "至"];
}
