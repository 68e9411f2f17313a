using System.Text;

namespace JsonResume.Layout;

/// <summary>HTML encoding and safe link targets for the page (dates: <see cref="LayoutLanguage.Date"/>).</summary>
internal static class HtmlText
{
    /// <summary>Encodes text for element content and attribute values (<c>&amp; &lt; &gt; " '</c>).</summary>
    public static string Encode(string text)
    {
        if (text.AsSpan().IndexOfAny("&<>\"'") < 0)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => sb.Append("&amp;"),
                '<' => sb.Append("&lt;"),
                '>' => sb.Append("&gt;"),
                '"' => sb.Append("&quot;"),
                '\'' => sb.Append("&#39;"),
                _ => sb.Append(c),
            };
        }

        return sb.ToString();
    }

    /// <summary>A link target for a web address: only absolute http and https addresses (nothing that runs or fetches).</summary>
    public static string? WebHref(string value) =>
        PlainAddress.IsWebAddress(value) || Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && !value.Any(char.IsWhiteSpace)
            ? value
            : null;

    /// <summary>A <c>mailto:</c> link target for an email address that looks like one.</summary>
    public static string? MailHref(string value)
    {
        var at = value.IndexOf('@', StringComparison.Ordinal);
        return at > 0 && at < value.Length - 1 && !value.Any(c => char.IsWhiteSpace(c) || c is '<' or '>' or '"' or '?' or '&')
            ? "mailto:" + value
            : null;
    }
}
