using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace JsonResume.Import.Recognition;

/// <summary>
/// Maps a section heading (<c>Professional Experience</c>, <c>WORK HISTORY</c>, <c>Papers</c>, <c>Formação Acadêmica</c>)
/// to the JSON Resume section it feeds, through a synonym table: whole headings first, then the first telling word.
/// </summary>
public static class SectionNames
{
    private static readonly FrozenDictionary<string, ResumeSection> Phrases = new Dictionary<string, ResumeSection>
    {
        ["programming languages"] = ResumeSection.Skills,
        ["computer languages"] = ResumeSection.Skills,
        ["languages and systems"] = ResumeSection.Skills,
        ["languages and technologies"] = ResumeSection.Skills,
        ["languages and tools"] = ResumeSection.Skills,
        ["languages and frameworks"] = ResumeSection.Skills,
        ["technical languages"] = ResumeSection.Skills,
        ["areas of strength"] = ResumeSection.Skills,
        ["areas of expertise"] = ResumeSection.Skills,
        ["core competencies"] = ResumeSection.Skills,
        ["tech stack"] = ResumeSection.Skills,
        ["what i do"] = ResumeSection.Skills,
        ["about"] = ResumeSection.Summary,
        ["about me"] = ResumeSection.Summary,
        ["who i am"] = ResumeSection.Summary,
        ["personal statement"] = ResumeSection.Summary,
        ["career objective"] = ResumeSection.Summary,
        ["sobre mim"] = ResumeSection.Summary,
        ["à propos"] = ResumeSection.Summary,
        ["a propos"] = ResumeSection.Summary,
        ["über mich"] = ResumeSection.Summary,
        ["personal data"] = ResumeSection.Contact,
        ["personal details"] = ResumeSection.Contact,
        ["personal information"] = ResumeSection.Contact,
        ["personal info"] = ResumeSection.Contact,
        ["find me online"] = ResumeSection.Contact,
        ["get in touch"] = ResumeSection.Contact,
        ["dados pessoais"] = ResumeSection.Contact,
        ["community service"] = ResumeSection.Volunteer,
        ["open source"] = ResumeSection.Projects,
        ["open source contributions"] = ResumeSection.Projects,
        ["side projects"] = ResumeSection.Projects,
        ["licenses and certifications"] = ResumeSection.Certificates,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, ResumeSection> Words = new Dictionary<string, ResumeSection>
    {
        ["experience"] = ResumeSection.Work,
        ["experiences"] = ResumeSection.Work,
        ["employment"] = ResumeSection.Work,
        ["employments"] = ResumeSection.Work,
        ["work"] = ResumeSection.Work,
        ["career"] = ResumeSection.Work,
        ["jobs"] = ResumeSection.Work,
        ["positions"] = ResumeSection.Work,
        ["appointments"] = ResumeSection.Work,
        ["experiência"] = ResumeSection.Work,
        ["experiências"] = ResumeSection.Work,
        ["experiencia"] = ResumeSection.Work,
        ["expérience"] = ResumeSection.Work,
        ["expériences"] = ResumeSection.Work,
        ["berufserfahrung"] = ResumeSection.Work,
        ["volunteer"] = ResumeSection.Volunteer,
        ["volunteering"] = ResumeSection.Volunteer,
        ["voluntary"] = ResumeSection.Volunteer,
        ["service"] = ResumeSection.Volunteer,
        ["voluntariado"] = ResumeSection.Volunteer,
        ["bénévolat"] = ResumeSection.Volunteer,
        ["education"] = ResumeSection.Education,
        ["educational"] = ResumeSection.Education,
        ["academic"] = ResumeSection.Education,
        ["academics"] = ResumeSection.Education,
        ["qualifications"] = ResumeSection.Education,
        ["degrees"] = ResumeSection.Education,
        ["studies"] = ResumeSection.Education,
        ["schooling"] = ResumeSection.Education,
        ["formação"] = ResumeSection.Education,
        ["formacao"] = ResumeSection.Education,
        ["formación"] = ResumeSection.Education,
        ["formation"] = ResumeSection.Education,
        ["formations"] = ResumeSection.Education,
        ["ausbildung"] = ResumeSection.Education,
        ["educação"] = ResumeSection.Education,
        ["educación"] = ResumeSection.Education,
        ["awards"] = ResumeSection.Awards,
        ["award"] = ResumeSection.Awards,
        ["honors"] = ResumeSection.Awards,
        ["honours"] = ResumeSection.Awards,
        ["achievements"] = ResumeSection.Awards,
        ["accomplishments"] = ResumeSection.Awards,
        ["recognition"] = ResumeSection.Awards,
        ["recognitions"] = ResumeSection.Awards,
        ["prizes"] = ResumeSection.Awards,
        ["scholarships"] = ResumeSection.Awards,
        ["distinctions"] = ResumeSection.Awards,
        ["prêmios"] = ResumeSection.Awards,
        ["premios"] = ResumeSection.Awards,
        ["certifications"] = ResumeSection.Certificates,
        ["certification"] = ResumeSection.Certificates,
        ["certificates"] = ResumeSection.Certificates,
        ["certificate"] = ResumeSection.Certificates,
        ["licenses"] = ResumeSection.Certificates,
        ["licences"] = ResumeSection.Certificates,
        ["courses"] = ResumeSection.Certificates,
        ["training"] = ResumeSection.Certificates,
        ["trainings"] = ResumeSection.Certificates,
        ["certificações"] = ResumeSection.Certificates,
        ["cursos"] = ResumeSection.Certificates,
        ["publications"] = ResumeSection.Publications,
        ["publication"] = ResumeSection.Publications,
        ["papers"] = ResumeSection.Publications,
        ["writing"] = ResumeSection.Publications,
        ["writings"] = ResumeSection.Publications,
        ["articles"] = ResumeSection.Publications,
        ["books"] = ResumeSection.Publications,
        ["patents"] = ResumeSection.Publications,
        ["bibliography"] = ResumeSection.Publications,
        ["publicações"] = ResumeSection.Publications,
        ["skills"] = ResumeSection.Skills,
        ["skill"] = ResumeSection.Skills,
        ["competencies"] = ResumeSection.Skills,
        ["competences"] = ResumeSection.Skills,
        ["technologies"] = ResumeSection.Skills,
        ["technology"] = ResumeSection.Skills,
        ["tools"] = ResumeSection.Skills,
        ["expertise"] = ResumeSection.Skills,
        ["proficiencies"] = ResumeSection.Skills,
        ["strengths"] = ResumeSection.Skills,
        ["habilidades"] = ResumeSection.Skills,
        ["competências"] = ResumeSection.Skills,
        ["compétences"] = ResumeSection.Skills,
        ["kenntnisse"] = ResumeSection.Skills,
        ["languages"] = ResumeSection.Languages,
        ["language"] = ResumeSection.Languages,
        ["idiomas"] = ResumeSection.Languages,
        ["langues"] = ResumeSection.Languages,
        ["sprachen"] = ResumeSection.Languages,
        ["interests"] = ResumeSection.Interests,
        ["hobbies"] = ResumeSection.Interests,
        ["hobby"] = ResumeSection.Interests,
        ["pastimes"] = ResumeSection.Interests,
        ["interesses"] = ResumeSection.Interests,
        ["intérêts"] = ResumeSection.Interests,
        ["loisirs"] = ResumeSection.Interests,
        ["references"] = ResumeSection.References,
        ["referees"] = ResumeSection.References,
        ["recommendations"] = ResumeSection.References,
        ["testimonials"] = ResumeSection.References,
        ["referências"] = ResumeSection.References,
        ["projects"] = ResumeSection.Projects,
        ["project"] = ResumeSection.Projects,
        ["portfolio"] = ResumeSection.Projects,
        ["projetos"] = ResumeSection.Projects,
        ["projets"] = ResumeSection.Projects,
        ["proyectos"] = ResumeSection.Projects,
        ["summary"] = ResumeSection.Summary,
        ["profile"] = ResumeSection.Summary,
        ["bio"] = ResumeSection.Summary,
        ["biography"] = ResumeSection.Summary,
        ["objective"] = ResumeSection.Summary,
        ["overview"] = ResumeSection.Summary,
        ["introduction"] = ResumeSection.Summary,
        ["resumo"] = ResumeSection.Summary,
        ["perfil"] = ResumeSection.Summary,
        ["profil"] = ResumeSection.Summary,
        ["contact"] = ResumeSection.Contact,
        ["contacts"] = ResumeSection.Contact,
        ["contato"] = ResumeSection.Contact,
        ["contacto"] = ResumeSection.Contact,
        ["kontakt"] = ResumeSection.Contact,
        ["links"] = ResumeSection.Contact,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The section a heading names, or <see cref="ResumeSection.Unknown"/>.</summary>
    /// <param name="heading">The heading text (Markdown marks, numbering and a trailing colon are ignored).</param>
    /// <returns>The section.</returns>
    public static ResumeSection Classify(string heading)
    {
        var text = Normalize(heading);
        if (text.Length == 0)
        {
            return ResumeSection.Unknown;
        }

        if (Phrases.TryGetValue(text, out var phrase))
        {
            return phrase;
        }

        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 6)
        {
            return ResumeSection.Unknown;
        }

        if (words.Contains("programming") || words.Contains("technical") || words.Contains("computer"))
        {
            if (words.Contains("languages") || words.Contains("language"))
            {
                return ResumeSection.Skills;
            }
        }

        for (var i = 0; i < words.Length; i++)
        {
            if (words[i] == "open" && i + 1 < words.Length && words[i + 1] == "source")
            {
                return ResumeSection.Projects;
            }

            if (Words.TryGetValue(words[i], out var section))
            {
                return section;
            }
        }

        return ResumeSection.Unknown;
    }

    private static readonly HashSet<string> Modifiers = new(StringComparer.Ordinal)
    {
        "professional", "technical", "work", "key", "selected", "relevant", "personal", "other", "additional", "academic", "core",
        "recent", "and", "of", "the", "my", "history", "summary", "highlights", "background", "details", "information", "honors",
        "list", "main", "industry", "research", "teaching", "software", "language", "spoken", "soft", "hard", "side", "personal",
    };

    /// <summary>Whether a line consists of section words only ("Work Experience", "Technical Skills"), not a phrase that
    /// merely contains one ("Books about old maps").</summary>
    /// <param name="text">The line.</param>
    /// <returns>Whether it does.</returns>
    public static bool IsPureHeading(string text)
    {
        var normalized = Normalize(text);
        if (Phrases.ContainsKey(normalized))
        {
            return true;
        }

        var words = normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 0 && words.Any(Words.ContainsKey) && words.All(w => Words.ContainsKey(w) || Modifiers.Contains(w));
    }

    /// <summary>The heading reduced to lower-case words: no Markdown marks, numbering, emoji or trailing colon.</summary>
    /// <param name="heading">The heading.</param>
    /// <returns>The normalised text.</returns>
    public static string Normalize(string heading)
    {
        ArgumentNullException.ThrowIfNull(heading);
        var sb = new StringBuilder(heading.Length);
        foreach (var c in heading.Normalize(NormalizationForm.FormC))
        {
            if (char.IsLetter(c))
            {
                sb.Append(char.ToLowerInvariant(c));
            }
            else if (c == '&')
            {
                sb.Append(" and ");
            }
            else if (c is '\'' or '’')
            {
                continue;
            }
            else
            {
                sb.Append(' ');
            }
        }

        var words = sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 2 && words.All(w => w.Length == 1))
        {
            return string.Concat(words); // letter-spaced: "E X P E R I E N C E"
        }

        return string.Join(' ', words.Where(w => w != "my" && w != "selected" && w != "recent" && w != "key"))
            .ToString(CultureInfo.InvariantCulture);
    }
}
