namespace JsonResume.FsCheck;

/// <summary>
/// Which strings the generators put in free-text fields (names, summaries, highlights, ...).
/// Formatted fields (emails, URIs, dates) are never affected. See <see cref="TextRules"/> for the exact rules.
/// </summary>
public enum TextStyle
{
    /// <summary>
    /// Any Unicode text: non-BMP characters, combining marks, right-to-left text and bidi controls, quotes, backslashes,
    /// control characters, line breaks, odd white space, Markdown and HTML special characters.
    /// </summary>
    Any = 0,

    /// <summary>
    /// One line with normalised white space: the text is a fixpoint of
    /// <see cref="TextRules.Normalize(string, TextStyle)"/> with this style (no control characters, no line breaks,
    /// no white space other than single U+0020 spaces between other characters).
    /// </summary>
    SingleLineTrimmed = 1,

    /// <summary>
    /// Non-empty <see cref="SingleLineTrimmed"/> lines joined by a single <c>\n</c>: no blank lines, no <c>\r</c>.
    /// The text is a fixpoint of <see cref="TextRules.Normalize(string, TextStyle)"/> with this style.
    /// </summary>
    MultilineTrimmed = 2,
}
