using System.Collections.Frozen;
using System.Text;

namespace JsonResume.Import.Own;

/// <summary>
/// Section headings: the one the renderers write for each section (<c>## Experience</c> in Markdown,
/// <c>EXPERIENCE</c> in plain text) and the common synonyms a person might write instead, for recognising headings
/// of any case (Work History, PROFESSIONAL EXPERIENCE, Honours and Awards, ...).
/// </summary>
public static class SectionNames
{
    private static readonly (ResumeSection Section, string Json, string Title, string[] Synonyms)[] Table =
    [
        (ResumeSection.Work, "work", "Experience",
            ["work", "work experience", "professional experience", "relevant experience", "employment", "employment history",
             "work history", "career", "career history", "professional history", "positions", "positions held", "jobs"]),
        (ResumeSection.Volunteer, "volunteer", "Volunteering",
            ["volunteer", "volunteer experience", "volunteer work", "volunteering experience", "community service", "community involvement"]),
        (ResumeSection.Education, "education", "Education",
            ["education and training", "academic background", "academic history", "academic qualifications", "qualifications", "studies", "degrees"]),
        (ResumeSection.Awards, "awards", "Awards",
            ["award", "honors", "honours", "awards and honors", "awards and honours", "honors and awards", "honours and awards",
             "prizes", "achievements", "distinctions", "scholarships", "grants"]),
        (ResumeSection.Certificates, "certificates", "Certificates",
            ["certificate", "certifications", "certification", "licenses", "licences", "licenses and certifications", "credentials"]),
        (ResumeSection.Publications, "publications", "Publications",
            ["publication", "papers", "selected publications", "publication highlights", "articles", "books", "talks and publications"]),
        (ResumeSection.Skills, "skills", "Skills",
            ["skill", "technical skills", "key skills", "core skills", "competencies", "core competencies", "expertise", "technologies",
             "tools", "skills and tools", "areas of expertise"]),
        (ResumeSection.Languages, "languages", "Languages",
            ["language", "spoken languages", "language skills"]),
        (ResumeSection.Interests, "interests", "Interests",
            ["interest", "hobbies", "hobbies and interests", "interests and hobbies", "personal interests", "activities"]),
        (ResumeSection.References, "references", "References",
            ["reference", "referees", "recommendations", "testimonials"]),
        (ResumeSection.Projects, "projects", "Projects",
            ["project", "selected projects", "personal projects", "side projects", "open source", "open-source projects", "portfolio"]),
    ];

    private static readonly FrozenDictionary<string, ResumeSection> Known = Table
        .SelectMany(row => row.Synonyms.Append(row.Json).Append(row.Title).Select(name => (Key: Key(name), row.Section)))
        .DistinctBy(pair => pair.Key)
        .ToFrozenDictionary(pair => pair.Key, pair => pair.Section, StringComparer.Ordinal);

    /// <summary>Every section, in the standard's order.</summary>
    public static IReadOnlyList<ResumeSection> All { get; } = Table.Select(row => row.Section).ToArray();

    /// <summary>The heading the renderers write, such as <c>Experience</c> (plain text writes it in upper case).</summary>
    /// <param name="section">A section.</param>
    /// <returns>The heading.</returns>
    public static string Title(ResumeSection section) => Table[(int)section].Title;

    /// <summary>The property name in a JSON Resume document, such as <c>work</c>.</summary>
    /// <param name="section">A section.</param>
    /// <returns>The property name.</returns>
    public static string JsonName(ResumeSection section) => Table[(int)section].Json;

    /// <summary>
    /// Recognises a heading as a section, ignoring case, surrounding punctuation and decoration (<c>## Work History:</c>,
    /// <c>PROFESSIONAL EXPERIENCE</c>, <c>Honours &amp; Awards</c>).
    /// </summary>
    /// <param name="heading">The heading text.</param>
    /// <param name="section">The section, when recognised.</param>
    /// <returns>Whether the heading names a section.</returns>
    public static bool TryRecognize(string heading, out ResumeSection section)
    {
        ArgumentNullException.ThrowIfNull(heading);
        return Known.TryGetValue(Key(heading), out section);
    }

    /// <summary>Lower case letters and digits with single spaces; '&amp;' reads as "and".</summary>
    private static string Key(string heading)
    {
        var sb = new StringBuilder(heading.Length);
        foreach (var c in heading.Replace("&", " and ", StringComparison.Ordinal))
        {
            if (char.IsLetterOrDigit(c) || c == '-')
            {
                sb.Append(char.ToLowerInvariant(c));
            }
            else if (sb.Length > 0 && sb[^1] != ' ')
            {
                sb.Append(' ');
            }
        }

        return sb.ToString().Trim();
    }
}
