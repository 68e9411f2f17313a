using System.Collections.Frozen;

namespace JsonResume.Vocabulary;

/// <summary>
/// The words a document uses to name itself ("Curriculum Vitae", "Résumé", "Lebenslauf"): such a line is the document's
/// title, never the person's name or job title. Source: the usual names of the document in each language the converter
/// reads (Europass and national CV template titles), with the modifiers that commonly precede them.
/// </summary>
internal static class DocumentTitles
{
    private static readonly FrozenSet<string> Titles = new[]
    {
        "curriculum vitae", "curriculum", "cv", "c v", "resume", "résumé", "resumé", "my resume", "my cv",
        "lebenslauf", "tabellarischer lebenslauf", "currículum vitae", "currículum", "curriculum vitæ", "currículo", "curriculo",
        "levensloop", "życiorys", "резюме", "简历", "个人简历", "履歴書", "職務経歴書",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Modifiers = new[]
    {
        "personal", "professional", "academic", "my", "updated", "short", "full", "english", "persönlicher", "mon", "mi", "meu", "il", "mijn", "mój", "моё", "мое",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Whether a line names the document itself ("CURRICULUM VITAE", "Personal Resume", "Résumé").</summary>
    /// <param name="line">The line (Markdown marks, emoji and punctuation are ignored).</param>
    /// <returns>Whether it does.</returns>
    public static bool IsDocumentTitle(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (line.Length > 40)
        {
            return false;
        }

        var words = new List<string>();
        var current = new System.Text.StringBuilder();
        foreach (var c in line)
        {
            if (char.IsLetter(c))
            {
                current.Append(char.ToLowerInvariant(c));
            }
            else if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            words.Add(current.ToString());
        }

        var start = 0;
        while (start < words.Count && Modifiers.Contains(words[start]))
        {
            start++;
        }

        return start < words.Count && Titles.Contains(string.Join(' ', words.Skip(start)));
    }
}
