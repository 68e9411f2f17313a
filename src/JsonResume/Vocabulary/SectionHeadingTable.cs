namespace JsonResume.Vocabulary;

/// <summary>One section's headings.</summary>
/// <param name="Section">The section.</param>
/// <param name="Title">The heading the renderers print (list sections only).</param>
/// <param name="Headings">Whole headings that name the section, read by the own layout reader and by the converter.</param>
/// <param name="Phrases">Further whole headings that only the converter reads (the own layout reader keeps its exact set).</param>
/// <param name="Words">Single words that make a short heading name the section, for the converter.</param>
internal sealed record SectionHeadingRow(ResumeSection Section, string? Title, string[] Headings, string[] Phrases, string[] Words);

/// <summary>
/// The vocabulary of section headings: English headings as the usual résumé guides and templates name sections, with
/// the common Portuguese, Spanish, French and German equivalents (the languages whose month names the importer knows).
/// </summary>
internal static class SectionHeadingTable
{
    /// <summary>Headings longer than this are sentences, not section headings.</summary>
    public const int MaxHeadingWords = 6;

    /// <summary>The rows, contact and summary first, then the list sections in the standard's order.</summary>
    public static IReadOnlyList<SectionHeadingRow> Rows { get; } =
    [
        new(ResumeSection.Contact, null,
            Headings: [],
            Phrases: ["personal data", "personal details", "personal information", "personal info", "find me online",
             "get in touch", "dados pessoais"],
            Words: ["contact", "contacts", "contato", "contacto", "kontakt", "links"]),
        new(ResumeSection.Summary, null,
            Headings: [],
            Phrases: ["about", "about me", "who i am", "personal statement", "career objective", "sobre mim", "à propos",
             "a propos", "über mich"],
            Words: ["summary", "profile", "bio", "biography", "objective", "overview", "introduction", "resumo", "perfil",
             "profil"]),
        new(ResumeSection.Work, "Experience",
            Headings: ["work", "work experience", "professional experience", "relevant experience", "employment",
             "employment history", "work history", "career", "career history", "professional history", "positions",
             "positions held", "jobs"],
            Phrases: [],
            Words: ["experience", "experiences", "employment", "employments", "work", "career", "jobs", "positions",
             "appointments", "experiência", "experiências", "experiencia", "expérience", "expériences", "berufserfahrung"]),
        new(ResumeSection.Volunteer, "Volunteering",
            Headings: ["volunteer", "volunteer experience", "volunteer work", "volunteering experience", "community service",
             "community involvement"],
            Phrases: [],
            Words: ["volunteer", "volunteering", "voluntary", "service", "voluntariado", "bénévolat"]),
        new(ResumeSection.Education, "Education",
            Headings: ["education and training", "academic background", "academic history", "academic qualifications",
             "qualifications", "studies", "degrees"],
            Phrases: [],
            Words: ["education", "educational", "academic", "academics", "qualifications", "degrees", "studies", "schooling",
             "formação", "formacao", "formación", "formation", "formations", "ausbildung", "educação", "educación"]),
        new(ResumeSection.Awards, "Awards",
            Headings: ["award", "honors", "honours", "awards and honors", "awards and honours", "honors and awards",
             "honours and awards", "prizes", "achievements", "distinctions", "scholarships", "grants"],
            Phrases: [],
            Words: ["awards", "award", "honors", "honours", "achievements", "accomplishments", "recognition", "recognitions",
             "prizes", "scholarships", "distinctions", "prêmios", "premios"]),
        new(ResumeSection.Certificates, "Certificates",
            Headings: ["certificate", "certifications", "certification", "licenses", "licences", "licenses and certifications",
             "credentials"],
            Phrases: [],
            Words: ["certifications", "certification", "certificates", "certificate", "licenses", "licences", "courses",
             "training", "trainings", "certificações", "cursos"]),
        new(ResumeSection.Publications, "Publications",
            Headings: ["publication", "papers", "selected publications", "publication highlights", "articles", "books",
             "talks and publications"],
            Phrases: [],
            Words: ["publications", "publication", "papers", "writing", "writings", "articles", "books", "patents",
             "bibliography", "publicações"]),
        new(ResumeSection.Skills, "Skills",
            Headings: ["skill", "technical skills", "key skills", "core skills", "competencies", "core competencies", "expertise",
             "technologies", "tools", "skills and tools", "areas of expertise"],
            Phrases: ["programming languages", "computer languages", "languages and systems", "languages and technologies",
             "languages and tools", "languages and frameworks", "technical languages", "areas of strength", "tech stack",
             "what i do"],
            Words: ["skills", "skill", "competencies", "competences", "technologies", "technology", "tools", "expertise",
             "proficiencies", "strengths", "habilidades", "competências", "compétences", "kenntnisse"]),
        new(ResumeSection.Languages, "Languages",
            Headings: ["language", "spoken languages", "language skills"],
            Phrases: [],
            Words: ["languages", "language", "idiomas", "langues", "sprachen"]),
        new(ResumeSection.Interests, "Interests",
            Headings: ["interest", "hobbies", "hobbies and interests", "interests and hobbies", "personal interests", "activities"],
            Phrases: [],
            Words: ["interests", "hobbies", "hobby", "pastimes", "interesses", "intérêts", "loisirs"]),
        new(ResumeSection.References, "References",
            Headings: ["reference", "referees", "recommendations", "testimonials"],
            Phrases: [],
            Words: ["references", "referees", "recommendations", "testimonials", "referências"]),
        new(ResumeSection.Projects, "Projects",
            Headings: ["project", "selected projects", "personal projects", "side projects", "open source", "open-source projects",
             "portfolio"],
            Phrases: ["open source contributions"],
            Words: ["projects", "project", "portfolio", "projetos", "projets", "proyectos"]),
    ];

    /// <summary>Words that may stand beside section words in a heading that is nothing but a heading.</summary>
    public static IReadOnlySet<string> Modifiers { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "professional", "technical", "work", "key", "selected", "relevant", "personal", "other", "additional", "academic", "core",
        "recent", "and", "of", "the", "my", "history", "summary", "highlights", "background", "details", "information", "honors",
        "list", "main", "industry", "research", "teaching", "software", "language", "spoken", "soft", "hard", "side",
    };

    /// <summary>Words dropped before a heading is compared ("My Experience", "Selected Publications").</summary>
    public static IReadOnlySet<string> Fillers { get; } = new HashSet<string>(StringComparer.Ordinal) { "my", "selected", "recent", "key" };
}
