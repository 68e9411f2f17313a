using System.Globalization;
using System.Text.RegularExpressions;
using JsonResume.Vocabulary;

namespace JsonResume.Import.Recognition;

/// <summary>
/// Tells whether a line is a person's name, and infers a name a document never states: from the email address's local
/// part agreeing with a profile slug (<c>janedoe@…</c> and <c>linkedin.com/in/jane-doe-1234</c> give <c>Jane Doe</c>), from
/// the surname repeated in author lists, or from a sentence such as <c>my name is Jane</c>.
/// </summary>
internal partial class NameInference
{
    private static readonly HashSet<string> Particles = new(StringComparer.OrdinalIgnoreCase)
    {
        "van", "von", "de", "da", "das", "do", "dos", "der", "den", "la", "le", "di", "du", "del", "della", "bin", "binti", "al", "el", "y", "e", "ten", "ter",
    };

    /// <summary>Whether a line reads as a person's name: two to five capitalised words (initials and particles allowed),
    /// with no job-title, organisation or section words.</summary>
    /// <param name="text">The line.</param>
    /// <returns>Whether it does.</returns>
    public static bool IsPersonName(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = text.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 1 or > 5 || text.Length > 60)
        {
            return false;
        }

        if (IsCjkName(words))
        {
            return NotOtherwiseKnown(text);
        }

        var capitalised = 0;
        foreach (var w in words)
        {
            if (Particles.Contains(w))
            {
                continue;
            }

            var core = w.Trim('"', '“', '”', '(', ')', ',');
            if (core.Length == 0 || !char.IsUpper(core[0]) || !core.All(c => char.IsLetter(c) || c is '.' or '-' or '\'' or '’' or '"'))
            {
                return false;
            }

            capitalised++;
        }

        return capitalised >= (words.Length == 1 ? 1 : 2) && NotOtherwiseKnown(text);
    }

    /// <summary>Chinese and Korean names are two to four syllables, Japanese ones family and given name (often with a
    /// space): at most this many characters in CJK script, without spaces counted.</summary>
    private const int MaxCjkNameLength = 6;

    /// <summary>A name in CJK script: one or two runs of Han, kana or Hangul, two to <see cref="MaxCjkNameLength"/> characters.</summary>
    private static bool IsCjkName(string[] words)
    {
        var length = 0;
        foreach (var w in words)
        {
            foreach (var c in w)
            {
                if (!Lexicon.IsCjk(c) && c is not '·' and not '・')
                {
                    return false;
                }
            }

            length += w.Length;
        }

        return words.Length <= 2 && length is >= 2 and <= MaxCjkNameLength;
    }

    private static bool NotOtherwiseKnown(string text) =>
        Lexicon.TitleScore(text) == 0 && Lexicon.OrganisationScore(text) == 0
        && SectionNames.Classify(text) == ResumeSection.Unknown && !DocumentTitles.IsDocumentTitle(text)
        && !Countries.TryGetCode(text, out _) && !Lexicon.IsKnownCity(text) && !LocationRecognizer.TryParse(text, out _);

    /// <summary>Title case for a name written in capitals (<c>JANE DOE</c> gives <c>Jane Doe</c>); other text is returned as is.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The text in title case when it was all capitals.</returns>
    public static string TitleCaseIfShouting(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var letters = text.Where(char.IsLetter).ToList();
        if (letters.Count < 2 || letters.Any(char.IsLower))
        {
            return text;
        }

        var small = new HashSet<string>(StringComparer.Ordinal) { "and", "of", "the", "for", "in", "on", "at", "to", "a", "an", "&", "or" };
        var words = text.ToLowerInvariant().Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            if (words[i].Length > 0 && (i == 0 || !small.Contains(words[i])))
            {
                words[i] = char.ToUpperInvariant(words[i][0]) + words[i][1..];
            }
        }

        return string.Join(' ', words);
    }

    /// <summary>A name from an email address whose local part is the words of a profile slug run together
    /// (<c>janedoe</c> and <c>jane-doe-1234</c>), or is written with dots (<c>jane.doe</c>).</summary>
    /// <param name="email">The email address.</param>
    /// <param name="slugs">Usernames from profile addresses.</param>
    /// <returns>The name, or null.</returns>
    public static string? FromEmailAndSlugs(string? email, IEnumerable<string> slugs)
    {
        ArgumentNullException.ThrowIfNull(slugs);
        var at = email?.IndexOf('@', StringComparison.Ordinal) ?? -1;
        if (email is null || at <= 0)
        {
            return null;
        }

        var local = email[..at].ToLowerInvariant();
        var letters = new string(local.Where(char.IsLetter).ToArray());
        foreach (var slug in slugs)
        {
            var words = slug.ToLowerInvariant().Split(['-', '_', '.'], StringSplitOptions.RemoveEmptyEntries)
                .Where(w => w.Length >= 2 && w.All(char.IsLetter)).ToList();
            if (words.Count >= 2 && string.Concat(words) == letters)
            {
                return Title(words);
            }
        }

        return null;
    }

    /// <summary>A name from an email address and the surname that recurs in author lists (<c>LN Doe, AB Smith</c>):
    /// the local part must end with that surname (<c>janedoe</c>), and what comes before it is the first name.</summary>
    /// <param name="email">The email address.</param>
    /// <param name="authorLists">Author lists, one string each.</param>
    /// <returns>The name, or null.</returns>
    public static string? FromEmailAndAuthors(string? email, IEnumerable<string> authorLists)
    {
        ArgumentNullException.ThrowIfNull(authorLists);
        var at = email?.IndexOf('@', StringComparison.Ordinal) ?? -1;
        if (email is null || at <= 0)
        {
            return null;
        }

        var letters = new string(email[..at].ToLowerInvariant().Where(char.IsLetter).ToArray());
        var surnames = authorLists.SelectMany(list => Author().Matches(list).Select(m => (Initials: m.Groups["i"].Value, Surname: m.Groups["s"].Value)))
            .GroupBy(a => a.Surname.ToLowerInvariant())
            .OrderByDescending(g => g.Count());
        foreach (var group in surnames)
        {
            if (group.Count() < 2 || !letters.EndsWith(group.Key, StringComparison.Ordinal) || letters.Length <= group.Key.Length + 1)
            {
                continue;
            }

            var first = letters[..^group.Key.Length];
            if (group.All(a => char.ToLowerInvariant(a.Initials[0]) == first[0]))
            {
                return Title([first, group.Key]);
            }
        }

        return null;
    }

    /// <summary>A name stated in prose: <c>my name is Jane</c>, <c>I'm Jane Doe</c>, <c>call me Jane</c>.</summary>
    /// <param name="text">The sentence.</param>
    /// <returns>The name, or null.</returns>
    public static string? FromProse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var m = NameSentence().Match(text);
        return m.Success ? m.Groups["n"].Value.Trim() : null;
    }

    private static string Title(IEnumerable<string> words) =>
        string.Join(' ', words.Select(w => char.ToUpper(w[0], CultureInfo.InvariantCulture) + w[1..]));

    [GeneratedRegex(@"(?:^|,\s*|\band\s+)(?<i>\p{Lu}{1,3}|\p{Lu}\.(?:\s?\p{Lu}\.)*)\s+(?<s>\p{Lu}[\p{Ll}'’-]+(?:-\p{Lu}[\p{Ll}]+)?)(?=\s*(?:,|\.|\s-|$|\sand\b))", RegexOptions.CultureInvariant)]
    private static partial Regex Author();

    [GeneratedRegex(@"\b(?i:my name is|my name's|i['’]m|i am|call me|this is)\s+(?<n>\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})(?=\s*(?:[.,!;:]|$|\s+and\b|\s+\())", RegexOptions.CultureInvariant)]
    private static partial Regex NameSentence();
}
