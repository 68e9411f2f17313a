using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace JsonResume.Import.Recognition;

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
        "директор", "менеджер", "аналитик", "архитектор", "стажёр", "стажер", "ведущий", "старший", "младший");

    // Source: organisation kinds (university, bank, agency…) and company legal forms by country (Inc./LLC US, Ltd/PLC
    // UK, GmbH/AG/e.V. DE, SA/SRL FR-ES-IT-RO, BV/NV NL, AB SE, Oy FI, A/S DK-NO, Pty AU, Pvt IN, K.K. JP, d.o.o./s.r.o.
    // Central Europe, ООО/АО RU).
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
        "s.p.a.", "kg", "ug", "sp.", "z.o.o.", "ооо", "оао", "зао", "пао", "ао", "株式会社", "有限公司");

    /// <summary>Words that make an organisation name only as its last word ("Acme Software", not "Software Engineer").</summary>
    // Source: the industry words company names commonly end with.
    private static readonly FrozenSet<string> OrgHeads = Set(
        "software", "systems", "technologies", "technology", "solutions", "services", "consulting", "partners", "media", "networks",
        "games", "digital", "interactive", "analytics", "health", "capital", "energy", "pharmaceuticals", "logistics", "design", "designs");

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
        "sydney", "melbourne", "brisbane", "perth", "adelaide", "canberra", "auckland", "wellington", "christchurch");

    /// <summary>How many job-title words a text holds (<c>Senior</c>, <c>Engineer</c>, <c>Lead</c>…).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The count.</returns>
    public static int TitleScore(string text) => (t_titles ??= new()).Get(text, static t => Score(t, TitleWords));

    /// <summary>How many organisation words a text holds (<c>University</c>, <c>Inc.</c>, <c>Labs</c>…).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The count.</returns>
    public static int OrganisationScore(string text) =>
        (t_organisations ??= new()).Get(text, static t => Score(t, OrgWords) + (HeadIsIn(t, OrgHeads) ? 3 : 0));

    /// <summary>Whether a text names a school (<c>University</c>, <c>College</c>, <c>Institute</c>…).</summary>
    /// <param name="text">The text.</param>
    /// <returns>Whether it does.</returns>
    public static bool IsSchool(string text) => Count(text, SchoolWords) > 0;

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
    private static int Score(string text, FrozenSet<string> words) => Count(text, words) + (HeadIsIn(text, words) ? 2 : 0);

    // Count and HeadIsIn give what Words would, without a string per word: the converter scores every piece of every
    // header line, and the strings were most of what it allocated there.

    /// <summary>How many of <see cref="Words"/>' words are in a set.</summary>
    private static int Count(string text, FrozenSet<string> words)
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

            if (lookup.Contains(word))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Whether the last of <see cref="Words"/>' words outside parentheses (the head of the phrase) is in a set.</summary>
    private static bool HeadIsIn(string text, FrozenSet<string> words)
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

        return head.Length > 0
            && words.GetAlternateLookup<ReadOnlySpan<char>>().Contains(Lower(outside.AsSpan(head.Index, head.Length), head.Length <= MaxStackWord ? stack : new char[head.Length]));
    }

    /// <summary>A word as <see cref="Words"/> gives it: in lower case, trailing dots and commas dropped.</summary>
    private static ReadOnlySpan<char> Lower(ReadOnlySpan<char> word, Span<char> buffer)
    {
        var length = word.ToLowerInvariant(buffer);
        return ((ReadOnlySpan<char>)buffer[..length]).TrimEnd(".,");
    }

    /// <summary>Longer words are lowered on the heap, not the stack.</summary>
    private const int MaxStackWord = 128;

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.Ordinal);

    [GeneratedRegex(@"\([^)]*\)|\[[^\]]*\]", RegexOptions.CultureInvariant)]
    private static partial Regex ParenthesisGroup();

    [GeneratedRegex(@"[\p{L}\p{N}&./'-]+", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();
}
