using System.Text.RegularExpressions;
using JsonResume.Vocabulary;

namespace JsonResume.Import.Recognition;

/// <summary>
/// Recognises a degree at the start of a line (<c>PhD. Computer Science</c>, <c>BSc. (Hons) Physics</c>,
/// <c>Bachelor of Science in Biology</c>, <c>MRes, Mathematics</c>) and grades written with it (<c>with distinction</c>,
/// <c>2:1</c>, <c>GPA 3.8/4.0</c>, <c>cum laude</c>).
/// </summary>
internal partial class DegreeRecognizer
{
    /// <summary>Whether a text starts with a degree; gives the degree and what follows it.</summary>
    /// <param name="text">The text.</param>
    /// <param name="degree">The degree as written (normalised: no stray final dots).</param>
    /// <param name="rest">The text after the degree and its separator (field and school).</param>
    /// <returns>Whether a degree was found.</returns>
    public static bool TryMatch(string text, out string degree, out string rest)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        var m = Degree().Match(trimmed);
        var word = WordAt(trimmed, 0);
        var byWord = word > (m.Success ? m.Length : 0);
        var length = byWord ? word : m.Success ? m.Length : 0;
        if (length == 0)
        {
            return TryMatchAfterField(trimmed, out degree, out rest);
        }

        degree = Normalize(byWord ? trimmed[..length] : m.Groups["deg"].Value);
        rest = Leading().Replace(trimmed[length..], "");
        return true;
    }

    /// <summary>
    /// Chinese, Japanese and Korean write the field before the degree (<c>计算机科学 学士</c>, <c>情報工学修士</c>): a degree word
    /// in CJK script that ends the text, after a field.
    /// </summary>
    private static bool TryMatchAfterField(string text, out string degree, out string rest)
    {
        foreach (var word in DegreeWords.All)
        {
            if (word.Length > 0 && Lexicon.IsCjk(word[0]) && text.Length > word.Length && text.EndsWith(word, StringComparison.Ordinal)
                && IsBoundary(text, text.Length - word.Length - 1))
            {
                var field = text[..^word.Length].TrimEnd(' ', ',', '、', '，', '·');
                if (field.Length > 0 && !MentionsWord(field))
                {
                    degree = word;
                    rest = field;
                    return true;
                }
            }
        }

        degree = rest = "";
        return false;
    }

    /// <summary>The length of a degree word of <see cref="DegreeWords"/> at a position (a whole word), or 0.</summary>
    private static int WordAt(string text, int index)
    {
        foreach (var word in DegreeWords.All)
        {
            // The first letter as the table writes it, the rest in any case: CVs title-case degree names ("Laurea Magistrale").
            if (index + word.Length <= text.Length && text[index] == word[0]
                && string.Compare(text, index + 1, word, 1, word.Length - 1, StringComparison.OrdinalIgnoreCase) == 0
                && IsBoundary(text, index - 1) && IsBoundary(text, index + word.Length))
            {
                return word.Length;
            }
        }

        return 0;
    }

    // Han and kana words are not separated by spaces: a neighbouring ideograph is a boundary.
    private static bool IsBoundary(string text, int i) => i < 0 || i >= text.Length || !(char.IsLetterOrDigit(text[i]) || text[i] == '_')
        || Lexicon.IsCjk(text[i]);

    private static bool MentionsWord(string text)
    {
        foreach (var word in DegreeWords.All)
        {
            for (var i = text.IndexOf(word, StringComparison.Ordinal); i >= 0; i = text.IndexOf(word, i + 1, StringComparison.Ordinal))
            {
                if (IsBoundary(text, i - 1) && IsBoundary(text, i + word.Length))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether a text contains a degree name anywhere (<c>… MSc …</c>).</summary>
    /// <param name="text">The text.</param>
    /// <returns>Whether it does.</returns>
    public static bool Mentions(string text) => Anywhere().IsMatch(text) || MentionsWord(text);

    /// <summary>A grade written in a text, and the text without it.</summary>
    /// <param name="text">The text.</param>
    /// <param name="score">The grade, when one is written.</param>
    /// <param name="rest">The text without the grade.</param>
    /// <returns>Whether a grade was found.</returns>
    public static bool TryScore(string text, out string score, out string rest)
    {
        ArgumentNullException.ThrowIfNull(text);
        var m = Score().Match(text);
        if (!m.Success)
        {
            score = "";
            rest = text;
            return false;
        }

        score = m.Groups["s"].Value.Trim();
        rest = Spaces().Replace(text.Remove(m.Index, m.Length), " ").Trim().Trim(',', ';', ' ');
        return true;
    }

    /// <summary>A degree without stray final dots: <c>PhD.</c> gives <c>PhD</c>, <c>BSc. (Hons)</c> gives <c>BSc (Hons)</c>.</summary>
    /// <param name="degree">The degree as written.</param>
    /// <returns>The tidied degree.</returns>
    public static string Normalize(string degree)
    {
        ArgumentNullException.ThrowIfNull(degree);
        var words = Spaces().Replace(degree.Trim(), " ").Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            var w = words[i];
            if (w.EndsWith('.') && w.Count(c => c == '.') == 1 && w.Length > 1)
            {
                words[i] = w[..^1];
            }
        }

        return string.Join(' ', words);
    }

    private const string Names =
        @"Ph\.?\s?D\.?|D\.?Phil\.?|Ed\.?D\.?|DBA|M\.?D\.?|J\.?D\.?|M\.?Sc\.?R\.?|M\.?Sc\.?|MSci|M\.?Res\.?|M\.?Phil\.?|M\.?Eng\.?|M\.?A\.?Sc\.?|MAS|M\.?A\.?|M\.?S\.?|MBA|M\.?Ed\.?|MFA|M\.?Tech\.?|LL\.?M\.?|LL\.?B\.?|" +
        @"B\.?Sc\.?|B\.?A\.?Sc\.?|B\.?Eng\.?|B\.?Tech\.?|B\.?E\.?|B\.?A\.?|B\.?S\.?|BBA|BFA|B\.?Com\.?|BSCS|BSEE|BSc[A-Z]{1,3}|A\.?A\.?S\.?|A\.?A\.?|A\.?S\.?|" +
        @"(?:Associate|Bachelor|Master|Doctor)(?:['’]s|s)?(?:\s+(?:Degree\s+)?(?:of|in)\s+(?:Science|Arts|Engineering|Business Administration|Fine Arts|Laws|Applied Science|Technology|Philosophy|Education|Commerce|Computer Science))?|" +
        @"Doctorate|High School Diploma|Diploma|Baccalaureate|Licence|Licenciatura|Bacharelado|Bacharel|Tecnólogo|Técnico|Mestrado|Doutorado|Engineer['’]s degree|Dipl\.-Ing\.?|Diplom";

    [GeneratedRegex(@"^(?<deg>(?:" + Names + @")(?:\s?\([^)]{1,12}\))?(?:\s*\((?:Hons?\.?|Honours|Honors)\)|\s+(?:Hons?\.?|Honours|Honors)\b)?)(?=[\s,(:;—–-]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex Degree();

    [GeneratedRegex(@"(?<![\w.])(?:" + Names + @")(?![\w])", RegexOptions.CultureInvariant)]
    private static partial Regex Anywhere();

    [GeneratedRegex(@"^[\s.,:;—–-]*(?:(?:in der|in|of|em|en|de|di|im|na|w|в|по|z)\s+)?", RegexOptions.CultureInvariant)]
    private static partial Regex Leading();

    // Honours, GPAs on 4- and 10-point scales (CGPA, common in India) and a percentage of at least 40 (a final grade in
    // India and elsewhere; lower percentages are rankings such as "top 10%").
    [GeneratedRegex(@"(?:,\s*|\s*\(|\s+|^)(?<s>(?i:with\s+(?:high\s+|highest\s+)?(?:distinction|honou?rs|merit)|first[- ]class(?:\s+honou?rs)?|upper second(?:[- ]class)?(?:\s+honou?rs)?|lower second(?:[- ]class)?|(?:summa\s+|magna\s+)?cum\s+laude|distinction|C?GPA\s*:?\s*\d(?:[.,]\d+)?(?:\s*/\s*\d+(?:[.,]\d+)?)?)|[1-3]:[12]|\d\.\d{1,2}\s*/\s*4(?:\.0)?|\d(?:\.\d{1,2})?\s*/\s*10|[4-9]\d(?:[.,]\d{1,2})?\s*%)\)?(?=\s*(?:[,;)]|$))", RegexOptions.CultureInvariant)]
    private static partial Regex Score();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();
}
