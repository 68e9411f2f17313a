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
    /// <summary>The 1-based number of the first line that nests too deep, or 0.</summary>
    public static int FirstTooDeep(IReadOnlyList<string> lines)
    {
        for (var n = 0; n < lines.Count; n++)
        {
            if (Estimate(lines[n]) > Limits.MaxDepth)
            {
                return n + 1;
            }
        }

        return 0;
    }

    /// <summary>Whether a Markdig exception is its nesting limit (the only one it throws on input).</summary>
    public static bool IsDepthLimit(Exception ex) =>
        ex is ArgumentException or InvalidOperationException && ex.Message.Contains("deeply nested", StringComparison.OrdinalIgnoreCase);

    private static int Estimate(string line)
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
