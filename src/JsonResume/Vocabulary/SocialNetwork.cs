namespace JsonResume.Vocabulary;

/// <summary>One row of <see cref="SocialNetworks"/>.</summary>
/// <param name="Name">The network's name as JSON Resume's <c>profiles[].network</c> spells it.</param>
/// <param name="Host">The host of profile addresses, or null for networks without public profile pages.</param>
/// <param name="HandleUrl">The profile address of a bare handle (<c>{0}</c> = the handle), when there is one.</param>
/// <param name="UserFromPath">Where the username sits in a profile address's path segments.</param>
/// <param name="Labels">Words written before a handle (<c>GitHub: name</c>), lower case.</param>
internal sealed record SocialNetwork(string Name, string? Host, string? HandleUrl, Func<string[], string?>? UserFromPath, params string[] Labels)
{
    /// <summary>For networks that put the user in the query (<c>?user=…</c>): the query key.</summary>
    public string? QueryKey { get; init; }
}
