using FsCheck;
using FsCheck.Fluent;
using JsonResume.Layout;
using JsonResume.Tests.Support;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace JsonResume.Tests.Render;

/// <summary>
/// The writers' shortcut for plain addresses (<see cref="PlainAddress"/>) agrees with what it stands in for: every web
/// address it accepts is an absolute http(s) URI and a CommonMark autolink to itself, every email address an email autolink.
/// </summary>
public sealed class PlainAddressTests
{
    private static readonly Gen<string> Label = Gen.Elements("a", "example", "x1", "my-site", "9lives", "uni-portalder", "A", "b--c");

    private static readonly Gen<string> Host =
        Gen.Zip(Gen.NonEmptyListOf(Label).Select(l => l.Take(3).ToList()), Gen.Elements("com", "org", "example", "de", "io"))
            .Select(t => string.Join('.', t.Item1.Append(t.Item2)));

    private static readonly Gen<string> Path =
        Gen.ListOf(Gen.Elements("/", "a", "Z", "0", "-", ".", "_", "~", "@", "photos", "resume.json")).Select(p => string.Concat(p));

    [Fact]
    public void Web_addresses_it_accepts_are_http_uris_and_autolinks_to_themselves() =>
        PropertyRuns.Check(
            Gen.Zip(Gen.Zip(Gen.Elements("http://", "https://"), Host), Gen.Zip(Gen.Elements(false, true), Path)),
            t =>
            {
                var value = t.Item1.Item1 + t.Item1.Item2 + (t.Item2.Item1 ? "/" + t.Item2.Item2 : "");
                Assert.True(PlainAddress.IsWebAddress(value), value);
                Assert.True(Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https", value);
                Assert.True(IsAutolinkTo(value, isEmail: false), value);
            });

    [Fact]
    public void Email_addresses_it_accepts_are_email_autolinks_to_themselves() =>
        PropertyRuns.Check(
            Gen.Zip(Gen.Elements("a", "first.last", "x+tag", "under_score", "dash-ed", "Z9"), Host),
            t =>
            {
                var value = t.Item1 + "@" + t.Item2;
                Assert.True(PlainAddress.IsEmailAddress(value), value);
                Assert.True(IsAutolinkTo(value, isEmail: true), value);
            });

    [Theory]
    [InlineData("https://example.com/a?b=c")]
    [InlineData("https://example.com:8080/")]
    [InlineData("https://-bad.example/")]
    [InlineData("https://example")]
    [InlineData("https://example.123")]
    [InlineData("ftp://example.com/")]
    [InlineData("https://exa mple.com")]
    [InlineData("https://example.com/%20")]
    [InlineData("https://user@example.com/")]
    [InlineData("")]
    public void Anything_else_is_left_to_the_full_checks(string value) =>
        Assert.False(PlainAddress.IsWebAddress(value), value);

    [Theory]
    [InlineData(".a@example.com")]
    [InlineData("a.@example.com")]
    [InlineData("a..b@example.com")]
    [InlineData("a@b@example.com")]
    [InlineData("@example.com")]
    [InlineData("a@example")]
    [InlineData("a!@example.com")]
    public void Other_email_addresses_are_left_to_the_full_checks(string value) =>
        Assert.False(PlainAddress.IsEmailAddress(value), value);

    private static bool IsAutolinkTo(string value, bool isEmail) =>
        Markdig.Markdown.Parse("<" + value + ">") is [ParagraphBlock { Inline.FirstChild: AutolinkInline link } p]
        && link.NextSibling is null && p.Inline.LastChild == link && link.IsEmail == isEmail
        && (isEmail ? link.Url == value || link.Url == "mailto:" + value : link.Url == value);
}
