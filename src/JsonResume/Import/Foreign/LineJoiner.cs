using JsonResume.Import.Recognition;

namespace JsonResume.Import.Foreign;

/// <summary>
/// Decides whether two consecutive source lines are one wrapped line of prose (to be joined) or separate lines
/// (a header line, a date line, a short field). Shared by the plain-text and Markdown readers.
/// </summary>
internal static class LineJoiner
{
    /// <summary>Whether a line reads as a field of an entry header rather than prose: all emphasised, dated, in capitals,
    /// or short without closing punctuation.</summary>
    public static bool IsHeaderish(RichText line)
    {
        var text = line.Text.Trim();
        if (text.Length == 0)
        {
            return true;
        }

        if (line.IsAllEmphasized || text.Contains('\t', StringComparison.Ordinal))
        {
            return true;
        }

        if (text.Length <= 90 && DateRecognizer.Default.Find(text) is { } date && (date.IsRange || text.Length <= 40))
        {
            return true;
        }

        var letters = text.Where(char.IsLetter).ToList();
        if (letters.Count >= 3 && !letters.Any(char.IsLower))
        {
            return true;
        }

        return text.Length <= 30 && !EndsSentence(text) && char.IsUpper(text[0]);
    }

    /// <summary>Whether line <paramref name="b"/> continues line <paramref name="a"/>.</summary>
    /// <param name="a">The earlier line.</param>
    /// <param name="b">The later line.</param>
    /// <param name="wrapAt">Lines at least this long were probably wrapped by the author's editor.</param>
    public static bool ShouldJoin(RichText a, RichText b, int wrapAt)
    {
        if (IsHeaderish(a) && !(a.Text.Length >= wrapAt && StartsLower(b)))
        {
            return false;
        }

        if (StartsLower(b) && !EndsSentence(a.Text))
        {
            return true;
        }

        return a.Text.Length >= wrapAt && !IsHeaderish(b);
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
