using System.Text.RegularExpressions;

namespace JsonResume.Import.Recognition;

/// <summary>
/// Web addresses and email addresses in text: finds them (with or without a scheme) and normalises them to values
/// the JSON Resume schema accepts (an absolute <c>uri</c>, an <c>email</c>).
/// </summary>
internal partial class WebAddress
{
    /// <summary>An absolute address for a URL as written (<c>uk.linkedin.com/in/x</c> gives <c>https://uk.linkedin.com/in/x</c>),
    /// or null when the text is not one.</summary>
    /// <param name="text">The address as written.</param>
    /// <returns>The absolute address, or null.</returns>
    public static string? Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var s = text.Trim();
        string previous;
        do
        {
            previous = s;
            s = s.Trim('<', '>').TrimEnd('.', ',', ';', ':', '!', '?', ')', ']', '*', '_', '"', '\'');
        }
        while (s != previous);
        if (s.Length == 0 || s.Contains(' ', StringComparison.Ordinal) || s.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) || s.Contains('@', StringComparison.Ordinal) && !s.Contains('/', StringComparison.Ordinal))
        {
            return null;
        }

        if (!Scheme().IsMatch(s))
        {
            if (!BareDomain().IsMatch(s))
            {
                return null;
            }

            s = "https://" + s;
        }

        return Uri.TryCreate(s, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" or "ftp" && uri.Host.Contains('.', StringComparison.Ordinal)
            ? s
            : null;
    }

    /// <summary>Whether a text is exactly one email address (a <c>mailto:</c> prefix allowed).</summary>
    /// <param name="text">The text.</param>
    /// <param name="email">The address without <c>mailto:</c>.</param>
    /// <returns>Whether it is one.</returns>
    public static bool TryEmail(string text, out string email)
    {
        ArgumentNullException.ThrowIfNull(text);
        var s = text.Trim().Trim('<', '>', '_', '*', '(', ')', '[', ']').TrimEnd('.', ',', ';');
        if (s.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
        {
            s = s[7..];
        }

        email = s;
        return Email().Match(s) is { Success: true } m && m.Length == s.Length;
    }

    /// <summary>Every email address in a text, with positions.</summary>
    /// <param name="text">The text.</param>
    /// <returns>Index, length and address.</returns>
    public static IEnumerable<(int Index, int Length, string Email)> FindEmails(string text) =>
        Email().Matches(text).Select(m => (m.Index, m.Length, m.Value));

    /// <summary>Every web address in a text (with a scheme or <c>www.</c>; bare domains with a path when asked), with positions.</summary>
    /// <param name="text">The text.</param>
    /// <param name="bareDomains">Whether <c>github.com/name</c> or <c>example.com</c> without a scheme counts.</param>
    /// <returns>Index, length and the normalised address.</returns>
    public static IEnumerable<(int Index, int Length, string Url)> FindUrls(string text, bool bareDomains)
    {
        ArgumentNullException.ThrowIfNull(text);
        var regex = bareDomains ? AnyUrl() : SchemedUrl();
        foreach (Match m in regex.Matches(text))
        {
            if (m.Index > 0 && text[m.Index - 1] == '@')
            {
                continue;
            }

            var raw = m.Value.TrimEnd('.', ',', ';', ':', '!', '?', '*', '_', '"', '\'');
            if (raw.EndsWith(')') && !raw.Contains('(', StringComparison.Ordinal))
            {
                raw = raw.TrimEnd(')');
            }

            if (Normalize(raw) is { } url)
            {
                yield return (m.Index, raw.Length, url);
            }
        }
    }

    [GeneratedRegex(@"^[a-z][a-z0-9+.-]*://", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Scheme();

    [GeneratedRegex(@"^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:(?:com|org|net|io|dev|me|co|uk|de|fr|ca|ai|app|info|edu|gov|pub|tech|xyz|page|site|us|eu|ch|nl|se|no|fi|dk|es|it|pt|br|in|jp|ru|au|nz|pl|cz|at|be|ie|ly|sh|so|tv|fm|cc|ws|blog|online|one|works|codes|design|studio|id|is|to|gg|sk|si|hr|ro|hu|gr|tr|il|za|mx|ar|cl|cn|kr|tw|hk|sg|my|ph|vn|th|ua|by|kz|ee|lv|lt|rs|bg|md)(?::\d+)?(?:[/?#]\S*)?|[a-z]{2,12}(?::\d+)?[/?#]\S*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BareDomain();

    [GeneratedRegex(@"[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex Email();

    [GeneratedRegex(@"(?:https?|ftp)://[^\s<>""'`\]]+|\bwww\.[^\s<>""'`\]]+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SchemedUrl();

    [GeneratedRegex(@"(?:https?|ftp)://[^\s<>""'`\]]+|(?<![\w.@-])(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:com|org|net|io|dev|me|co|uk|de|fr|ca|ai|app|info|edu|gov|pub|tech|xyz|page|site|us|eu|ch|nl|se|no|fi|dk|es|it|pt|br|in|jp|ru|au|nz|pl|cz|at|be|ie|ly|sh|so|tv|fm|cc|ws|blog|online|one|works|codes|design|studio|id|is|to|gg|sk|si|hr|ro|hu|gr|tr|il|za|mx|ar|cl)\b(?:[/?#][^\s<>""'`\]]*)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AnyUrl();
}
