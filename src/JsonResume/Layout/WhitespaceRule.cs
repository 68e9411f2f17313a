using System.Text;
using JsonResume.Json;
using JsonResume.Model;

namespace JsonResume.Layout;

/// <summary>
/// How Markdown and plain text keep white space inside values. Rendering to either format and reading back gives
/// exactly <see cref="Normalize(Resume)"/> of the original: nothing else changes.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>A character is <em>space-like</em> when it is white space (<see cref="char.IsWhiteSpace(char)"/>: spaces of any
/// width, no-break spaces, tabs, line breaks) or a control character (<see cref="char.IsControl(char)"/>, Unicode Cc).</item>
/// <item><b>One-line values</b> (every string of the schema except the prose fields below, and every item of a string
/// list): each run of space-like characters becomes one space, and leading and trailing ones are removed.</item>
/// <item><b>Prose values</b> (<see cref="ProseFields"/>): the text is split into lines at CR LF, CR, LF, U+0085,
/// U+2028 and U+2029; a line that is empty once its space-like characters are removed is blank; each run of non-blank
/// lines is one paragraph, normalised as a one-line value (so a single line break becomes a space, as in Markdown);
/// paragraphs are joined with a blank line (<c>"\n\n"</c>).</item>
/// <item>Empty strings stay empty strings, absent values stay absent, and properties outside the schema (extension
/// data) are not touched.</item>
/// </list>
/// </remarks>
internal static class WhitespaceRule
{
    /// <summary>The fields whose values keep paragraphs, as JSON paths.</summary>
    public static IReadOnlyList<string> ProseFields { get; } =
    [
        "basics.summary", "work[].summary", "volunteer[].summary", "awards[].summary", "publications[].summary",
        "references[].reference", "projects[].description",
    ];

    /// <summary>Whether a character is space-like: white space or a control character.</summary>
    /// <param name="c">A character.</param>
    /// <returns>Whether it counts as space.</returns>
    public static bool IsSpaceLike(char c) => char.IsWhiteSpace(c) || char.IsControl(c);

    /// <summary>Normalises a one-line value: runs of space-like characters become one space; the ends are trimmed.</summary>
    /// <param name="value">A value.</param>
    /// <returns>The normalised value.</returns>
    public static string NormalizeLine(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (IsLineNormal(value))
        {
            return value;
        }

        var sb = new StringBuilder(value.Length);
        var pendingSpace = false;
        foreach (var c in value)
        {
            if (IsSpaceLike(c))
            {
                pendingSpace = sb.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                sb.Append(' ');
                pendingSpace = false;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    /// <summary>Normalises a prose value: paragraphs (separated by blank lines) are kept, each as one normalised line, joined by <c>"\n\n"</c>.</summary>
    /// <param name="value">A value.</param>
    /// <returns>The normalised value.</returns>
    public static string NormalizeProse(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (IsProseNormal(value))
        {
            return value;
        }

        var paragraphs = new List<string>();
        var current = new StringBuilder();
        foreach (var line in SplitLines(value))
        {
            var normal = NormalizeLine(line);
            if (normal.Length == 0)
            {
                Flush();
                continue;
            }

            if (current.Length > 0)
            {
                current.Append(' ');
            }

            current.Append(normal);
        }

        Flush();
        return string.Join("\n\n", paragraphs);

        void Flush()
        {
            if (current.Length > 0)
            {
                paragraphs.Add(current.ToString());
                current.Clear();
            }
        }
    }

    /// <summary>Whether a value is already a normalised one-line value.</summary>
    /// <param name="value">A value.</param>
    /// <returns>Whether <see cref="NormalizeLine"/> would leave it as it is.</returns>
    public static bool IsLineNormal(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return IsLineNormal(value.AsSpan());
    }

    /// <summary>Whether a value is already a normalised prose value: non-empty normalised lines joined by <c>"\n\n"</c>, or empty.</summary>
    /// <param name="value">A value.</param>
    /// <returns>Whether <see cref="NormalizeProse"/> would leave it as it is.</returns>
    public static bool IsProseNormal(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var rest = value.AsSpan();
        while (!rest.IsEmpty)
        {
            var at = rest.IndexOf("\n\n", StringComparison.Ordinal);
            var paragraph = at < 0 ? rest : rest[..at];
            if (paragraph.IsEmpty || !IsLineNormal(paragraph) || (at >= 0 && at + 2 == rest.Length))
            {
                return false;
            }

            if (at < 0)
            {
                break;
            }

            rest = rest[(at + 2)..];
        }

        return true;
    }

    private static bool IsLineNormal(ReadOnlySpan<char> value)
    {
        // The usual value, printable ASCII and spaces, in vectorised scans: no space at either end, none doubled.
        if (!value.ContainsAnyExceptInRange(' ', '~'))
        {
            return value.IsEmpty || (value[0] != ' ' && value[^1] != ' ' && !value.Contains("  ", StringComparison.Ordinal));
        }

        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c is > ' ' and < '\u007F')
            {
                continue; // printable ASCII other than the space: neither white space nor a control character
            }

            if (c == ' ')
            {
                if (i == 0 || i == value.Length - 1 || value[i - 1] == ' ')
                {
                    return false;
                }
            }
            else if (IsSpaceLike(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Returns a normalised copy of a résumé: every schema string follows the rule; the original is not changed.</summary>
    /// <param name="resume">A résumé.</param>
    /// <returns>The copy.</returns>
    public static Resume Normalize(Resume resume)
    {
        ArgumentNullException.ThrowIfNull(resume);
        // A direct copy where it equals the JSON round trip that defines the rule (nearly always); JSON otherwise.
        var copy = ModelCopy.Copy(resume) ?? ResumeJson.Read(ResumeJson.WriteUtf8(resume)).Resume!;
        ResumeShapes.Normalize(copy);
        return copy;
    }

    /// <summary>
    /// The résumé itself when it already follows the rule and equals its JSON round trip (checked without copying:
    /// the usual case, and one copy of the whole model less per render); otherwise <see cref="Normalize(Resume)"/>.
    /// Only for reading: the result may be the caller's résumé.
    /// </summary>
    /// <param name="resume">A résumé.</param>
    /// <returns>A résumé equal to <see cref="Normalize(Resume)"/> of it.</returns>
    public static Resume Normalized(Resume resume)
    {
        ArgumentNullException.ThrowIfNull(resume);
        return ResumeShapes.IsNormal(resume) && ModelCopy.IsExact(resume) ? resume : Normalize(resume);
    }

    /// <summary>Splits text into lines at CR LF, CR, LF, U+0085, U+2028 and U+2029 (the FsCheck text styles use it too).</summary>
    internal static IEnumerable<string> SplitLines(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\n' or '\r' or '\u0085' or '\u2028' or '\u2029')
            {
                yield return text[start..i];
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                start = i + 1;
            }
        }

        yield return text[start..];
    }
}
