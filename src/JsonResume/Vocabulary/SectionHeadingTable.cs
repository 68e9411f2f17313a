namespace JsonResume.Vocabulary;

/// <summary>One section's headings.</summary>
/// <param name="Section">The section.</param>
/// <param name="Title">The English heading the renderers print: a list section's title (<c>## Experience</c>,
/// <c>EXPERIENCE</c>), or the plain-text heading of the summary; null for contact details, which get none.</param>
/// <param name="Titles">The same heading in the other languages the renderers write, in the order of
/// <see cref="RenderLanguages.Codes"/> after English (de, fr, es, pt, it, nl, pl, ru, zh, ja); read back by the own
/// layout readers and recognised by the converter like <paramref name="Title"/>.</param>
/// <param name="Headings">Whole headings that name the section, read by the own layout reader and by the converter.</param>
/// <param name="Phrases">Further whole headings that only the converter reads (the own layout reader keeps its exact set).</param>
/// <param name="Words">Single words that make a short heading name the section, for the converter.</param>
internal sealed record SectionHeadingRow(ResumeSection Section, string? Title, string[] Titles, string[] Headings, string[] Phrases, string[] Words);

/// <summary>
/// The vocabulary of section headings: English headings as the usual résumé guides and templates name sections, with
/// their equivalents in German, French, Spanish, Portuguese, Italian, Dutch, Polish, Russian, Chinese and Japanese
/// (Europass section names and the common CV templates of each language). The titles the renderers print in each
/// language are the usual headings of that language's CVs (Europass CV headings, the JSON Resume themes' translations).
/// </summary>
internal static class SectionHeadingTable
{
    /// <summary>Headings longer than this are sentences, not section headings.</summary>
    public const int MaxHeadingWords = 6;

    /// <summary>The rows, contact and summary first, then the list sections in the standard's order.</summary>
    public static IReadOnlyList<SectionHeadingRow> Rows { get; } =
    [
        new(ResumeSection.Contact, null,
            Titles: [],
            Headings: [],
            Phrases: ["persönliche daten", "persönliche angaben", "me contacter", "informations personnelles", "datos personales", "información personal", "informações pessoais", "dati personali", "informazioni personali", "persoonlijke gegevens", "dane osobowe", "dane kontaktowe", "личная информация", "личные данные", "контактная информация", "personal data", "personal details", "personal information", "personal info",
             "get in touch", "dados pessoais"],
            Words: ["kontaktdaten", "coordonnées", "contacter", "contactos", "contatos", "contatti", "contactgegevens", "контакты", "联系方式", "个人信息", "連絡先", "contact", "contacts", "contato", "contacto", "kontakt", "links"]),
        new(ResumeSection.Summary, "Summary",
            Titles: ["Profil", "Profil", "Perfil", "Perfil", "Profilo", "Profiel", "Podsumowanie", "О себе", "个人简介", "自己PR"],
            Headings: [],
            Phrases: ["sobre mí", "acerca de mí", "chi sono", "over mij", "o mnie", "о себе", "about", "about me", "who i am", "personal statement", "career objective", "sobre mim", "à propos",
             "a propos", "über mich"],
            Words: ["zusammenfassung", "kurzprofil", "resumen", "objetivo", "profilo", "sommario", "profiel", "samenvatting", "podsumowanie", "цель", "自我评价", "个人简介", "个人总结", "自己pr", "職務要約", "概要", "summary", "profile", "bio", "biography", "objective", "overview", "introduction", "resumo", "perfil",
             "profil"]),
        new(ResumeSection.Work, "Experience",
            Titles: ["Berufserfahrung", "Expérience professionnelle", "Experiencia laboral", "Experiência profissional", "Esperienza lavorativa", "Werkervaring", "Doświadczenie zawodowe", "Опыт работы", "工作经历", "職歴"],
            Headings: ["work", "work experience", "professional experience", "relevant experience", "employment",
             "employment history", "work history", "career", "career history", "professional history", "positions",
             "positions held", "jobs"],
            Phrases: ["beruflicher werdegang", "parcours professionnel"],
            Words: ["arbeitserfahrung", "berufserfahrungen", "praxiserfahrung", "berufspraxis", "werdegang", "berufstätigkeit", "erfahrung", "experiencias", "esperienza", "esperienze", "lavorativa", "lavorative", "werkervaring", "ervaring", "loopbaan", "doświadczenie", "zatrudnienie", "опыт", "карьера", "工作经历", "工作经验", "实习经历", "职业经历", "職歴", "職務経歴", "経歴", "experience", "experiences", "employment", "employments", "work", "career", "jobs", "positions",
             "appointments", "teaching", "experiência", "experiências", "experiencia", "expérience", "expériences", "berufserfahrung"]),
        new(ResumeSection.Volunteer, "Volunteering",
            Titles: ["Ehrenamtliches Engagement", "Bénévolat", "Voluntariado", "Voluntariado", "Volontariato", "Vrijwilligerswerk", "Wolontariat", "Волонтёрство", "志愿者经历", "ボランティア活動"],
            Headings: ["volunteer", "volunteer experience", "volunteer work", "volunteering experience", "community service",
             "community involvement"],
            // Student résumé guides name club and society roles "Leadership" ("Leadership & Activities").
            Phrases: ["leadership", "leadership and activities", "leadership experience", "leadership and service"],
            Words: ["ehrenamt", "ehrenamtliches", "engagement", "bénévole", "associatif", "associatives", "volontariato", "vrijwilligerswerk", "wolontariat", "волонтерство", "волонтёрство", "志愿者经历", "志愿服务", "ボランティア", "volunteer", "volunteering", "voluntary", "service", "voluntariado", "bénévolat"]),
        new(ResumeSection.Education, "Education",
            Titles: ["Ausbildung", "Formation", "Formación", "Formação", "Istruzione", "Opleiding", "Wykształcenie", "Образование", "教育背景", "学歴"],
            Headings: ["education and training", "academic background", "academic history", "academic qualifications",
             "qualifications", "studies", "degrees"],
            Phrases: [],
            Words: ["bildung", "bildungsweg", "schulbildung", "studium", "hochschulbildung", "schulausbildung", "éducation", "diplômes", "études", "cursus", "estudios", "académica", "educacao", "escolaridade", "acadêmica", "istruzione", "formazione", "studi", "opleiding", "opleidingen", "onderwijs", "wykształcenie", "edukacja", "образование", "教育背景", "教育经历", "学历", "学歴", "education", "educational", "academic", "academics", "qualifications", "degrees", "studies", "schooling",
             "formação", "formacao", "formación", "formation", "formations", "ausbildung", "educação", "educación",
             // Courses and classes taken (online or not) are education entries: a provider and a field of study
             // (CONVENTIONS of the hand-made answers: courses are studied, certificates are held).
             "courses", "classes", "lessons", "corsi", "cursussen", "kursy", "курсы", "cursos", "kurse", "cours"]),
        new(ResumeSection.Awards, "Awards",
            Titles: ["Auszeichnungen", "Distinctions", "Premios", "Prêmios", "Premi", "Prijzen", "Nagrody", "Награды", "获奖情况", "受賞歴"],
            Headings: ["award", "honors", "honours", "awards and honors", "awards and honours", "honors and awards",
             "honours and awards", "prizes", "achievements", "distinctions", "scholarships", "grants"],
            Phrases: [],
            Words: ["auszeichnungen", "preise", "ehrungen", "prix", "récompenses", "reconocimientos", "logros", "prémios", "conquistas", "premi", "riconoscimenti", "prijzen", "onderscheidingen", "nagrody", "osiągnięcia", "wyróżnienia", "награды", "достижения", "获奖情况", "荣誉奖项", "获奖经历", "荣誉", "受賞歴", "表彰", "awards", "award", "honors", "honours", "achievements", "accomplishments", "recognition", "recognitions",
             "prizes", "scholarships", "distinctions", "prêmios", "premios"]),
        new(ResumeSection.Certificates, "Certificates",
            Titles: ["Zertifikate", "Certifications", "Certificaciones", "Certificações", "Certificazioni", "Certificaten", "Certyfikaty", "Сертификаты", "证书", "資格"],
            Headings: ["certificate", "certifications", "certification", "licenses", "licences", "licenses and certifications",
             "credentials"],
            Phrases: [],
            Words: ["zertifikate", "zertifizierungen", "weiterbildung", "weiterbildungen", "fortbildungen", "certificats", "certificaciones", "certificados", "certificacoes", "certificazioni", "attestati", "certificaten", "certificeringen", "certyfikaty", "szkolenia", "сертификаты", "сертификация", "证书", "资格证书", "資格", "免許", "certifications", "certification", "certificates", "certificate", "licenses", "licences",
             "training", "trainings", "certificações"]),
        new(ResumeSection.Publications, "Publications",
            Titles: ["Publikationen", "Publications", "Publicaciones", "Publicações", "Pubblicazioni", "Publicaties", "Publikacje", "Публикации", "出版物", "論文・著作"],
            Headings: ["publication", "papers", "selected publications", "articles", "books",
             "talks and publications"],
            Phrases: [],
            Words: ["publikationen", "veröffentlichungen", "publicaciones", "publicacoes", "pubblicazioni", "publicaties", "publikacje", "публикации", "发表论文", "论文", "出版物", "論文", "発表", "publications", "publication", "papers", "writing", "writings", "articles", "books", "patents",
             "bibliography", "publicações"]),
        new(ResumeSection.Skills, "Skills",
            Titles: ["Kenntnisse", "Compétences", "Habilidades", "Habilidades", "Competenze", "Vaardigheden", "Umiejętności", "Навыки", "专业技能", "スキル"],
            Headings: ["skill", "technical skills", "key skills", "core skills", "competencies", "core competencies", "expertise",
             "technologies", "tools", "skills and tools", "areas of expertise"],
            Phrases: ["ключевые навыки", "technical summary", "skills summary", "summary of skills", "programming languages", "computer languages", "languages and systems", "languages and technologies",
             "languages and tools", "languages and frameworks", "technical languages", "areas of strength", "tech stack",
             "what i do"],
            Words: ["fähigkeiten", "kompetenzen", "fachkenntnisse", "edv", "compétence", "connaissances", "connaissance", "competencias", "conocimientos", "aptitudes", "conhecimentos", "competenze", "capacità", "conoscenze", "vaardigheden", "competenties", "umiejętności", "kompetencje", "навыки", "компетенции", "технологии", "技能", "专业技能", "技术栈", "スキル", "技術", "skills", "skill", "competencies", "competences", "technologies", "technology", "tools", "expertise",
             "proficiencies", "strengths", "habilidades", "competências", "compétences", "kenntnisse",
             // The English "technologies" and "tools" in the other languages (dictionary translations).
             "technologien", "werkzeuge", "outils", "tecnologías", "herramientas", "tecnologias", "ferramentas", "tecnologie", "strumenti",
             "technologieën", "hulpmiddelen", "technologie", "narzędzia", "инструменты", "工具", "ツール"]),
        new(ResumeSection.Languages, "Languages",
            Titles: ["Sprachen", "Langues", "Idiomas", "Idiomas", "Lingue", "Talen", "Języki", "Языки", "语言能力", "語学"],
            Headings: ["language", "spoken languages", "language skills"],
            Phrases: ["znajomość języków", "języki obce", "знание языков", "иностранные языки"],
            Words: ["sprachkenntnisse", "langue", "lingue", "talen", "talenkennis", "języki", "языки", "语言能力", "语言", "語学", "言語", "languages", "language", "idiomas", "langues", "sprachen"]),
        new(ResumeSection.Interests, "Interests",
            Titles: ["Interessen", "Centres d’intérêt", "Intereses", "Interesses", "Interessi", "Interesses", "Zainteresowania", "Интересы", "兴趣爱好", "趣味"],
            Headings: ["interest", "hobbies", "hobbies and interests", "interests and hobbies", "personal interests", "activities"],
            Phrases: ["centres dintérêt", "centres dintérêts", "centre dintérêt"],
            Words: ["interessen", "hobbys", "intérêt", "passions", "intereses", "aficiones", "interessi", "zainteresowania", "интересы", "хобби", "увлечения", "兴趣爱好", "爱好", "趣味", "interests", "hobbies", "hobby", "pastimes", "interesses", "intérêts", "loisirs"]),
        new(ResumeSection.References, "References",
            Titles: ["Referenzen", "Références", "Referencias", "Referências", "Referenze", "Referenties", "Referencje", "Рекомендации", "推荐人", "推薦者"],
            Headings: ["reference", "referees", "recommendations", "testimonials"],
            Phrases: [],
            Words: ["referenzen", "références", "referencias", "referenze", "referenties", "referencje", "рекомендации", "推荐人", "references", "referees", "recommendations", "testimonials", "referências"]),
        new(ResumeSection.Projects, "Projects",
            Titles: ["Projekte", "Projets", "Proyectos", "Projetos", "Progetti", "Projecten", "Projekty", "Проекты", "项目经历", "プロジェクト"],
            Headings: ["project", "selected projects", "personal projects", "side projects", "open source", "open-source projects",
             "portfolio"],
            Phrases: ["open source contributions"],
            Words: ["projekte", "projekterfahrung", "projet", "proyecto", "projeto", "projectos", "progetti", "projecten", "projekty", "проекты", "项目经验", "项目经历", "项目", "プロジェクト", "projects", "project", "portfolio", "projetos", "projets", "proyectos"]),
    ];

    /// <summary>Words that may stand beside section words in a heading that is nothing but a heading.</summary>
    public static IReadOnlySet<string> Modifiers { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "professional", "technical", "work", "key", "selected", "relevant", "personal", "other", "additional", "academic", "core",
        "recent", "and", "of", "the", "my", "history", "summary", "highlights", "background", "details", "information", "honors",
        "list", "main", "current", "online", "industry", "research", "teaching", "software", "language", "spoken", "soft", "hard", "side",
            // Eleven languages (issue 10, from the lang branch): adjectives and links of common headings.
        "berufliche", "beruflicher", "persönliche", "fachliche", "technische", "und", "professionnelle", "professionnelles", "professionnel", "académique", "académiques", "techniques", "et", "des", "personnels", "laboral", "profesional", "académica", "técnicas", "técnicos", "y", "de", "personales", "profissional", "profissionais", "acadêmica", "e", "pessoais", "complementar", "lavorativa", "lavorative", "professionale", "professionali", "tecniche", "di", "personali", "en", "van", "persoonlijke", "zawodowe", "techniczne", "i", "obce", "osobiste", "работы", "профессиональные", "ключевые", "и", "личные", "иностранные",
    };

    /// <summary>
    /// Words of headings whose sections JSON Resume has no place for, even when their entries are dated like jobs: talks
    /// and presentations, memberships and affiliations, teaching load, supervision. Source: the common CV sections the
    /// JSON Resume schema lacks (academic CV guides: "Invited Talks", "Professional Memberships", "Affiliations").
    /// </summary>
    public static IReadOnlySet<string> NoCounterpartWords { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "talks", "talk", "presentations", "conferences", "affiliation", "affiliations", "memberships", "membership", "governance",
        "supervision", "vorträge", "mitgliedschaften", "conférences", "adhésions", "ponencias", "conferencias", "palestras",
        "доклады", "членство",
    };

    /// <summary>Words dropped before a heading is compared ("My Experience", "Selected Publications").</summary>
    public static IReadOnlySet<string> Fillers { get; } = new HashSet<string>(StringComparer.Ordinal) { "my", "selected", "recent", "key" };
}
