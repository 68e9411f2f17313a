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
