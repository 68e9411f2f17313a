using JsonResume.Vocabulary;

namespace JsonResume.Import.Recognition;

/// <summary>
/// Recognises profile addresses on well-known networks and extracts the username: LinkedIn, GitHub, GitLab, Bitbucket,
/// Twitter/X, Google Scholar, ORCID, Stack Overflow, and the others of <see cref="SocialNetworks"/>.
/// </summary>
internal static class ProfileRecognizer
{
    private static readonly HashSet<string> ReservedPaths = new(StringComparer.OrdinalIgnoreCase)
    {
        "about", "features", "pricing", "login", "signup", "search", "explore", "settings", "home", "intent", "share", "hashtag",
        "i", "orgs", "topics", "marketplace", "sponsors", "collections", "events", "trending",
    };

    /// <summary>A site's name is one word of at most this many characters.</summary>
    private const int MaxSiteNameLength = 20;

    /// <summary>Longer last path segments are ids of pages or documents rather than usernames.</summary>
    private const int MaxUserLength = 40;

    /// <summary>Whether an address is a profile on a known network.</summary>
    /// <param name="url">The address (a scheme is added when missing).</param>
    /// <param name="profile">The network, username and normalised address.</param>
    /// <returns>Whether it is a profile.</returns>
    public static bool TryRecognize(string url, out ProfileMatch profile)
    {
        ArgumentNullException.ThrowIfNull(url);
        profile = null!;
        var normalized = WebAddress.Normalize(url);
        if (normalized is null || !Uri.TryCreate(normalized, UriKind.Absolute, out var uri))
        {
            return false;
        }

        var host = uri.Host.ToLowerInvariant();
        var segments = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Uri.UnescapeDataString).ToArray();
        if (SocialNetworks.ByHost(host) is not { } network)
        {
            return false;
        }

        var name = network.QueryKey is { } key ? Query(uri, key) : network.UserFromPath?.Invoke(segments);
        if (string.IsNullOrWhiteSpace(name) || ReservedPaths.Contains(name))
        {
            return false;
        }

        profile = new ProfileMatch(network.Name, name.TrimStart('@'), normalized);
        return true;
    }

    /// <summary>
    /// A link whose text names the site it points to (<c>[codehive](https://codehive.example.org/~me/)</c>, <c>Gigs: https://…/users/me/</c>):
    /// a profile on a network the table does not know, named as the document names it, the user the path's last segment.
    /// On a known network the network is spelled as the document spells it (a variant spelling among its labels).
    /// </summary>
    /// <param name="shown">The link text or the label before the address ("pkgs: 12 packages" names "pkgs").</param>
    /// <param name="url">The address.</param>
    /// <param name="profile">The profile.</param>
    /// <returns>Whether the link is a profile.</returns>
    public static bool TryNamed(string shown, string url, out ProfileMatch profile)
    {
        ArgumentNullException.ThrowIfNull(shown);
        var site = SiteName(shown);
        if (TryRecognize(url, out profile))
        {
            if (site is not null && SocialNetworks.ByLabel(site) is { } named && named.Name == profile.Network
                && !string.Equals(site, profile.Network, StringComparison.OrdinalIgnoreCase))
            {
                profile = profile with { Network = site };
            }

            return true;
        }

        if (site is null || SocialNetworks.ByLabel(site) is not null || WebAddress.Normalize(url) is not { } normalized
            || !Uri.TryCreate(normalized, UriKind.Absolute, out var uri))
        {
            return false;
        }

        var segments = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Uri.UnescapeDataString).ToList();
        if (segments.Count > 1 && segments[^1].Length == 2 && segments[^1].All(char.IsAsciiLetterLower))
        {
            segments.RemoveAt(segments.Count - 1); // a trailing language segment (".../me/en") names the page's language
        }

        if (segments.Count == 0 || segments[^1] is not { } user || user.Contains('.', StringComparison.Ordinal) || user.Length > MaxUserLength
            || !user.Any(char.IsLetterOrDigit) || ReservedPaths.Contains(user) || string.Equals(user, site, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        profile = new ProfileMatch(site, user, normalized);
        return true;
    }

    /// <summary>The one word a link text names a site by: the whole text, or the word before "'s" or ":".</summary>
    private static string? SiteName(string shown)
    {
        var s = shown.Trim().Trim('*', '_', '`', ' ');
        var cut = s.IndexOfAny([':', '\'', '\u2019']);
        if (cut > 0)
        {
            s = s[..cut].TrimEnd();
        }

        return s.Length is >= 2 and <= MaxSiteNameLength && s.All(c => char.IsLetterOrDigit(c) || c is '-' or '_') && s.Any(char.IsLetter) ? s : null;
    }

    private static string? Query(Uri uri, string key)
    {
        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            if (eq > 0 && pair[..eq] == key)
            {
                return Uri.UnescapeDataString(pair[(eq + 1)..]);
            }
        }

        return null;
    }
}
