using System.Globalization;
using FsCheck;
using FsCheck.Fluent;

namespace JsonResume.FsCheck.Internal;

/// <summary>The building blocks of generated text: each piece is valid UTF-16 (surrogates always come in pairs).</summary>
internal static class TextPieces
{
    internal static readonly string[] Words =
    [
        "Engineer", "data", "team", "C#", "F#", ".NET", "Node.js", "the", "and", "of", "2014", "v1.0.0", "100%", "R&D",
        "e-mail", "O'Brien", "co-op", "x", "ACME", "São", "Zürich", "naïve", "Ωmega", "straße", "İstanbul", "ﬁle",
    ];

    internal static readonly string[] Accented = ["é", "ß", "ø", "Å", "ñ", "ç", "Ω", "ж", "Я", "ı", "İ", "ﬁ", "Ǆ", "µ", "€", "£", "¥", "©", "°"];

    internal static readonly string[] Combining =
    [
        "e\u0301", "a\u0308", "n\u0303", "c\u0327", "\u0301", "o\u0308\u0304", "Z\u0351\u0325\u0334", "\u0915\u094D\u0937", "\u1100\u1161\u11A8",
    ];

    internal static readonly string[] NonBmp =
    [
        "\U0001F600", "\U0001F469\u200D\U0001F4BB", "\U0001F468\u200D\U0001F469\u200D\U0001F467", "\U0001F1EB\U0001F1F7",
        "\U0001D518", "\U0002070E", "\U0001F3F3\uFE0F\u200D\U0001F308", "\U0001F44D\U0001F3FD", "\U00010348", "\U0001F4A9",
    ];

    internal static readonly string[] RightToLeft =
    [
        "שלום", "مرحبا", "עברית 123", "العربية", "\u200F", "\u200E", "\u202E", "\u2067x\u2069", "\u061C", "ـ", "فارسی",
    ];

    internal static readonly string[] Scripts = ["日本語", "中文", "한국어", "हिन्दी", "ไทย", "Ελληνικά", "Русский", "ქართული", "አማርኛ"];

    internal static readonly string[] Quotes = ["\"", "'", "\u201C", "\u201D", "\u2018", "\u2019", "«", "»", "„", "\"\"", "''", "`'"];

    internal static readonly string[] Backslashes = ["\\", "\\\\", "\\n", "\\u0041", "\\\"", "/", "\\/", "C:\\path"];

    internal static readonly string[] Markup =
    [
        "*", "**", "_", "__", "#", "## ", "[", "]", "[x](y)", "![a](b)", "|", "| a |", "<", ">", "&", "`", "```", "~", "~~", "!",
        "- ", "+ ", "1. ", "> ", "---", "===", "<b>", "</p>", "&amp;", "&#39;", "<script>", "\\*", "=", "{", "}", "^", "%", "$",
        "@", "<!--", "-->", "{{x}}", "<br/>", "\\_", "***", "http://", "a_b_c",
    ];

    internal static readonly string[] Controls =
    [
        "\u0000", "\u0001", "\u0007", "\b", "\f", "\v", "\u001B", "\u001F", "\u007F", "\u0080", "\u009F",
    ];

    internal static readonly string[] LineBreaks = ["\n", "\r", "\r\n", "\n\n", "\u0085", "\u2028", "\u2029", " \n "];

    internal static readonly string[] Spaces = [" ", "  ", "\t", "\u00A0", "\u2003", "\u3000", "\u200B", "\uFEFF", "\u202F", " \t "];

    /// <summary>Any text: a few pieces from all the pools above, plus plain letters; grows with the size.</summary>
    internal static Gen<string> AnyText(int maxPieces) =>
        Gen.Sized(size => Gen.Choose(0, Math.Max(1, Math.Min(maxPieces, 1 + (size / 6)))))
            .SelectMany(count => Gen.ListOf(Piece, count))
            .Select(pieces => string.Concat(pieces));

    private static readonly Gen<string> Letters =
        Gen.Choose(1, 6).SelectMany(n => Gen.ListOf(Gen.Elements("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".ToCharArray()), n))
            .Select(chars => new string([.. chars]));

    private static readonly Gen<string> Piece = Gen.Frequency(
        (8, Letters),
        (6, Gen.Elements(Words)),
        (5, Gen.Constant(" ")),
        (2, Gen.Elements(Accented)),
        (2, Gen.Elements(Combining)),
        (2, Gen.Elements(NonBmp)),
        (2, Gen.Elements(RightToLeft)),
        (1, Gen.Elements(Scripts)),
        (2, Gen.Elements(Quotes)),
        (2, Gen.Elements(Backslashes)),
        (3, Gen.Elements(Markup)),
        (1, Gen.Elements(Controls)),
        (2, Gen.Elements(LineBreaks)),
        (2, Gen.Elements(Spaces)),
        (1, Gen.Choose(0x20, 0xD7FF).Select(c => ((char)c).ToString())),
        (1, Gen.Choose(0x10000, 0x10FFFF).Select(char.ConvertFromUtf32)));

    /// <summary>Removes one grapheme cluster at each position in turn (never splits a surrogate pair).</summary>
    internal static IEnumerable<string> WithoutOneElement(string text)
    {
        var starts = StringInfo.ParseCombiningCharacters(text);
        for (var i = 0; i < starts.Length; i++)
        {
            var end = i + 1 < starts.Length ? starts[i + 1] : text.Length;
            yield return string.Concat(text.AsSpan(0, starts[i]), text.AsSpan(end));
        }
    }
}
