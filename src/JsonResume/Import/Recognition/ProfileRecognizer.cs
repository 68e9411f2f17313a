namespace JsonResume.Import.Recognition;

/// <summary>
/// Recognises profile addresses on well-known networks and extracts the username: LinkedIn, GitHub, GitLab, Bitbucket,
/// Twitter/X, Google Scholar, ORCID, Stack Overflow, and others.
/// </summary>
public static class ProfileRecognizer
{
    private static readonly (string Host, string Network, Func<string[], Uri, string?> User)[] Networks =
    [
        ("linkedin.com", "LinkedIn", (p, _) => p.Length >= 2 && p[0] is "in" or "pub" ? p[1] : null),
        ("github.com", "GitHub", (p, _) => p.Length == 1 ? p[0] : null),
        ("gitlab.com", "GitLab", (p, _) => p.Length == 1 ? p[0] : null),
        ("bitbucket.org", "Bitbucket", (p, _) => p.Length == 1 ? p[0] : null),
        ("twitter.com", "Twitter", (p, _) => p.Length == 1 ? p[0] : null),
        ("x.com", "X", (p, _) => p.Length == 1 ? p[0] : null),
        ("scholar.google.com", "Google Scholar", (_, u) => Query(u, "user")),
        ("orcid.org", "ORCID", (p, _) => p.Length == 1 ? p[0] : null),
        ("stackoverflow.com", "StackOverflow", (p, _) => p.Length >= 2 && p[0] == "users" ? (p.Length >= 3 ? p[2] : p[1]) : null),
        ("stackexchange.com", "StackExchange", (p, _) => p.Length >= 2 && p[0] == "users" ? (p.Length >= 3 ? p[2] : p[1]) : null),
        ("facebook.com", "Facebook", (p, _) => p.Length == 1 ? p[0] : null),
        ("instagram.com", "Instagram", (p, _) => p.Length == 1 ? p[0] : null),
        ("medium.com", "Medium", (p, _) => p.Length == 1 && p[0].StartsWith('@') ? p[0][1..] : null),
        ("dev.to", "DEV", (p, _) => p.Length == 1 ? p[0] : null),
        ("youtube.com", "YouTube", (p, _) => p.Length == 1 && p[0].StartsWith('@') ? p[0][1..] : p.Length == 2 && p[0] is "c" or "user" or "channel" ? p[1] : null),
        ("kaggle.com", "Kaggle", (p, _) => p.Length == 1 ? p[0] : null),
        ("hackerrank.com", "HackerRank", (p, _) => p.Length == 1 ? p[0] : p.Length == 2 && p[0] == "profile" ? p[1] : null),
        ("leetcode.com", "LeetCode", (p, _) => p.Length == 1 ? p[0] : p.Length == 2 && p[0] == "u" ? p[1] : null),
        ("codepen.io", "CodePen", (p, _) => p.Length == 1 ? p[0] : null),
        ("behance.net", "Behance", (p, _) => p.Length == 1 ? p[0] : null),
        ("dribbble.com", "Dribbble", (p, _) => p.Length == 1 ? p[0] : null),
        ("flickr.com", "Flickr", (p, _) => p.Length >= 2 && p[0] == "photos" ? p[1] : null),
        ("keybase.io", "Keybase", (p, _) => p.Length == 1 ? p[0] : null),
        ("t.me", "Telegram", (p, _) => p.Length == 1 ? p[0] : null),
        ("researchgate.net", "ResearchGate", (p, _) => p.Length >= 2 && p[0] == "profile" ? p[1] : null),
        ("huggingface.co", "Hugging Face", (p, _) => p.Length == 1 ? p[0] : null),
        ("npmjs.com", "npm", (p, _) => p.Length == 1 && p[0].StartsWith('~') ? p[0][1..] : null),
        ("soundcloud.com", "SoundCloud", (p, _) => p.Length == 1 ? p[0] : null),
        ("bsky.app", "Bluesky", (p, _) => p.Length == 2 && p[0] == "profile" ? p[1] : null),
        ("angel.co", "AngelList", (p, _) => p.Length >= 1 ? p[^1] : null),
        ("wellfound.com", "AngelList", (p, _) => p.Length == 2 && p[0] == "u" ? p[1] : null),
        ("xing.com", "XING", (p, _) => p.Length == 2 && p[0] == "profile" ? p[1] : null),
        ("mastodon.social", "Mastodon", (p, _) => p.Length == 1 && p[0].StartsWith('@') ? p[0][1..] : null),
        ("tryhackme.com", "TryHackMe", (p, _) => p.Length == 2 && p[0] == "p" ? p[1] : null),
        ("codeforces.com", "Codeforces", (p, _) => p.Length == 2 && p[0] == "profile" ? p[1] : null),
    ];

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
        foreach (var (domain, network, user) in Networks)
        {
            if (host != domain && !host.EndsWith("." + domain, StringComparison.Ordinal))
            {
                continue;
            }

            var name = user(segments, uri);
            if (string.IsNullOrWhiteSpace(name) || ReservedPaths.Contains(name))
            {
                return false;
            }

            profile = new ProfileMatch(network, name.TrimStart('@'), normalized);
            return true;
        }

        return false;
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
