using System.Buffers;

namespace JsonResume.Validation;

/// <summary>
/// The string formats of JSON Schema that the bundled schema uses, with the same verdicts as NJsonSchema 11.6.2,
/// the project's reference validator (checked by differential tests against it):
/// <list type="bullet">
/// <item><c>email</c>: dot-separated atoms of letters, digits and <c>!#$%&amp;'*+/=?^_`{|}~-</c>, an <c>@</c>, then two or
/// more dot-separated host labels of letters, digits and inner hyphens; letters compare without case; one final line
/// feed is tolerated (as .NET's <c>\Z</c> does).</item>
/// <item><c>uri</c>: an absolute URI as <see cref="Uri.TryCreate(string?, UriKind, out Uri?)"/> with
/// <see cref="UriKind.Absolute"/> sees it on the running platform (so a rooted path such as <c>/cv.pdf</c> passes on
/// Unix, as it does in NJsonSchema there); a plain <c>http(s)://host/path</c> is recognised without allocating.</item>
/// </list>
/// </summary>
internal static class FormatChecks
{
    // Invariant case folding (what the regex engine's IgnoreCase does by default) takes the Kelvin sign to 'k'.
    private const char KelvinSign = '\u212A';

    // The characters of an email address's local part besides letters and digits (RFC 5322's atext).
    private const string AtomSymbols = "!#$%&'*+/=?^_`{|}~-";

    private static readonly SearchValues<char> HostEnd = SearchValues.Create("/?#:");

    private static readonly SearchValues<char> HostChars = SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-.");

    private static readonly SearchValues<char> PathChars =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~!$&'()*+,;=:@/?#%");

    /// <summary>Whether the text is an email address.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The verdict.</returns>
    public static bool IsEmail(ReadOnlySpan<char> text)
    {
        // Written out instead of a regex: a regex here made every validate run initialise the regex engine and the tables
        // of every generated regex of the assembly (2% of a native run). FormatChecksTests proves it equal to that regex.
        if (text.EndsWith('\n'))
        {
            text = text[..^1];
        }

        var at = text.IndexOf('@');
        return at >= 0 && IsDotAtoms(text[..at]) && IsHostName(text[(at + 1)..]);
    }

    /// <summary>Whether the text is an absolute URI.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The verdict.</returns>
    public static bool IsUri(ReadOnlySpan<char> text) =>
        IsPlainWebUrl(text) || Uri.TryCreate(new string(text), UriKind.Absolute, out _);

    /// <summary>
    /// A quick, allocation-free recogniser of the common case: <c>http</c> or <c>https</c>, <c>://</c>, a DNS host
    /// whose last label starts with a letter, an optional port, then only characters URIs allow. Every text it accepts
    /// is an absolute URI for <see cref="Uri"/> too; anything else goes to <see cref="Uri.TryCreate(string?, UriKind, out Uri?)"/>.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>Whether the text is certainly an absolute web URL.</returns>
    public static bool IsPlainWebUrl(ReadOnlySpan<char> text)
    {
        var rest = text.StartsWith("https://") ? text[8..] : text.StartsWith("http://") ? text[7..] : default;
        if (rest.IsEmpty)
        {
            return false;
        }

        var hostEnd = rest.IndexOfAny(HostEnd);
        var host = hostEnd < 0 ? rest : rest[..hostEnd];
        if (host.Length is 0 or > 253 || host.ContainsAnyExcept(HostChars))
        {
            return false;
        }

        var last = host;
        for (var dot = host.IndexOf('.'); dot >= 0; dot = last.IndexOf('.'))
        {
            if (!IsLabel(last[..dot]))
            {
                return false;
            }

            last = last[(dot + 1)..];
        }

        if (!IsLabel(last) || !char.IsAsciiLetter(last[0]))
        {
            return false;
        }

        rest = hostEnd < 0 ? default : rest[hostEnd..];
        if (rest.Length > 0 && rest[0] == ':')
        {
            var portEnd = rest[1..].IndexOfAnyExceptInRange('0', '9');
            var digits = portEnd < 0 ? rest[1..] : rest[1..(1 + portEnd)];
            if (digits.Length is 0 or > 5 || int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture) > 65535)
            {
                return false;
            }

            rest = rest[(1 + digits.Length)..];
            if (rest.Length > 0 && rest[0] is not ('/' or '?' or '#'))
            {
                return false;
            }
        }

        return !rest.ContainsAnyExcept(PathChars);
    }

    private static bool IsLabel(ReadOnlySpan<char> label) =>
        label.Length is > 0 and <= 63 && label[0] != '-' && label[^1] != '-';

    // One or more atoms of atext separated by single dots: [atext]+(\.[atext]+)*.
    private static bool IsDotAtoms(ReadOnlySpan<char> local)
    {
        foreach (var atom in local.Split('.'))
        {
            var part = local[atom];
            if (part.IsEmpty)
            {
                return false;
            }

            foreach (var c in part)
            {
                if (!IsLetterOrDigit(c) && !AtomSymbols.Contains(c))
                {
                    return false;
                }
            }
        }

        return true;
    }

    // Two or more dot-separated labels of letters, digits and inner hyphens: ([a-z0-9]([a-z0-9-]*[a-z0-9])?\.)+ and one more.
    private static bool IsHostName(ReadOnlySpan<char> host)
    {
        var labels = 0;
        foreach (var range in host.Split('.'))
        {
            var label = host[range];
            if (label.IsEmpty || !IsLetterOrDigit(label[0]) || !IsLetterOrDigit(label[^1]))
            {
                return false;
            }

            foreach (var c in label)
            {
                if (!IsLetterOrDigit(c) && c != '-')
                {
                    return false;
                }
            }

            labels++;
        }

        return labels >= 2;
    }

    private static bool IsLetterOrDigit(char c) => char.IsAsciiLetterOrDigit(c) || c == KelvinSign;
}
