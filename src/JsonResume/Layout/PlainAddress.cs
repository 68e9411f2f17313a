namespace JsonResume.Layout;

/// <summary>
/// The plain web and email addresses most résumés hold, recognised without a parser: <c>http(s)://</c>, a host of
/// letters, digits and inner hyphens in dotted labels, and an optional path of unreserved characters, slashes and <c>@</c>; an
/// email address of the same host after a local part of letters, digits and <c>. _ + -</c>. Every such value is an
/// absolute http(s) <see cref="Uri"/> and reads back from CommonMark's <c>&lt;…&gt;</c> as the same autolink (tests
/// compare with <see cref="Uri.TryCreate(string, UriKind, out Uri)"/> and Markdig), so the writers ask those only for
/// the other values.
/// </summary>
internal static class PlainAddress
{
    /// <summary>The longest host label DNS allows.</summary>
    private const int MaxLabel = 63;

    /// <summary>The longest host name DNS allows.</summary>
    private const int MaxHost = 253;

    /// <summary>Whether a value is a plain http or https address (see the class).</summary>
    public static bool IsWebAddress(string value)
    {
        var rest = value.AsSpan();
        if (rest.StartsWith("https://", StringComparison.Ordinal))
        {
            rest = rest[8..];
        }
        else if (rest.StartsWith("http://", StringComparison.Ordinal))
        {
            rest = rest[7..];
        }
        else
        {
            return false;
        }

        var slash = rest.IndexOf('/');
        if (!IsHost(slash < 0 ? rest : rest[..slash]))
        {
            return false;
        }

        foreach (var c in slash < 0 ? [] : rest[slash..])
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '/' or '-' or '.' or '_' or '~' or '@'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether a value is a plain email address (see the class).</summary>
    public static bool IsEmailAddress(string value)
    {
        var at = value.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0 || !IsHost(value.AsSpan(at + 1)))
        {
            return false;
        }

        var local = value.AsSpan(0, at);
        if (local[0] == '.' || local[^1] == '.' || local.Contains("..", StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var c in local)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '+' or '-'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Dotted labels of letters, digits and inner hyphens, at least two, the last starting with a letter.</summary>
    private static bool IsHost(ReadOnlySpan<char> host)
    {
        if (host.Length > MaxHost)
        {
            return false;
        }

        var labels = 0;
        var last = ReadOnlySpan<char>.Empty;
        while (true)
        {
            var dot = host.IndexOf('.');
            var label = dot < 0 ? host : host[..dot];
            if (label.IsEmpty || label.Length > MaxLabel || label[0] == '-' || label[^1] == '-')
            {
                return false;
            }

            foreach (var c in label)
            {
                if (!(char.IsAsciiLetterOrDigit(c) || c == '-'))
                {
                    return false;
                }
            }

            labels++;
            last = label;
            if (dot < 0)
            {
                break;
            }

            host = host[(dot + 1)..];
        }

        return labels >= 2 && char.IsAsciiLetter(last[0]);
    }
}
