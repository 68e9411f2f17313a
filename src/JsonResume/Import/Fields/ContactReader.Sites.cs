using JsonResume.Import.Blocks;
using JsonResume.Import.Recognition;
using JsonResume.Vocabulary;

namespace JsonResume.Import.Fields;

/// <summary>Profiles the network table does not know, named by the document, and handles with a display name.</summary>
internal static partial class ContactReader
{
    /// <summary>A handle on a network without profile pages ("Discord: Display Name (@handle)") has at most this many words.</summary>
    private const int MaxHandleWords = 3;

    /// <summary>Whether a label is one of the contact field labels (<c>Email</c>, <c>Website</c>, <c>Address</c>…).</summary>
    public static bool IsFieldLabel(string label) => Labels.ContainsKey(label.Trim());

    /// <summary>"Gigs: https://…/users/me/": a label naming a site the network table does not know, then its address.</summary>
    private static bool ReadNamedSite(string label, string value, Block block, ImportContext ctx)
    {
        var text = value.Trim();
        if (text.Contains(' ', StringComparison.Ordinal) || WebAddress.Normalize(text) is not { } address
            || !ProfileRecognizer.TryNamed(label, address, out var profile))
        {
            return false;
        }

        ctx.AddProfile(profile, block);
        return true;
    }

    /// <summary>A handle after a network's label: one word, or a short display name on networks without profile pages.</summary>
    private static bool IsHandle(string text, SocialNetwork network) =>
        !text.Contains(' ', StringComparison.Ordinal)
        || (network.Host is null && SpaceWords.Count(text) <= MaxHandleWords && !LineJoiner.IsSentence(text));
}
