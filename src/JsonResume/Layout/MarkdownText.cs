using System.Text;
using System.Text.RegularExpressions;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace JsonResume.Layout;

/// <summary>Escaping values for CommonMark so that every character reads back as itself, and autolink checks.</summary>
internal static partial class MarkdownText
{
    /// <summary>
    /// Escapes a value: every character that can start inline syntax (<c>\ ` * _ [ ] &lt; &gt; &amp; # | ~</c>) gets a
    /// backslash; at the start of a block, so do a leading <c>- + =</c> and the <c>.</c> or <c>)</c> after leading digits.
    /// </summary>
    /// <param name="value">The value.</param>
    /// <param name="blockStart">Whether the value starts a block (a paragraph, a list item, a heading).</param>
    /// <returns>Markdown that reads back as the value.</returns>
    public static string Escape(string value, bool blockStart) =>
        Escape(new StringBuilder(value.Length + 8), value, blockStart).ToString();

    /// <summary>Appends a value escaped as <see cref="Escape(string, bool)"/> does.</summary>
    /// <param name="sb">Where to append.</param>
    /// <param name="value">The value.</param>
    /// <param name="blockStart">Whether the value starts a block.</param>
    /// <returns><paramref name="sb"/>.</returns>
    public static StringBuilder Escape(StringBuilder sb, string value, bool blockStart)
    {
        // The ordered-list marker can only start with a digit; most values skip the regex.
        var ordered = blockStart && value.Length > 0 && char.IsAsciiDigit(value[0]) ? OrderedListStart().Match(value) : Match.Empty;
        var start = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            var escape = c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '&' or '#' or '|' or '~'
                || (blockStart && i == 0 && c is '-' or '+' or '=')
                || (ordered.Success && i == ordered.Length - 1);
            if (escape)
            {
                sb.Append(value, start, i - start).Append('\\');
                start = i;
            }
        }

        return sb.Append(value, start, value.Length - start);
    }

    /// <summary>Whether a value can be written as a URI autolink (<c>&lt;https://…&gt;</c>) and read back unchanged.</summary>
    /// <param name="value">The value.</param>
    /// <returns>Whether it can.</returns>
    public static bool IsUriAutolink(string value) =>
        PlainAddress.IsWebAddress(value) || (UriAutolink().IsMatch(value) && ReadsBackAsAutolink(value));

    /// <summary>Whether a value can be written as an email autolink (<c>&lt;name@example.com&gt;</c>) and read back unchanged.</summary>
    /// <param name="value">The value.</param>
    /// <returns>Whether it can.</returns>
    public static bool IsEmailAutolink(string value) =>
        PlainAddress.IsEmailAddress(value) || (EmailAutolink().IsMatch(value) && ReadsBackAsAutolink(value));

    /// <summary>Asks Markdig itself: <c>&lt;value&gt;</c> must parse as one autolink to exactly the value.</summary>
    private static bool ReadsBackAsAutolink(string value) =>
        Markdig.Markdown.Parse("<" + value + ">") is [ParagraphBlock { Inline.FirstChild: AutolinkInline link } p]
        && link.NextSibling is null && link.Url == value && p.Inline.LastChild == link;

    [GeneratedRegex("^[0-9]{1,9}[.)]", RegexOptions.CultureInvariant)]
    private static partial Regex OrderedListStart();

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9+.-]{1,31}:[!-;=?-~]*\\z", RegexOptions.CultureInvariant)]
    private static partial Regex UriAutolink();

    [GeneratedRegex("^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*\\z", RegexOptions.CultureInvariant)]
    private static partial Regex EmailAutolink();
}
