using System.Text;
using System.Text.RegularExpressions;
using JsonResume.Diagnostics;
using JsonResume.Import.Blocks;

namespace JsonResume.Import.Documents;

/// <summary>
/// HTML comments in Markdown: hides them (keeping every line, so line numbers stay true), or first removes one level
/// of commenting (<c>&lt;!-- x --&gt;</c> gives <c>x</c>; markers written <c>&lt;!-1- … -1-&gt;</c>, the usual way to nest
/// comments, become <c>&lt;!-- … --&gt;</c>, and <c>&lt;!-2-</c> becomes <c>&lt;!-1-</c>).
/// </summary>
internal static partial class HtmlComments
{
    /// <summary>The text as readers see it, and how many lines were wholly inside comments.</summary>
    public static string Process(string text, bool includeComments, LineLedger ledger, out int hiddenLines)
    {
        var visible = includeComments ? Hide(Unwrap(text)) : Hide(text);
        hiddenLines = 0;
        if (string.Equals(visible, text, StringComparison.Ordinal))
        {
            return visible; // no comment (most documents): no line can have been hidden
        }

        var before = text.Split('\n');
        var after = visible.Split('\n');
        for (var i = 0; i < Math.Min(before.Length, after.Length); i++)
        {
            if (after[i].Trim().Length == 0 && before[i].Trim().Length > 0)
            {
                ledger.Hide(i + 1, i + 1, LineDisposition.Comment, "inside an HTML comment");
                hiddenLines++;
            }
        }

        return visible;
    }

    /// <summary>Removes one level of commenting.</summary>
    public static string Unwrap(string text) => Comment().Replace(text, m =>
    {
        var inner = m.Groups["inner"].Value;
        inner = NestedOpen().Replace(inner, n => Level(n.Groups["n"].Value) is var k && k <= 1 ? "<!--" : $"<!-{k - 1}-");
        inner = NestedClose().Replace(inner, n => Level(n.Groups["n"].Value) is var k && k <= 1 ? "-->" : $"-{k - 1}->");
        return inner;
    });

    /// <summary>Blanks out comments, keeping line breaks.</summary>
    public static string Hide(string text) => Comment().Replace(text, m =>
    {
        var sb = new StringBuilder(m.Length);
        foreach (var c in m.Value)
        {
            sb.Append(c == '\n' ? '\n' : ' ');
        }

        return sb.ToString();
    });

    private static int Level(string digits) => int.TryParse(digits, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : 1;

    [GeneratedRegex(@"<!--(?<inner>.*?)(?<close>-->|\z)", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex Comment();

    [GeneratedRegex(@"<!-(?<n>\d+)-", RegexOptions.CultureInvariant)]
    private static partial Regex NestedOpen();

    [GeneratedRegex(@"-(?<n>\d+)->", RegexOptions.CultureInvariant)]
    private static partial Regex NestedClose();
}
