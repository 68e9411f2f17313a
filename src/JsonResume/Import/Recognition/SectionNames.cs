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
        // Eleven languages (issue 10): common CV phrases, by language: de, fr, es, pt, it, nl, pl, ru.
        ["persönliche daten"] = ResumeSection.Contact,
        ["persönliche angaben"] = ResumeSection.Contact,
        ["beruflicher werdegang"] = ResumeSection.Work,
        ["centres dintérêt"] = ResumeSection.Interests,
        ["centres dintérêts"] = ResumeSection.Interests,
        ["centre dintérêt"] = ResumeSection.Interests,
        ["me contacter"] = ResumeSection.Contact,
        ["informations personnelles"] = ResumeSection.Contact,
        ["parcours professionnel"] = ResumeSection.Work,
        ["datos personales"] = ResumeSection.Contact,
        ["sobre mí"] = ResumeSection.Summary,
        ["acerca de mí"] = ResumeSection.Summary,
        ["información personal"] = ResumeSection.Contact,
        ["informações pessoais"] = ResumeSection.Contact,
        ["dati personali"] = ResumeSection.Contact,
        ["informazioni personali"] = ResumeSection.Contact,
        ["chi sono"] = ResumeSection.Summary,
        ["persoonlijke gegevens"] = ResumeSection.Contact,
        ["over mij"] = ResumeSection.Summary,
        ["dane osobowe"] = ResumeSection.Contact,
        ["dane kontaktowe"] = ResumeSection.Contact,
        ["o mnie"] = ResumeSection.Summary,
        ["znajomość języków"] = ResumeSection.Languages,
        ["języki obce"] = ResumeSection.Languages,
        ["о себе"] = ResumeSection.Summary,
        ["личная информация"] = ResumeSection.Contact,
        ["личные данные"] = ResumeSection.Contact,
        ["знание языков"] = ResumeSection.Languages,
        ["иностранные языки"] = ResumeSection.Languages,
        ["ключевые навыки"] = ResumeSection.Skills,
        ["контактная информация"] = ResumeSection.Contact,
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
        // German: common CV headings (Lebenslauf templates of the Bundesagentur für Arbeit and Europass de)
        ["arbeitserfahrung"] = ResumeSection.Work,
        ["berufserfahrungen"] = ResumeSection.Work,
        ["praxiserfahrung"] = ResumeSection.Work,
        ["berufspraxis"] = ResumeSection.Work,
        ["werdegang"] = ResumeSection.Work,
        ["berufstätigkeit"] = ResumeSection.Work,
        ["erfahrung"] = ResumeSection.Work,
        ["ehrenamt"] = ResumeSection.Volunteer,
        ["ehrenamtliches"] = ResumeSection.Volunteer,
        ["engagement"] = ResumeSection.Volunteer,
        ["bildung"] = ResumeSection.Education,
        ["bildungsweg"] = ResumeSection.Education,
        ["schulbildung"] = ResumeSection.Education,
        ["studium"] = ResumeSection.Education,
        ["hochschulbildung"] = ResumeSection.Education,
        ["schulausbildung"] = ResumeSection.Education,
        ["auszeichnungen"] = ResumeSection.Awards,
        ["preise"] = ResumeSection.Awards,
        ["ehrungen"] = ResumeSection.Awards,
        ["zertifikate"] = ResumeSection.Certificates,
        ["zertifizierungen"] = ResumeSection.Certificates,
        ["weiterbildung"] = ResumeSection.Certificates,
        ["weiterbildungen"] = ResumeSection.Certificates,
        ["fortbildungen"] = ResumeSection.Certificates,
        ["publikationen"] = ResumeSection.Publications,
        ["veröffentlichungen"] = ResumeSection.Publications,
        ["fähigkeiten"] = ResumeSection.Skills,
        ["kompetenzen"] = ResumeSection.Skills,
        ["fachkenntnisse"] = ResumeSection.Skills,
        ["edv"] = ResumeSection.Skills,
        ["sprachkenntnisse"] = ResumeSection.Languages,
        ["interessen"] = ResumeSection.Interests,
        ["hobbys"] = ResumeSection.Interests,
        ["referenzen"] = ResumeSection.References,
        ["projekte"] = ResumeSection.Projects,
        ["projekterfahrung"] = ResumeSection.Projects,
        ["zusammenfassung"] = ResumeSection.Summary,
        ["kurzprofil"] = ResumeSection.Summary,
        ["kontaktdaten"] = ResumeSection.Contact,
        // French: Europass fr section names and common CV templates
        ["éducation"] = ResumeSection.Education,
        ["diplômes"] = ResumeSection.Education,
        ["études"] = ResumeSection.Education,
        ["cursus"] = ResumeSection.Education,
        ["prix"] = ResumeSection.Awards,
        ["récompenses"] = ResumeSection.Awards,
        ["certificats"] = ResumeSection.Certificates,
        ["compétence"] = ResumeSection.Skills,
        ["connaissances"] = ResumeSection.Skills,
        ["langue"] = ResumeSection.Languages,
        ["intérêt"] = ResumeSection.Interests,
        ["passions"] = ResumeSection.Interests,
        ["références"] = ResumeSection.References,
        ["projet"] = ResumeSection.Projects,
        ["coordonnées"] = ResumeSection.Contact,
        ["contacter"] = ResumeSection.Contact,
        ["bénévole"] = ResumeSection.Volunteer,
        ["associatif"] = ResumeSection.Volunteer,
        ["associatives"] = ResumeSection.Volunteer,
        // Spanish: Europass es section names and common CV templates
        ["experiencias"] = ResumeSection.Work,
        ["estudios"] = ResumeSection.Education,
        ["académica"] = ResumeSection.Education,
        ["reconocimientos"] = ResumeSection.Awards,
        ["logros"] = ResumeSection.Awards,
        ["certificaciones"] = ResumeSection.Certificates,
        ["certificados"] = ResumeSection.Certificates,
        ["publicaciones"] = ResumeSection.Publications,
        ["competencias"] = ResumeSection.Skills,
        ["conocimientos"] = ResumeSection.Skills,
        ["aptitudes"] = ResumeSection.Skills,
        ["intereses"] = ResumeSection.Interests,
        ["aficiones"] = ResumeSection.Interests,
        ["referencias"] = ResumeSection.References,
        ["proyecto"] = ResumeSection.Projects,
        ["resumen"] = ResumeSection.Summary,
        ["objetivo"] = ResumeSection.Summary,
        // Portuguese: Europass pt section names and common CV templates (pt-BR and pt-PT)
        ["educacao"] = ResumeSection.Education,
        ["escolaridade"] = ResumeSection.Education,
        ["acadêmica"] = ResumeSection.Education,
        ["prémios"] = ResumeSection.Awards,
        ["conquistas"] = ResumeSection.Awards,
        ["certificacoes"] = ResumeSection.Certificates,
        ["publicacoes"] = ResumeSection.Publications,
        ["conhecimentos"] = ResumeSection.Skills,
        ["projeto"] = ResumeSection.Projects,
        ["projectos"] = ResumeSection.Projects,
        ["contactos"] = ResumeSection.Contact,
        ["contatos"] = ResumeSection.Contact,
        // Italian: Europass it section names and common CV templates
        ["esperienza"] = ResumeSection.Work,
        ["esperienze"] = ResumeSection.Work,
        ["lavorativa"] = ResumeSection.Work,
        ["lavorative"] = ResumeSection.Work,
        ["volontariato"] = ResumeSection.Volunteer,
        ["istruzione"] = ResumeSection.Education,
        ["formazione"] = ResumeSection.Education,
        ["studi"] = ResumeSection.Education,
        ["premi"] = ResumeSection.Awards,
        ["riconoscimenti"] = ResumeSection.Awards,
        ["certificazioni"] = ResumeSection.Certificates,
        ["attestati"] = ResumeSection.Certificates,
        ["corsi"] = ResumeSection.Certificates,
        ["pubblicazioni"] = ResumeSection.Publications,
        ["competenze"] = ResumeSection.Skills,
        ["capacità"] = ResumeSection.Skills,
        ["conoscenze"] = ResumeSection.Skills,
        ["lingue"] = ResumeSection.Languages,
        ["interessi"] = ResumeSection.Interests,
        ["referenze"] = ResumeSection.References,
        ["progetti"] = ResumeSection.Projects,
        ["profilo"] = ResumeSection.Summary,
        ["sommario"] = ResumeSection.Summary,
        ["contatti"] = ResumeSection.Contact,
        // Dutch: Europass nl section names and common cv templates
        ["werkervaring"] = ResumeSection.Work,
        ["ervaring"] = ResumeSection.Work,
        ["loopbaan"] = ResumeSection.Work,
        ["vrijwilligerswerk"] = ResumeSection.Volunteer,
        ["opleiding"] = ResumeSection.Education,
        ["opleidingen"] = ResumeSection.Education,
        ["onderwijs"] = ResumeSection.Education,
        ["prijzen"] = ResumeSection.Awards,
        ["onderscheidingen"] = ResumeSection.Awards,
        ["certificaten"] = ResumeSection.Certificates,
        ["certificeringen"] = ResumeSection.Certificates,
        ["cursussen"] = ResumeSection.Certificates,
        ["publicaties"] = ResumeSection.Publications,
        ["vaardigheden"] = ResumeSection.Skills,
        ["competenties"] = ResumeSection.Skills,
        ["talen"] = ResumeSection.Languages,
        ["talenkennis"] = ResumeSection.Languages,
        ["referenties"] = ResumeSection.References,
        ["projecten"] = ResumeSection.Projects,
        ["profiel"] = ResumeSection.Summary,
        ["samenvatting"] = ResumeSection.Summary,
        ["contactgegevens"] = ResumeSection.Contact,
        // Polish: Europass pl section names and common CV templates
        ["doświadczenie"] = ResumeSection.Work,
        ["zatrudnienie"] = ResumeSection.Work,
        ["wolontariat"] = ResumeSection.Volunteer,
        ["wykształcenie"] = ResumeSection.Education,
        ["edukacja"] = ResumeSection.Education,
        ["nagrody"] = ResumeSection.Awards,
        ["osiągnięcia"] = ResumeSection.Awards,
        ["wyróżnienia"] = ResumeSection.Awards,
        ["certyfikaty"] = ResumeSection.Certificates,
        ["kursy"] = ResumeSection.Certificates,
        ["szkolenia"] = ResumeSection.Certificates,
        ["publikacje"] = ResumeSection.Publications,
        ["umiejętności"] = ResumeSection.Skills,
        ["kompetencje"] = ResumeSection.Skills,
        ["języki"] = ResumeSection.Languages,
        ["zainteresowania"] = ResumeSection.Interests,
        ["referencje"] = ResumeSection.References,
        ["projekty"] = ResumeSection.Projects,
        ["podsumowanie"] = ResumeSection.Summary,
        // Russian: common CV headings (hh.ru résumé sections, Europass ru)
        ["опыт"] = ResumeSection.Work,
        ["карьера"] = ResumeSection.Work,
        ["волонтерство"] = ResumeSection.Volunteer,
        ["волонтёрство"] = ResumeSection.Volunteer,
        ["образование"] = ResumeSection.Education,
        ["награды"] = ResumeSection.Awards,
        ["достижения"] = ResumeSection.Awards,
        ["сертификаты"] = ResumeSection.Certificates,
        ["курсы"] = ResumeSection.Certificates,
        ["сертификация"] = ResumeSection.Certificates,
        ["публикации"] = ResumeSection.Publications,
        ["навыки"] = ResumeSection.Skills,
        ["компетенции"] = ResumeSection.Skills,
        ["технологии"] = ResumeSection.Skills,
        ["языки"] = ResumeSection.Languages,
        ["интересы"] = ResumeSection.Interests,
        ["хобби"] = ResumeSection.Interests,
        ["увлечения"] = ResumeSection.Interests,
        ["рекомендации"] = ResumeSection.References,
        ["проекты"] = ResumeSection.Projects,
        ["цель"] = ResumeSection.Summary,
        ["контакты"] = ResumeSection.Contact,
        // Chinese: common 简历 section headings (zh-CN templates)
        ["工作经历"] = ResumeSection.Work,
        ["工作经验"] = ResumeSection.Work,
        ["实习经历"] = ResumeSection.Work,
        ["职业经历"] = ResumeSection.Work,
        ["志愿者经历"] = ResumeSection.Volunteer,
        ["志愿服务"] = ResumeSection.Volunteer,
        ["教育背景"] = ResumeSection.Education,
        ["教育经历"] = ResumeSection.Education,
        ["学历"] = ResumeSection.Education,
        ["获奖情况"] = ResumeSection.Awards,
        ["荣誉奖项"] = ResumeSection.Awards,
        ["获奖经历"] = ResumeSection.Awards,
        ["荣誉"] = ResumeSection.Awards,
        ["证书"] = ResumeSection.Certificates,
        ["资格证书"] = ResumeSection.Certificates,
        ["发表论文"] = ResumeSection.Publications,
        ["论文"] = ResumeSection.Publications,
        ["出版物"] = ResumeSection.Publications,
        ["技能"] = ResumeSection.Skills,
        ["专业技能"] = ResumeSection.Skills,
        ["技术栈"] = ResumeSection.Skills,
        ["语言能力"] = ResumeSection.Languages,
        ["语言"] = ResumeSection.Languages,
        ["兴趣爱好"] = ResumeSection.Interests,
        ["爱好"] = ResumeSection.Interests,
        ["推荐人"] = ResumeSection.References,
        ["项目经验"] = ResumeSection.Projects,
        ["项目经历"] = ResumeSection.Projects,
        ["项目"] = ResumeSection.Projects,
        ["自我评价"] = ResumeSection.Summary,
        ["个人简介"] = ResumeSection.Summary,
        ["个人总结"] = ResumeSection.Summary,
        ["联系方式"] = ResumeSection.Contact,
        ["个人信息"] = ResumeSection.Contact,
        // Japanese: common 履歴書 / 職務経歴書 section headings
        ["職歴"] = ResumeSection.Work,
        ["職務経歴"] = ResumeSection.Work,
        ["経歴"] = ResumeSection.Work,
        ["学歴"] = ResumeSection.Education,
        ["受賞歴"] = ResumeSection.Awards,
        ["表彰"] = ResumeSection.Awards,
        ["資格"] = ResumeSection.Certificates,
        ["免許"] = ResumeSection.Certificates,
        ["論文"] = ResumeSection.Publications,
        ["発表"] = ResumeSection.Publications,
        ["スキル"] = ResumeSection.Skills,
        ["技術"] = ResumeSection.Skills,
        ["語学"] = ResumeSection.Languages,
        ["言語"] = ResumeSection.Languages,
        ["趣味"] = ResumeSection.Interests,
        ["プロジェクト"] = ResumeSection.Projects,
        ["自己pr"] = ResumeSection.Summary,
        ["職務要約"] = ResumeSection.Summary,
        ["概要"] = ResumeSection.Summary,
        ["連絡先"] = ResumeSection.Contact,
        ["ボランティア"] = ResumeSection.Volunteer,
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
        // Eleven languages (issue 10): adjectives and links of common headings in de, fr, es, pt, it, nl, pl, ru.
        "berufliche", "beruflicher", "persönliche", "fachliche", "technische", "und",
        "professionnelle", "professionnelles", "professionnel", "académique", "académiques", "techniques", "et", "des", "personnels",
        "laboral", "profesional", "académica", "técnicas", "técnicos", "y", "de", "personales",
        "profissional", "profissionais", "acadêmica", "técnicas", "e", "pessoais", "complementar",
        "lavorativa", "lavorative", "professionale", "professionali", "tecniche", "di", "personali",
        "en", "van", "persoonlijke", "zawodowe", "techniczne", "i", "obce", "osobiste",
        "работы", "профессиональные", "ключевые", "и", "личные", "иностранные",
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
