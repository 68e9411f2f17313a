using JsonResume.Json;

namespace JsonResume.Import.Documents;

/// <summary>
/// Finds Markdown that nests deeper than <see cref="Limits.MaxDepth"/> before Markdig sees it: Markdig stops with an
/// exception at its own limit and takes time that grows with the square of the depth on the way there. The estimate
/// errs high: each <c>&gt;</c> is a level, each list marker two (the list and its item), and a list item's indentation
/// one level per two columns. Real résumés stay below ten.
/// </summary>
internal static class MarkdownDepth
{
    /// <summary>The 1-based number of the first line (split at <c>\n</c>) of a text that nests too deep, or 0: the
    /// lines are read where they stand, without an array of strings for the whole document.</summary>
    public static int FirstTooDeep(string text)
    {
        var number = 1;
        for (var start = 0; ; number++)
        {
            var end = text.IndexOf('\n', start);
            if (Estimate(text.AsSpan(start, (end < 0 ? text.Length : end) - start)) > Limits.MaxDepth)
            {
                return number;
            }

            if (end < 0)
            {
                return 0;
            }

            start = end + 1;
        }
    }

    /// <summary>Whether a Markdig exception is its nesting limit (the only one it throws on input).</summary>
    public static bool IsDepthLimit(Exception ex) =>
        ex is ArgumentException or InvalidOperationException && ex.Message.Contains("deeply nested", StringComparison.OrdinalIgnoreCase);

    private static int Estimate(ReadOnlySpan<char> line)
    {
        var depth = 0;
        var indent = 0;
        var markers = false;
        var i = 0;
        while (i < line.Length)
        {
            var c = line[i];
            if (c == ' ' || c == '\t')
            {
                indent += c == '\t' ? 4 : 1;
                i++;
            }
            else if (c == '>')
            {
                depth++;
                i++;
            }
            else if ((c == '-' || c == '*' || c == '+') && i + 1 < line.Length && (line[i + 1] == ' ' || line[i + 1] == '\t'))
            {
                depth += 2;
                markers = true;
                i += 2;
            }
            else if (char.IsAsciiDigit(c))
            {
                var j = i;
                while (j < line.Length && j - i < 9 && char.IsAsciiDigit(line[j]))
                {
                    j++;
                }

                if (j + 1 < line.Length && (line[j] == '.' || line[j] == ')') && (line[j + 1] == ' ' || line[j + 1] == '\t'))
                {
                    depth += 2;
                    markers = true;
                    i = j + 2;
                }
                else
                {
                    break;
                }
            }
            else
            {
                break;
            }
        }

        return depth + (markers ? indent / 2 : 0);
    }
}
