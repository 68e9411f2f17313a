using System.Text.Json;
using System.Text.RegularExpressions;
using JsonResume.Import.Recognition;
using YamlDotNet.RepresentationModel;

namespace JsonResume.Import.Fields;

/// <summary>
/// A row of profile links in a front matter value that is no résumé field (a CV template's <c>footer</c>:
/// <c>[GitHub](…) | [ORCID](…) | [Blog](…)</c>): the links are profiles, and the one that is no profile is the home page.
/// A home page key that points at a profile (<c>homepage: https://github.com/me</c>) gives way to that home page.
/// </summary>
internal static partial class FrontMatter
{
    /// <summary>A row needs at least this many links, one of them a profile on a known network.</summary>
    private const int MinRowLinks = 2;

    /// <summary>The profiles and the home page of the link rows among the front matter's other keys.</summary>
    private sealed class LinkRows
    {
        public List<ProfileMatch> Profiles { get; } = [];

        public string? HomePage { get; set; }

        public List<YamlNode> Keys { get; } = [];
    }

    private static LinkRows ReadLinkRows(YamlMappingNode root)
    {
        var rows = new LinkRows();
        foreach (var (key, value) in root.Children)
        {
            if (key is not YamlScalarNode { Value: { } name } || BasicsKeys.ContainsKey(name) || Sections.Contains(name)
                || value is not YamlScalarNode { Value: { } text })
            {
                continue;
            }

            var links = MarkdownLink().Matches(text);
            var between = MarkdownLink().Replace(text, "");
            if (links.Count < MinRowLinks || between.Any(char.IsLetterOrDigit)
                || !links.Any(l => ProfileRecognizer.TryRecognize(l.Groups["url"].Value, out _)))
            {
                continue;
            }

            rows.Keys.Add(key);
            foreach (Match link in links)
            {
                var shown = link.Groups["text"].Value;
                if (WebAddress.Normalize(link.Groups["url"].Value) is not { } url)
                {
                    continue;
                }

                if (!ContactReader.IsFieldLabel(shown) && ProfileRecognizer.TryNamed(shown, url, out var profile))
                {
                    AddProfile(rows.Profiles, profile);
                }
                else
                {
                    rows.HomePage ??= url;
                }
            }
        }

        return rows;
    }

    private static void AddProfile(List<ProfileMatch> profiles, ProfileMatch profile)
    {
        static string Bare(string url) => url[(url.IndexOf("://", StringComparison.Ordinal) + 3)..].TrimEnd('/');
        if (!profiles.Any(p => string.Equals(Bare(p.Url), Bare(profile.Url), StringComparison.OrdinalIgnoreCase)
            || (string.Equals(p.Network, profile.Network, StringComparison.OrdinalIgnoreCase) && string.Equals(p.Username, profile.Username, StringComparison.OrdinalIgnoreCase))))
        {
            profiles.Add(profile);
        }
    }

    private static void WriteProfiles(Utf8JsonWriter writer, List<ProfileMatch> profiles)
    {
        writer.WritePropertyName("profiles");
        writer.WriteStartArray();
        foreach (var profile in profiles)
        {
            writer.WriteStartObject();
            writer.WriteString("network", profile.Network);
            writer.WriteString("username", profile.Username);
            writer.WriteString("url", profile.Url);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    [GeneratedRegex(@"\[(?<text>[^\]]+)\]\((?<url>[^)\s]+)\)", RegexOptions.CultureInvariant)]
    private static partial Regex MarkdownLink();
}
