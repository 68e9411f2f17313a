namespace JsonResume.Vocabulary;

/// <summary>
/// Labels people put before a field inside an entry ("Technologies: C#, SQL", "Abschluss: Diplom"), lower case, in
/// English, German, French, Spanish, Portuguese and Italian. Source: the field names of common résumé templates and
/// job-board CV forms ("Description", "Tech stack", "Degree", "Field of study") with their dictionary translations.
/// </summary>
internal static class EntryFieldLabels
{
    /// <summary>Labels of a project's description.</summary>
    public static IReadOnlySet<string> ProjectDescription { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "description", "introduction", "intro", "about", "overview", "summary", "purpose",
        "beschreibung", "kurzbeschreibung", "überblick",
        "présentation", "résumé",
        "descripción", "resumen",
        "descrição", "resumo",
        "descrizione",
    };

    /// <summary>Labels of a project's technologies (its keywords).</summary>
    public static IReadOnlySet<string> ProjectTechnologies { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "technology", "technologies", "tech", "tech stack", "stack", "technical stack", "tools", "built with", "keywords", "environment",
        "technologie", "technologien", "werkzeuge",
        "technologies utilisées", "outils", "environnement technique",
        "tecnología", "tecnologías", "herramientas",
        "tecnologia", "tecnologias", "ferramentas",
        "tecnologie", "strumenti",
    };

    /// <summary>Labels that only introduce a project's highlights (the list under them, or the one item after them).</summary>
    public static IReadOnlySet<string> ProjectDuties { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "responsibility", "responsibilities", "contributions", "contribution", "tasks", "duties", "achievements",
        "aufgaben", "verantwortung", "tätigkeiten",
        "responsabilités", "tâches", "réalisations",
        "responsabilidades", "tareas", "logros", "tarefas", "conquistas",
        "responsabilità", "compiti",
    };

    /// <summary>Labels of an education entry's degree ("Abschluss: Diplom").</summary>
    public static IReadOnlySet<string> Degree { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "degree", "qualification", "abschluss", "studienabschluss", "diplôme", "titre", "título", "titulación", "grado",
        "titulação", "grau", "diploma", "titolo",
    };

    /// <summary>Labels of an education entry's field of study ("Major: Biology", "Fachrichtung Maschinenbau").</summary>
    public static IReadOnlySet<string> Area { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "major", "field", "field of study", "concentration", "specialization", "specialisation", "fachrichtung", "studiengang",
        "studienfach", "schwerpunkt", "spécialité", "filière", "spécialisation", "especialidad", "especialización", "carrera",
        "especialização", "área", "indirizzo", "specializzazione",
    };
}
