namespace JsonResume.Vocabulary;

/// <summary>
/// The languages the renderers write and the own layout readers read back, and how a language tag picks one: by its
/// primary subtag (<c>de-AT</c> and <c>de-CH</c> write German, <c>pt-BR</c> and <c>pt-PT</c> Portuguese, <c>zh-Hans</c>
/// and <c>zh-CN</c> Chinese), compared without case; <c>_</c> counts as <c>-</c>. Chinese is written in simplified
/// characters, so a tag naming the traditional script (<c>zh-Hant</c>, or <c>zh-TW</c>, <c>zh-HK</c>, <c>zh-MO</c>
/// without a script) is not supported rather than answered in the wrong script.
/// </summary>
internal static class RenderLanguages
{
    private static readonly string[] All = ["en", "de", "fr", "es", "pt", "it", "nl", "pl", "ru", "zh", "ja"];

    /// <summary>The codes, English first; the order of the columns of <see cref="LabelTable"/> and of <see cref="SectionHeadingRow.Titles"/>.</summary>
    public static IReadOnlyList<string> Codes => All;

    /// <summary>The position of English, the default.</summary>
    public const int English = 0;

    /// <summary>The column of a language tag, or -1 when no supported language fits it.</summary>
    /// <param name="tag">A BCP 47 language tag such as <c>de</c>, <c>de-AT</c> or <c>zh-Hans-CN</c>.</param>
    /// <returns>The column in <see cref="Codes"/>, or -1.</returns>
    public static int IndexOf(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag))
        {
            return -1;
        }

        var subtags = tag.Trim().Replace('_', '-').Split('-');
        var primary = subtags[0].ToLowerInvariant();
        var index = Array.IndexOf(All, primary);
        if (index < 0 || subtags.Skip(1).Any(s => s.Length == 0 || !s.All(char.IsAsciiLetterOrDigit)))
        {
            return -1;
        }

        if (primary == "zh" && IsTraditionalChinese(subtags.Skip(1).Select(s => s.ToLowerInvariant()).ToArray()))
        {
            return -1;
        }

        return index;
    }

    private static bool IsTraditionalChinese(string[] rest)
    {
        if (rest.Contains("hant"))
        {
            return true;
        }

        return !rest.Contains("hans") && rest.Any(s => s is "tw" or "hk" or "mo");
    }
}
