using JsonResume.Layout;

namespace JsonResume.FsCheck;

/// <summary>
/// The white-space rules behind <see cref="TextStyle"/>. Generated free text of a style is always a fixpoint of
/// <see cref="Normalize(string, TextStyle)"/> for that style, so a renderer test can compare what it reads back with
/// the generated value itself, or with <c>Normalize(value, style)</c> when the generator was run with <see cref="TextStyle.Any"/>.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item><see cref="TextStyle.Any"/>: the identity.</item>
/// <item><see cref="TextStyle.SingleLineTrimmed"/>: the renderers' one-line rule (<see cref="WhitespaceRule.NormalizeLine(string)"/>): every maximal run of characters that are white space
/// (<see cref="char.IsWhiteSpace(char)"/>, which includes line breaks, tabs and no-break spaces) or control characters
/// (<see cref="char.IsControl(char)"/>, Unicode category Cc) becomes one U+0020 space; leading and trailing spaces are removed.
/// Format characters such as U+200B, U+200F or U+FEFF are kept.</item>
/// <item><see cref="TextStyle.MultilineTrimmed"/>: the text is split into lines at CR LF, CR, LF, U+0085, U+2028 and U+2029;
/// each line is normalised as <see cref="TextStyle.SingleLineTrimmed"/>; empty lines are dropped; the rest are joined with LF.</item>
/// </list>
/// </remarks>
public static class TextRules
{
    /// <summary>Normalises text under a style (see the remarks of <see cref="TextRules"/>).</summary>
    /// <param name="text">Any text.</param>
    /// <param name="style">The style.</param>
    /// <returns>The normalised text; normalising it again changes nothing.</returns>
    public static string Normalize(string text, TextStyle style)
    {
        ArgumentNullException.ThrowIfNull(text);
        return style switch
        {
            TextStyle.Any => text,
            TextStyle.SingleLineTrimmed => WhitespaceRule.NormalizeLine(text),
            TextStyle.MultilineTrimmed => string.Join('\n', WhitespaceRule.SplitLines(text).Select(WhitespaceRule.NormalizeLine).Where(l => l.Length > 0)),
            _ => throw new ArgumentOutOfRangeException(nameof(style), style, "Unknown text style."),
        };
    }

    /// <summary>Whether text already follows a style, i.e. is a fixpoint of <see cref="Normalize(string, TextStyle)"/>.</summary>
    /// <param name="text">Any text.</param>
    /// <param name="style">The style.</param>
    /// <returns>Whether normalising would change nothing.</returns>
    public static bool Conforms(string text, TextStyle style) => string.Equals(Normalize(text, style), text, StringComparison.Ordinal);
}
