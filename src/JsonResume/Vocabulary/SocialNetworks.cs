namespace JsonResume.Vocabulary;

/// <summary>
/// The one table of social and professional networks, shared by every reader that meets them: the host of their
/// profile addresses with where the username sits in the path, the labels people write before a handle
/// (<c>GitHub: name</c>), and the address a bare handle stands for.
/// </summary>
/// <remarks>
/// Source: the networks JSON Resume's own examples and the résumé themes of jsonresume.org link to, plus the public
/// developer and research profile sites with a per-user address (hosts and path shapes as each site documents its
/// profile URLs). Spelling of <see cref="SocialNetwork.Name"/> follows each site's own brand name.
/// </remarks>
internal static class SocialNetworks
{
    /// <summary>Every known network, most common first (the first host that matches wins).</summary>
    public static IReadOnlyList<SocialNetwork> All { get; } =
    [
        new("LinkedIn", "linkedin.com", null, p => p.Length >= 2 && p[0] is "in" or "pub" ? p[1] : null, "linkedin"),
        new("GitHub", "github.com", "https://github.com/{0}", One, "github"),
        new("GitLab", "gitlab.com", "https://gitlab.com/{0}", One, "gitlab"),
        new("Bitbucket", "bitbucket.org", "https://bitbucket.org/{0}", One, "bitbucket"),
        new("Twitter", "twitter.com", "https://twitter.com/{0}", One, "twitter"),
        new("X", "x.com", "https://x.com/{0}", One, "x"),
        new("Google Scholar", "scholar.google.com", null, null, "google scholar") { QueryKey = "user" },
        new("ORCID", "orcid.org", "https://orcid.org/{0}", One, "orcid"),
        new("StackOverflow", "stackoverflow.com", null, StackUsers, "stackoverflow", "stack overflow"),
        new("StackExchange", "stackexchange.com", null, StackUsers, "stackexchange", "stack exchange"),
        new("Facebook", "facebook.com", "https://facebook.com/{0}", One, "facebook"),
        new("Instagram", "instagram.com", "https://instagram.com/{0}", One, "instagram"),
        new("Medium", "medium.com", null, p => p.Length == 1 && p[0].StartsWith('@') ? p[0][1..] : null, "medium"),
        new("DEV", "dev.to", "https://dev.to/{0}", One),
        new("YouTube", "youtube.com", null, p => p.Length == 1 && p[0].StartsWith('@') ? p[0][1..] : p.Length == 2 && p[0] is "c" or "user" or "channel" ? p[1] : null, "youtube"),
        new("Kaggle", "kaggle.com", "https://kaggle.com/{0}", One, "kaggle"),
        new("HackerRank", "hackerrank.com", null, p => p.Length == 1 ? p[0] : p.Length == 2 && p[0] == "profile" ? p[1] : null, "hackerrank"),
        new("LeetCode", "leetcode.com", null, p => p.Length == 1 ? p[0] : p.Length == 2 && p[0] == "u" ? p[1] : null, "leetcode"),
        new("CodePen", "codepen.io", "https://codepen.io/{0}", One, "codepen"),
        new("Behance", "behance.net", "https://behance.net/{0}", One, "behance"),
        new("Dribbble", "dribbble.com", "https://dribbble.com/{0}", One, "dribbble"),
        new("Flickr", "flickr.com", null, p => p.Length >= 2 && p[0] == "photos" ? p[1] : null, "flickr"),
        new("Keybase", "keybase.io", "https://keybase.io/{0}", One, "keybase"),
        new("Telegram", "t.me", "https://t.me/{0}", One, "telegram", "telegramm"),
        new("ResearchGate", "researchgate.net", null, p => p.Length >= 2 && p[0] == "profile" ? p[1] : null, "researchgate"),
        new("Hugging Face", "huggingface.co", "https://huggingface.co/{0}", One, "hugging face", "huggingface"),
        new("npm", "npmjs.com", null, p => p.Length == 1 && p[0].StartsWith('~') ? p[0][1..] : null),
        new("SoundCloud", "soundcloud.com", "https://soundcloud.com/{0}", One, "soundcloud"),
        new("Bluesky", "bsky.app", null, p => p.Length == 2 && p[0] == "profile" ? p[1] : null, "bluesky"),
        new("AngelList", "angel.co", null, p => p.Length >= 1 ? p[^1] : null, "angellist"),
        new("AngelList", "wellfound.com", null, p => p.Length == 2 && p[0] == "u" ? p[1] : null, "wellfound"),
        new("XING", "xing.com", null, p => p.Length == 2 && p[0] == "profile" ? p[1] : null, "xing"),
        new("Mastodon", "mastodon.social", null, p => p.Length == 1 && p[0].StartsWith('@') ? p[0][1..] : null, "mastodon"),
        new("TryHackMe", "tryhackme.com", null, p => p.Length == 2 && p[0] == "p" ? p[1] : null, "tryhackme"),
        new("Codeforces", "codeforces.com", null, p => p.Length == 2 && p[0] == "profile" ? p[1] : null, "codeforces"),
        new("Skype", null, null, null, "skype"),
        new("Discord", null, null, null, "discord"),
    ];

    private static readonly Dictionary<string, SocialNetwork> ByLabelTable = All
        .SelectMany(n => n.Labels.Select(l => (Label: l, Network: n)))
        .GroupBy(x => x.Label, StringComparer.OrdinalIgnoreCase)
        .ToDictionary(g => g.Key, g => g.First().Network, StringComparer.OrdinalIgnoreCase);

    /// <summary>The network a label names (<c>GitHub</c>, <c>Stack Overflow</c>), case-insensitively.</summary>
    public static SocialNetwork? ByLabel(string label) => ByLabelTable.GetValueOrDefault(label.Trim());

    /// <summary>The network whose profile addresses live on <paramref name="host"/> (or a subdomain of it).</summary>
    public static SocialNetwork? ByHost(string host)
    {
        foreach (var network in All)
        {
            if (network.Host is { } h && (host == h || host.EndsWith("." + h, StringComparison.Ordinal)))
            {
                return network;
            }
        }

        return null;
    }

    private static string? One(string[] path) => path.Length == 1 ? path[0] : null;

    private static string? StackUsers(string[] path) => path.Length >= 2 && path[0] == "users" ? (path.Length >= 3 ? path[2] : path[1]) : null;
}
