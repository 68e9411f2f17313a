using JsonResume.Import.Recognition;
using JsonResume.Vocabulary;

namespace JsonResume.Import.Blocks;

/// <summary>
/// Decides whether two consecutive source lines are one wrapped line of prose (to be joined) or separate lines
/// (a header line, a date line, a short field). Shared by the plain-text and Markdown readers.
/// </summary>
internal static partial class LineJoiner
{
    /// <summary>Whether a line reads as a field of an entry header rather than prose: all emphasised, dated, in capitals,
    /// or short without closing punctuation.</summary>
    public static bool IsHeaderish(RichText line)
    {
        // Joining asks about each line two or three times (as the later line, then as the earlier one); past the
        // emphasis, the answer depends on the text only, so recent answers are kept.
        return line.IsAllEmphasized || (t_headerish ??= new()).Get(line.Text, ReadsAsHeader);
    }

    [ThreadStatic]
    private static RecentAnswers<bool>? t_headerish;

    private static bool ReadsAsHeader(string line)
    {
        var text = line.Trim();
        if (text.Length == 0)
        {
            return true;
        }

        if (text.Contains('\t', StringComparison.Ordinal) || LabelValue().IsMatch(text))
        {
            return true;
        }

        if (text.Length <= 80 && (WebAddress.TryEmail(text, out _) || (WebAddress.Normalize(text) is not null && !text.Contains(' ', StringComparison.Ordinal)) || PhoneRecognizer.TryFind(text, out _, out var length) && length >= text.Length - 2))
        {
            return true;
        }

        // The length bound first: longer text never passes the date test, and finding a date in it costs its length.
        if (text.Length <= MaxDatedHeaderLength && DateRecognizer.Default.Find(text) is { } date && (date.IsRange || text.Length <= 40)
            && (text.Length <= 90 || (text.Length <= MaxDatedHeaderLength && (date.Index <= 2 || date.EndIndex >= text.TrimEnd('.', ' ', ':').Length - 1)))
            && (text.Length <= 40 || !IsSentence(text.Remove(date.Index, date.Length))))
        {
            return true;
        }

        if (IsShouting(text))
        {
            return true;
        }

        return text.Length <= 30 && !EndsSentence(text) && char.IsUpper(text[0]) && !IsSentence(text);
    }

    /// <summary>The longest line that can be a dated header line (see <see cref="IsHeaderish"/>).</summary>
    private const int MaxDatedHeaderLength = 220;

    /// <summary>
    /// A logical line stops growing at this many characters: no wrapped paragraph of a résumé is that long, and each
    /// join re-reads the whole line, so without a bound a text of many wrapped lines would take quadratic time.
    /// </summary>
    public const int MaxJoinedLength = 2000;

    /// <summary>At least three letters and none in lower case (stops at the first lower-case letter).</summary>
    private static bool IsShouting(string text)
    {
        var letters = 0;
        foreach (var c in text)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            if (char.IsLetter(c))
            {
                letters++;
            }
        }

        return letters >= 3;
    }

    // Source: the articles, prepositions and conjunctions that occur inside job titles and organisation names ("Head of
    // Sales", "Banco do Brasil", "Sp. z o.o."), in the languages the converter reads; they say nothing about running text.
    private static readonly HashSet<string> FunctionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "of", "the", "and", "for", "in", "at", "on", "to", "with", "a", "an", "by", "&", "de", "da", "do", "des", "du", "y", "et", "und", "or",
        "from", "as", "e", "la", "le", "del", "di", "van", "von", "der", "dos", "das", "em", "no", "na", "el", "en", "los", "las",
        "il", "per", "het", "voor", "für", "im", "au", "aux", "z", "и", "в", "на", "с", "по",
    };

    /// <summary>Longest line read as a "term – value" list item, and longest term in it.</summary>
    private const int MaxTermAndValueLength = 60, MaxTermLength = 30;

    private static readonly HashSet<string> SentenceStarts = new(StringComparer.Ordinal)
    {
        "I", "We", "My", "Our", "This", "These", "It", "A", "An", "He", "She", "They", "Their", "His", "Her",
    };

    [ThreadStatic]
    private static RecentAnswers<bool>? t_sentences;

    /// <summary>Whether a line reads as a sentence (running text) rather than a name, title or place.</summary>
    public static bool IsSentence(string text)
    {
        // The readers ask about the same line several times (joining, then classifying, then splitting its fields), and
        // the answer costs a few regular-expression passes and a list of its words: recent answers are kept.
        ArgumentNullException.ThrowIfNull(text);
        return (t_sentences ??= new()).Get(text, ReadsAsSentence);
    }

    private static bool ReadsAsSentence(string text)
    {
        var t = text.Trim();
        if (t.AsSpan().ContainsAny(SentenceEnds) && SentenceBreak().IsMatch(t))
        {
            return true;
        }

        // One pass over the words as spans (no string or list per word): the first two words, and how many content
        // words (not function words, starting with a letter) there are and start in lower case, all and after the first.
        var source = t.AsSpan().ContainsAny(AddressMarks) ? WebLike().Replace(t, " ") : t;
        var functionWords = FunctionWords.GetAlternateLookup<ReadOnlySpan<char>>();
        var (first, second) = (default(Range), default(Range));
        var (words, content, lowerContent, lowerAfterFirst) = (0, 0, 0, 0);
        var lastAbbreviation = false;
        foreach (var m in Words().EnumerateMatches(source))
        {
            var w = source.AsSpan(m.Index, m.Length);
            if (words == 0)
            {
                first = new Range(m.Index, m.Index + m.Length);
            }
            else if (words == 1)
            {
                second = new Range(m.Index, m.Index + m.Length);
            }

            words++;
            lastAbbreviation = IsDottedInitials(w);
            if (!functionWords.Contains(w) && char.IsLetter(w[0]) && !lastAbbreviation)
            {
                content++;
                if (char.IsLower(w[0]))
                {
                    lowerContent++;
                    lowerAfterFirst += content > 1 ? 1 : 0;
                }
            }
        }

        if (t.Length > 110)
        {
            return lowerContent > content * 0.25;
        }

        if (words >= 2 && char.IsLower(source[second.Start.Value]))
        {
            var w0 = source.AsSpan()[first];
            var starts = SentenceStarts.GetAlternateLookup<ReadOnlySpan<char>>().Contains(w0);
            if ((starts && !functionWords.Contains(source.AsSpan()[second])) || (w0.Length > 4 && (w0.EndsWith("ed", StringComparison.Ordinal) || w0.EndsWith("ing", StringComparison.Ordinal))))
            {
                return true;
            }

            if (starts && w0 is not ("A" or "An"))
            {
                return true;
            }
        }

        // The period of a closing abbreviation ("Sp. z o.o.", "B.V.") does not end a sentence.
        var period = (t.EndsWith('.') && !lastAbbreviation) || t.EndsWith('!') || t.EndsWith('?');
        if (content < 4 || (!period && content < 6))
        {
            return t.EndsWith("...", StringComparison.Ordinal);
        }

        return (double)lowerAfterFirst / (content - 1) > (period ? 0.4 : 0.5);
    }

    /// <summary>Every <see cref="SentenceBreak"/> holds one of these.</summary>
    private const string SentenceEnds = ".!?";

    /// <summary>Every <see cref="WebLike"/> word holds one of these ('@', "://", "www." or a dot before a domain).</summary>
    private const string AddressMarks = "@:.";

    /// <summary>Letters each followed by a period ("o.o.", "B.V.", "e.V."): an abbreviation, not a word of running text.</summary>
    private static bool IsDottedInitials(ReadOnlySpan<char> w)
    {
        if (w.Length < 4 || w.Length % 2 != 0)
        {
            return false;
        }

        for (var k = 0; k < w.Length; k += 2)
        {
            if (!char.IsLetter(w[k]) || w[k + 1] != '.')
            {
                return false;
            }
        }

        return true;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?:\b(?!(?:Prof|Dept|Univ|Bros|Mass|Calif|Corp|Assn|Assoc)\.)(?:\p{L}\p{Ll}{3,}|\p{Ll}{1,3}|\d+)|\))[.!?]\s+\p{Lu}", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex SentenceBreak();

    // Whole words (runs of non-space) holding an address mark. Tested once per word start: the equivalent
    // \S*(?:@|://|www\.)\S*|\S+\.(?:com|…)\b\S* is retried at every position of a long word (quadratic).
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<!\S)(?=\S*?(?:@|://|www\.)|\S+?\.(?:com|org|net|io|dev|me|co|uk|de|fr|ca)\b)\S+", System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex WebLike();

    [System.Text.RegularExpressions.GeneratedRegex(@"^\p{Lu}[\p{L} &/-]{1,30}:\s+\S", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex LabelValue();

    [System.Text.RegularExpressions.GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}'’&.-]*", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex Words();

    /// <summary>Whether line <paramref name="b"/> continues line <paramref name="a"/>.</summary>
    /// <param name="a">The earlier line.</param>
    /// <param name="b">The later line.</param>
    /// <param name="wrapAt">Lines at least this long were probably wrapped by the author's editor.</param>
    public static bool ShouldJoin(RichText a, RichText b, int wrapAt)
    {
        if (a.Text.Length >= MaxJoinedLength)
        {
            return false;
        }

        if (IsHeaderish(a) && !(a.Text.Length >= wrapAt && StartsLower(b)))
        {
            return false;
        }

        if (StartsLower(b) && !EndsSentence(a.Text) && !IsHeaderish(b) && !(IsTermAndValue(a.Text) && IsTermAndValue(b.Text)))
        {
            return true;
        }

        if (a.Text.Length >= wrapAt && !EndsSentence(a.Text) && EndsSentence(b.Text) && b.Text.Length < 40 && !b.Text.Contains('\t', StringComparison.Ordinal))
        {
            return true; // the tail of a wrapped sentence, even when it is a date ("… folded in" / "April 2020.")
        }

        return a.Text.Length >= wrapAt && !IsHeaderish(b);
    }

    /// <summary>A short "term – value" line ("polski – ojczysty", "git: daily"): two of them in a row are items of a list,
    /// even in lower case, not a wrapped line.</summary>
    private static bool IsTermAndValue(string text)
    {
        var t = text.AsSpan().Trim();
        if (t.Length > MaxTermAndValueLength)
        {
            return false;
        }

        foreach (var separator in (ReadOnlySpan<string>)[" – ", " - ", " — ", ": "])
        {
            var at = t.IndexOf(separator, StringComparison.Ordinal);
            if (at > 0 && at <= MaxTermLength && at + separator.Length < t.Length)
            {
                return true;
            }
        }

        return false;
    }

    public static bool EndsSentence(string text)
    {
        var t = text.TrimEnd(' ', '*', '_', '"', '\'', ')', '”');
        return t.Length > 0 && t[^1] is '.' or '!' or '?' or ':' or ';';
    }

    private static bool StartsLower(RichText b)
    {
        var t = b.Text.TrimStart();
        return t.Length > 0 && char.IsLower(t[0]);
    }
}
