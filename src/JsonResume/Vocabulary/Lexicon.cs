using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace JsonResume.Vocabulary;

/// <summary>
/// Word lists that tell what a short piece of a résumé is: a job title (<c>Engineer</c>, <c>Lead</c>), an organisation
/// (<c>University</c>, <c>Inc.</c>, <c>Labs</c>), a school, or a well-known city. Scores are counts of telling words.
/// </summary>
internal partial class Lexicon
{
    // Source: the head and modifier words of common job titles (ISCO-08 occupation titles and the seniority words job
    // boards use), with the most common of them in the other languages the converter reads.
    private static readonly FrozenSet<string> TitleWords = Set(
        "engineer", "engineers", "engineering", "developer", "developers", "programmer", "researcher", "scientist", "manager", "director",
        "lead", "leader", "head", "chief", "officer", "assistant", "associate", "intern", "internship", "trainee", "apprentice",
        "consultant", "analyst", "architect", "designer", "administrator", "admin", "specialist", "coordinator", "technician",
        "fellow", "professor", "lecturer", "tutor", "teacher", "instructor", "coach", "mentor", "advisor", "adviser", "editor",
        "writer", "author", "founder", "co-founder", "cofounder", "owner", "partner", "president", "vice", "vp", "ceo", "cto", "cfo",
        "coo", "cio", "ciso", "principal", "senior", "junior", "staff", "sr", "jr", "sr.", "jr.", "student", "postdoc", "postdoctoral",
        "graduate", "undergraduate", "candidate", "volunteer", "member", "contributor", "maintainer", "creator", "co-creator",
        "freelance", "freelancer", "contractor", "clerk", "counselor", "counsellor", "representative", "agent", "operator",
        "supervisor", "executive", "strategist", "marketer", "recruiter", "secretary", "treasurer", "chair", "chairman",
        "organizer", "organiser", "evangelist", "advocate", "devops", "sre", "qa", "tester", "ninja", "hacker", "modeler",
        "physicist", "chemist", "biologist", "mathematician", "statistician", "economist", "nurse", "doctor",
        "physician", "attorney", "lawyer", "accountant", "auditor", "artist", "photographer", "producer", "curator",
        "librarian", "planner", "sysadmin", "webmaster", "cashier", "waiter",
        "participant", "ambassador", "captain", "speaker", "presenter", "host", "moderator", "panelist", "swe", "sde", "mle",
        "expert", "worker", "helper", "practitioner", "investigator", "scholar", "resident", "assistente",
        "desenvolvedor", "engenheiro", "estagiário", "analista", "développeur", "ingénieur", "entwickler", "ingenieur", "leiter",
        "berater", "werkstudent", "praktikant", "geschäftsführer", "chef", "directeur", "stagiaire", "responsable", "chercheur",
        "desarrollador", "ingeniero", "jefe", "gerente", "becario", "investigador", "programador", "sviluppatore", "ingegnere",
        "ontwikkelaar", "programista", "inżynier", "kierownik", "разработчик", "программист", "инженер", "руководитель",
        "директор", "менеджер", "аналитик", "архитектор", "стажёр", "стажер", "ведущий", "старший", "младший",

        // The feminine forms of the same titles where the language inflects them.
        "développeuse", "ingénieure", "directrice", "chercheuse", "conseillère", "consultante", "stagiaire", "entwicklerin",
        "ingenieurin", "beraterin", "leiterin", "praktikantin", "geschäftsführerin", "werkstudentin", "desarrolladora",
        "ingeniera", "programadora", "investigadora", "becaria", "desenvolvedora", "engenheira", "estagiária", "sviluppatrice",
        "programmatrice", "ingegnera", "programistka", "kierowniczka", "разработчица", "программистка", "стажёрка", "стажерка");

    // Source: organisation kinds (university, bank, agency…) and company legal forms by country (Inc./LLC US, Ltd/PLC
    // UK, GmbH/AG/e.V. DE, SA/SRL FR-ES-IT-RO, BV/NV NL, AB SE, Oy FI, A/S DK-NO, Pty AU, Pvt IN, K.K. JP, d.o.o./s.r.o.
    // Central Europe, Sp. z o.o. PL, ООО/АО RU).
    private static readonly FrozenSet<string> OrgWords = Set(
        "university", "universiteit", "universität", "université", "universidade", "universidad", "college", "school", "institute",
        "institution", "academy", "polytechnic", "inc", "inc.", "incorporated", "ltd", "ltd.", "limited", "llc", "llc.", "llp", "plc",
        "gmbh", "ag", "sa", "s.a.", "srl", "bv", "b.v.", "co", "co.", "corp", "corp.", "corporation", "company", "group", "labs",
        "lab", "laboratory", "laboratories", "r&d", "agency", "bank", "foundation", "association", "society", "council", "centre", "center",
        "department", "dept", "dept.", "ministry", "government", "hospital", "clinic", "museum", "library", "network", "studio",
        "studios", "media", "press", "ventures", "capital", "holdings", "industries", "international", "global", "enterprises",
        "organization", "organisation", "office", "authority", "commission", "club", "team", "division", "faculty",
        "startup", "self-employed", "freelance", "d.o.o.", "s.r.o.", "a/s", "oy", "ab", "pty", "pvt", "kk", "nv", "n.v.", "e.v.",
        "trust", "charity", "consortium", "federation", "union", "cooperative", "sarl", "sas", "s.a.s.", "s.l.", "ltda", "ltda.",
        "s.p.a.", "kg", "ug", "sp.", "z.o.o.", "o.o.", "ооо", "оао", "зао", "пао", "ао", "株式会社", "有限公司");

    /// <summary>Words that make an organisation name only as its last word ("Acme Software", not "Software Engineer").</summary>
    // Source: the industry words company names commonly end with.
    private static readonly FrozenSet<string> OrgHeads = Set(
        "software", "systems", "technologies", "technology", "solutions", "services", "consulting", "partners", "media", "networks",
        "games", "digital", "interactive", "analytics", "health", "capital", "energy", "pharmaceuticals", "logistics", "design", "designs");

    // Source: the heads of job titles, organisation names and school names in Chinese (simplified and traditional),
    // Japanese and Korean, which write them without spaces, so that a title or name is one run ending (or, for Japanese
    // company forms, starting) with its head: 高级软件工程师, 示例科技有限公司, 株式会社…, 東京大学.
    private static readonly string[] CjkTitleHeads =
    [
        "工程师", "工程師", "开发", "開發", "开发者", "经理", "經理", "总监", "總監", "主管", "设计师", "設計師", "架构师", "架構師",
        "分析师", "分析師", "实习生", "實習生", "顾问", "顧問", "专员", "專員", "研究员", "研究員", "教授", "讲师", "講師", "总裁",
        "總裁", "创始人", "創始人", "负责人", "負責人", "组长", "組長", "エンジニア", "マネージャー", "マネジャー", "開発者",
        "デザイナー", "プログラマー", "コンサルタント", "アナリスト", "インターン", "部長", "課長", "主任", "엔지니어", "개발자", "매니저",
        "디자이너", "연구원",
    ];

    private static readonly string[] CjkOrgHeads =
    [
        "公司", "集团", "集團", "银行", "銀行", "大学", "大學", "学院", "學院", "研究所", "研究院", "工作室", "会社", "회사", "은행",
        "대학교", "연구소",
    ];

    // Japanese company forms stand before the name as often as after it.
    private static readonly string[] CjkOrgPrefixes = ["株式会社", "有限会社", "合同会社"];

    private static readonly string[] CjkSchoolHeads = ["大学", "大學", "学院", "學院", "大学院", "高校", "高等学校", "대학교", "대학"];

    // Source: the words for a school or university in the languages the converter reads.
    private static readonly FrozenSet<string> SchoolWords = Set(
        "university", "universiteit", "universität", "université", "universidade", "universidad", "universita", "università",
        "college", "school", "institute", "institut", "instituto", "academy", "akademie", "polytechnic", "politecnico",
        "polytechnique", "hochschule", "gymnasium", "lycée", "lycee", "conservatory", "seminary", "faculdade",
        "faculty", "escola", "escuela", "école", "ecole", "universitet", "uniwersytet", "politechnika", "университет", "институт",
        "академия", "колледж", "大学", "学院", "大學");

    // Source: capitals and the largest metropolitan areas by population (UN World Urbanization Prospects) and the main
    // technology hubs; a list of a kind, not the places of any document.
    private static readonly FrozenSet<string> Cities = Set(
        "london", "edinburgh", "glasgow", "manchester", "birmingham", "bristol", "leeds", "liverpool", "oxford", "cambridge",
        "dublin", "belfast", "cardiff", "paris", "lyon", "marseille", "bordeaux", "toulouse", "lille", "nantes", "berlin", "munich",
        "münchen", "hamburg", "frankfurt", "cologne", "köln", "stuttgart", "vienna", "wien", "zurich", "zürich", "geneva", "basel",
        "amsterdam", "rotterdam", "the hague", "utrecht", "eindhoven", "brussels", "antwerp", "luxembourg", "copenhagen",
        "stockholm", "oslo", "helsinki", "reykjavik", "madrid", "barcelona", "valencia", "seville", "lisbon", "porto", "rome",
        "milan", "turin", "naples", "florence", "bologna", "athens", "istanbul", "ankara", "warsaw", "krakow", "kraków", "wroclaw",
        "prague", "brno", "budapest", "bucharest", "sofia", "belgrade", "zagreb", "ljubljana", "bratislava", "kyiv", "kiev",
        "lviv", "kharkiv", "minsk", "moscow", "saint petersburg", "st petersburg", "tallinn", "riga", "vilnius", "tbilisi",
        "yerevan", "baku", "new york", "new york city", "nyc", "los angeles", "san francisco", "san jose", "seattle", "portland",
        "boston", "chicago", "austin", "dallas", "houston", "denver", "atlanta", "miami", "philadelphia", "pittsburgh",
        "washington", "baltimore", "detroit", "minneapolis", "phoenix", "san diego", "las vegas", "salt lake city", "nashville",
        "raleigh", "charlotte", "orlando", "tampa", "cleveland", "columbus", "cincinnati", "st. louis", "st louis", "kansas city",
        "palo alto", "mountain view", "menlo park", "sunnyvale", "santa clara", "oakland", "berkeley", "brooklyn",
        "toronto", "montreal", "montréal", "vancouver", "ottawa", "calgary", "edmonton", "waterloo", "quebec city", "winnipeg",
        "halifax", "mexico city", "guadalajara", "monterrey", "são paulo", "sao paulo", "rio de janeiro", "belo horizonte",
        "brasília", "brasilia", "curitiba", "porto alegre", "recife", "buenos aires", "santiago", "lima", "bogotá", "bogota",
        "medellín", "medellin", "caracas", "montevideo", "quito", "tokyo", "osaka", "kyoto", "seoul", "busan", "beijing",
        "shanghai", "shenzhen", "guangzhou", "hangzhou", "hong kong", "taipei", "singapore", "kuala lumpur", "jakarta", "bangkok",
        "manila", "hanoi", "ho chi minh city", "bangalore", "bengaluru", "mumbai", "delhi", "new delhi", "hyderabad", "chennai",
        "pune", "kolkata", "noida", "gurgaon", "gurugram", "ahmedabad", "karachi", "lahore", "islamabad", "dhaka", "colombo",
        "kathmandu", "dubai", "abu dhabi", "doha", "riyadh", "tel aviv", "jerusalem", "haifa", "cairo", "lagos", "abuja",
        "nairobi", "accra", "addis ababa", "johannesburg", "cape town", "pretoria", "durban", "casablanca", "tunis", "algiers",
        "sydney", "melbourne", "brisbane", "perth", "adelaide", "canberra", "auckland", "wellington", "christchurch",

        // The same cities under their own names and under the names the other languages the converter reads give them
        // (GeoNames alternate names: endonyms and exonyms), and the next largest cities of the countries of those
        // languages.
        "milano", "torino", "napoli", "firenze", "roma", "lisboa", "sevilla", "bruxelles", "brussel", "antwerpen", "den haag",
        "københavn", "genève", "genf", "warszawa", "wrocław", "praha", "bucurești", "bucuresti", "beograd", "ciudad de méxico",
        "québec", "mailand", "neapel", "florenz", "lissabon", "brüssel", "kopenhagen", "warschau", "prag", "moskau",
        "athen", "peking", "londres", "vienne", "varsovie", "moscou", "lisbonne", "pékin", "copenhague", "athènes",
        "francfort", "hambourg", "múnich", "viena", "milán", "moscú", "varsovia", "praga", "bruselas", "ginebra", "nueva york",
        "pekín", "tokio", "atenas", "estocolmo", "colonia", "fráncfort", "munique", "milão", "varsóvia", "bruxelas", "genebra",
        "nova iorque", "nova york", "pequim", "tóquio", "colônia", "londra", "parigi", "monaco di baviera", "mosca", "varsavia",
        "lisbona", "ginevra", "pechino", "atene", "stoccolma", "francoforte", "berlino", "amburgo", "barcellona", "siviglia",
        "londen", "parijs", "keulen", "wenen", "milaan", "moskou", "praag", "athene", "londyn", "paryż", "monachium", "wiedeń",
        "rzym", "mediolan", "moskwa", "lizbona", "bruksela", "genewa", "kopenhaga", "ateny", "sztokholm", "kolonia", "nowy jork",
        "pekin", "kijów", "lwów", "mińsk", "wilno", "лондон", "париж", "берлин", "мюнхен", "вена", "рим", "милан", "прага",
        "варшава", "лиссабон", "мадрид", "барселона", "амстердам", "брюссель", "женева", "цюрих", "стокгольм", "хельсинки",
        "нью-йорк", "пекин", "токио", "москва", "санкт-петербург", "київ", "киев", "минск", "новосибирск", "екатеринбург",
        "казань", "нижний новгород", "北京", "上海", "深圳", "广州", "杭州", "香港", "台北", "東京", "大阪", "京都", "横浜", "名古屋",
        "düsseldorf", "dresden", "leipzig", "hannover", "nuremberg", "nürnberg", "bremen", "dortmund", "karlsruhe", "darmstadt",
        "heidelberg", "aachen", "bonn", "mannheim", "strasbourg", "rennes", "grenoble", "montpellier", "bilbao", "málaga",
        "malaga", "zaragoza", "genoa", "genova", "venice", "venezia", "padua", "padova", "pisa", "trieste", "braga", "coimbra",
        "campinas", "florianópolis", "gdańsk", "gdansk", "poznań", "poznan", "łódź", "lodz", "katowice", "delft", "groningen",
        "leiden", "novosibirsk", "yekaterinburg", "kazan", "nizhny novgorod", "rosario");

    /// <summary>How many job-title words a text holds (<c>Senior</c>, <c>Engineer</c>, <c>Lead</c>…).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The count.</returns>
    public static int TitleScore(string text) => (t_titles ??= new()).Get(text, static t => Score(t, TitleWords, CjkTitleHeads, compounds: true));

    /// <summary>How many organisation words a text holds (<c>University</c>, <c>Inc.</c>, <c>Labs</c>…).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The count.</returns>
    public static int OrganisationScore(string text) =>
        (t_organisations ??= new()).Get(text, static t => Score(t, OrgWords, CjkOrgHeads) + Count(t, EmptySet, CjkOrgPrefixes, prefix: true) + (HeadIsIn(t, OrgHeads, []) ? 3 : 0));

    /// <summary>Whether a text names a school (<c>University</c>, <c>College</c>, <c>Institute</c>…).</summary>
    /// <param name="text">The text.</param>
    /// <returns>Whether it does.</returns>
    public static bool IsSchool(string text) => Count(text, SchoolWords, CjkSchoolHeads) > 0;

    /// <summary>Whether a text is a well-known city name (no country is inferred from it).</summary>
    /// <param name="text">The text.</param>
    /// <returns>Whether it is.</returns>
    public static bool IsKnownCity(string text) => Cities.Contains(text.Trim().TrimEnd('.').ToLowerInvariant());

    /// <summary>The lower-case words of a text (letters, digits and <c>&amp;./-</c>).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The words.</returns>
    public static IEnumerable<string> Words(string text) =>
        WordPattern().Matches(text).Select(m => m.Value.ToLowerInvariant().TrimEnd('.', ',')).Where(w => w.Length > 0)
            .SelectMany(w => w.Contains('/', StringComparison.Ordinal) ? w.Split('/', StringSplitOptions.RemoveEmptyEntries).Append(w) : [w]);

    // The header readers score each piece of a line many times over (every role/organisation pairing): recent answers are kept.
    [ThreadStatic]
    private static RecentAnswers<int>? t_titles;

    [ThreadStatic]
    private static RecentAnswers<int>? t_organisations;

    /// <summary>Telling words counted, the last word (the head of the phrase, outside parentheses) counting three times.</summary>
    private static int Score(string text, FrozenSet<string> words, string[] cjkHeads, bool compounds = false) =>
        Count(text, words, cjkHeads, compounds: compounds) + (HeadIsIn(text, words, cjkHeads, compounds) ? 2 : 0);

    private static readonly FrozenSet<string> EmptySet = FrozenSet<string>.Empty;

    // Count and HeadIsIn give what Words would, without a string per word: the converter scores every piece of every
    // header line, and the strings were most of what it allocated there.

    /// <summary>How many of <see cref="Words"/>' words are in a set, or (in CJK script) end with one of the heads (start
    /// with one, when <paramref name="prefix"/>).</summary>
    private static int Count(string text, FrozenSet<string> words, string[] cjkHeads, bool prefix = false, bool compounds = false)
    {
        var lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        var count = 0;
        Span<char> stack = stackalloc char[MaxStackWord];
        foreach (var m in WordPattern().EnumerateMatches(text))
        {
            var word = Lower(text.AsSpan(m.Index, m.Length), m.Length <= MaxStackWord ? stack : new char[m.Length]);
            if (word.IsEmpty)
            {
                continue;
            }

            if (word.Contains('/'))
            {
                foreach (var range in word.Split('/'))
                {
                    var part = word[range];
                    if (!part.IsEmpty && lookup.Contains(part))
                    {
                        count++;
                    }
                }
            }

            if (lookup.Contains(word) || HasCjkHead(word, cjkHeads, prefix) || (compounds && HasCompoundHead(word, lookup)))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Whether the last of <see cref="Words"/>' words outside parentheses (the head of the phrase) is in a set.</summary>
    private static bool HeadIsIn(string text, FrozenSet<string> words, string[] cjkHeads, bool compounds = false)
    {
        var outside = ParenthesisGroup().Replace(text, " ");
        var head = (Index: 0, Length: 0);
        Span<char> stack = stackalloc char[MaxStackWord];
        foreach (var m in WordPattern().EnumerateMatches(outside))
        {
            if (!Lower(outside.AsSpan(m.Index, m.Length), m.Length <= MaxStackWord ? stack : new char[m.Length]).IsEmpty)
            {
                head = (m.Index, m.Length);
            }
        }

        if (head.Length == 0)
        {
            return false;
        }

        var word = Lower(outside.AsSpan(head.Index, head.Length), head.Length <= MaxStackWord ? stack : new char[head.Length]);
        var lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        return lookup.Contains(word) || HasCjkHead(word, cjkHeads, prefix: false) || (compounds && HasCompoundHead(word, lookup));
    }

    /// <summary>A word as <see cref="Words"/> gives it: in lower case, trailing dots and commas dropped.</summary>
    private static ReadOnlySpan<char> Lower(ReadOnlySpan<char> word, Span<char> buffer)
    {
        var length = word.ToLowerInvariant(buffer);
        return ((ReadOnlySpan<char>)buffer[..length]).TrimEnd(".,");
    }

    /// <summary>Longer words are lowered on the heap, not the stack.</summary>
    private const int MaxStackWord = 128;

    /// <summary>
    /// Whether a word is a compound whose last part is in the set: German and Dutch join a title to what it is about,
    /// with or without a hyphen ("Softwareentwickler", "Projektleiter", "Backend-ontwikkelaar", "Веб-разработчик").
    /// </summary>
    private static bool HasCompoundHead(ReadOnlySpan<char> word, FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup)
    {
        var hyphen = word.LastIndexOf('-');
        if (hyphen > 0 && hyphen < word.Length - 1 && lookup.Contains(word[(hyphen + 1)..]))
        {
            return true;
        }

        for (var k = MinCompoundModifier; k <= word.Length - MinCompoundHead; k++)
        {
            if (char.IsLetter(word[k - 1]) && lookup.Contains(word[k..]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Shortest head and modifier of a closed compound: shorter heads ("lead", "chef") end too many other words.</summary>
    private const int MinCompoundHead = 6, MinCompoundModifier = 3;

    /// <summary>Whether a word written in a CJK script ends (or starts) with one of the heads.</summary>
    private static bool HasCjkHead(ReadOnlySpan<char> word, string[] heads, bool prefix)
    {
        if (word.Length == 0 || !IsCjk(word[0]))
        {
            return false;
        }

        foreach (var h in heads)
        {
            if (prefix ? word.StartsWith(h, StringComparison.Ordinal) : word.EndsWith(h, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Han ideographs (with their radicals and punctuation), kana, Hangul syllables and the full-width forms: the scripts
    /// written without spaces between words. The one definition the recognisers share.
    /// </summary>
    /// <param name="c">The character.</param>
    /// <returns>Whether it is one.</returns>
    public static bool IsCjk(char c) =>
        c is (>= '\u2E80' and <= '\u9FFF') or (>= '\uAC00' and <= '\uD7AF') or (>= '\uF900' and <= '\uFAFF') or (>= '\uFF00' and <= '\uFFEF');

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.Ordinal);

    [GeneratedRegex(@"\([^)]*\)|\[[^\]]*\]", RegexOptions.CultureInvariant)]
    private static partial Regex ParenthesisGroup();

    [GeneratedRegex(@"[\p{L}\p{N}&./'-]+", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();
}
