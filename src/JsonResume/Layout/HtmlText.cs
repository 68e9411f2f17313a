using System.Globalization;
using System.Text;

namespace JsonResume.Layout;

/// <summary>HTML encoding, safe link targets and readable dates for the page.</summary>
internal static class HtmlText
{
    private static readonly string[] Months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

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
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && !value.Any(char.IsWhiteSpace)
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

    /// <summary>A partial ISO date as a reader expects it: <c>Mar 2019</c>, <c>15 Mar 2019</c>, <c>2019</c>; other text as written.</summary>
    public static string Date(string value)
    {
        if (value.Length >= 7 && value[4] == '-' && int.TryParse(value.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            && month is >= 1 and <= 12)
        {
            var year = value[..4];
            return value.Length >= 10 && value[7] == '-' && int.TryParse(value.AsSpan(8, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var day)
                ? $"{day.ToString(CultureInfo.InvariantCulture)} {Months[month - 1]} {year}"
                : $"{Months[month - 1]} {year}";
        }

        return value;
    }
}
