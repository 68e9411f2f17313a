using System.Text.RegularExpressions;
using JsonResume.Json;
using JsonResume.Render;
using JsonResume.Tests.Support;

namespace JsonResume.Tests.Render;

public sealed partial class HtmlRendererTests
{
    [Fact]
    public void The_page_is_self_contained_and_accessible_html5()
    {
        var html = ResumeRenderer.ToHtml(ResumeJson.Read(File.ReadAllBytes(Repo.File("examples", "resume.json"))).Resume!);

        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("content=\"default-src 'none'; style-src 'unsafe-inline'\"", html, StringComparison.Ordinal);
        Assert.Contains("<main class=\"resume\">", html, StringComparison.Ordinal);
        Assert.Contains("<section class=\"section section-work\" aria-labelledby=\"h-work\">", html, StringComparison.Ordinal);
        Assert.Contains("<time datetime=\"2019-04-01\">1 Apr 2019</time> – Present", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(ExternalReference(), html);
        Assert.DoesNotContain('\r', html);
    }

    [Fact]
    public void Every_value_is_encoded_and_links_only_go_to_web_and_mail_addresses() =>
        PropertyRuns.Check(SchemaResumes.Json(valid: false), json =>
        {
            var resume = ResumeJson.Read(json).Resume!;
            var html = ResumeRenderer.ToHtml(resume);

            Assert.Equal(html, ResumeRenderer.ToHtml(resume));
            Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
            Assert.DoesNotMatch(ExternalReference(), html);
            Assert.All(Href().Matches(html), m => Assert.Matches("^(https?://|mailto:)", m.Groups[1].Value));
        }, count: Math.Min(PropertyRuns.Count, 1000));

    /// <summary>Anything a browser would fetch: src attributes, style sheets, CSS url() and @import.</summary>
    [GeneratedRegex(@"\ssrc=|<link\b|url\(|@import", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalReference();

    [GeneratedRegex("href=\"([^\"]*)\"")]
    private static partial Regex Href();
}
