using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using JsonResume.Validation;
using NJsonSchema.Validation.FormatValidators;

namespace JsonResume.Tests.Validation;

/// <summary>Our email and uri formats give NJsonSchema's verdicts on strings built to sit near the edges.</summary>
public sealed class FormatChecksTests
{
    private static readonly EmailFormatValidator TheirEmail = new();
    private static readonly UriFormatValidator TheirUri = new();

    // Pieces that matter to the two formats, glued at random: separators, case, Unicode look-alikes (the Kelvin sign
    // folds to k without case), white space, line feeds, IP literals and ports.
    private static readonly string[] Pieces =
    [
        "a", "Z", "k", "\u212A", "\u017F", "\u0130", "é", "名", "0", "9", "-", "_", ".", "..", "@", "@@", "+", "!", "#", "$", "%", "%zz", "%41", "&", "'",
        "*", "/", "//", "=", "?", "^", "`", "{", "|", "}", "~", "\"", "(", ")", ",", ":", ";", "<", ">", "[", "]", "\\", " ", "\t", "\n", "\r\n",
        "http", "https", "HTTP", "://", "mailto:", "file:", "urn:", "www.", "example", ".com", "[::1]", "127.0.0.1", ":8080", ":99999", "localhost", "xn--",
    ];

    private static Gen<string> Glued => Gen.Elements(Pieces).ArrayOf().Select(parts => string.Concat(parts));

    private static Gen<string> EmailLike =>
        from local in Glued
        from domain in Glued
        from tld in Gen.Elements("", ".com", ".c", ".-a", ".a-", ".1", ".org\n", ".org ")
        select $"{local}@{domain}{tld}";

    private static Gen<string> UrlLike =>
        from scheme in Gen.Elements("http://", "https://", "HTTPS://", "ftp://", "mailto:", "", "/", "//", "x:", "a+b.c-d:")
        from host in Glued
        from rest in Glued
        select scheme + host + rest;

    public static Arbitrary<string> Strings() => Arb.From(Gen.OneOf(Glued, EmailLike, UrlLike));

    [Property(MaxTest = 20_000, Arbitrary = [typeof(FormatChecksTests)])]
    public void Email_verdicts_match_NJsonSchema(string text) =>
        Assert.True(FormatChecks.IsEmail(text) == TheirEmail.IsValid(text, Newtonsoft.Json.Linq.JTokenType.String), $"email {Show(text)}");

    [Property(MaxTest = 20_000, Arbitrary = [typeof(FormatChecksTests)])]
    public void Uri_verdicts_match_NJsonSchema(string text) =>
        Assert.True(FormatChecks.IsUri(text) == TheirUri.IsValid(text, Newtonsoft.Json.Linq.JTokenType.String), $"uri {Show(text)}");

    [Property(MaxTest = 20_000, Arbitrary = [typeof(FormatChecksTests)])]
    public void The_allocation_free_url_path_accepts_only_absolute_uris(string text) =>
        Assert.True(!FormatChecks.IsPlainWebUrl(text) || Uri.TryCreate(text, UriKind.Absolute, out _), $"fast path accepted {Show(text)}");

    // The regex the hand-written check replaced (invariant case folding, as the regex source generator compiled it).
    private static readonly Regex EmailRegex = new(@"\A[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\n?\z", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    [Property(MaxTest = 20_000, Arbitrary = [typeof(FormatChecksTests)])]
    public void Email_verdicts_match_the_regex_it_replaced(string text) =>
        Assert.True(FormatChecks.IsEmail(text) == EmailRegex.IsMatch(text), $"email {Show(text)}");

    [Fact]
    public void Email_every_character_in_every_position_matches_the_regex_it_replaced()
    {
        foreach (var valid in new[] { "a-1.b@c-2.d", "a-1.b@c-2.d\n" })
        {
            for (var i = 0; i <= valid.Length; i++)
            {
                for (var c = 0; c <= char.MaxValue; c++)
                {
                    var text = i < valid.Length ? valid[..i] + (char)c + valid[(i + 1)..] : valid + (char)c;
                    if (FormatChecks.IsEmail(text) != EmailRegex.IsMatch(text))
                    {
                        Assert.Fail($"email {Show(text)}: the check says {FormatChecks.IsEmail(text)}");
                    }
                }
            }
        }
    }

    [Theory]
    [InlineData("a@b.c", true)]
    [InlineData("A.B+c@sub-1.example.COM", true)]
    [InlineData("a@b.c\n", true)] // .NET's \Z: one final line feed is tolerated, as NJsonSchema does
    [InlineData("x@y.z\u212A", true)] // the Kelvin sign matches k without case
    [InlineData("a@b", false)]
    [InlineData("a..b@c.d", false)]
    [InlineData("\"a\"@b.c", false)]
    [InlineData("a@[1.2.3.4]", false)]
    [InlineData("", false)]
    public void Email_examples(string text, bool valid)
    {
        Assert.Equal(valid, FormatChecks.IsEmail(text));
        Assert.Equal(valid, TheirEmail.IsValid(text, Newtonsoft.Json.Linq.JTokenType.String));
    }

    [Theory]
    [InlineData("https://example.com/a?b=c#d", true)]
    [InlineData("http://a/%zz", true)]
    [InlineData("urn:isbn:123", true)]
    [InlineData("mailto:a@b.c", true)]
    [InlineData("www.example.com", false)]
    [InlineData("foo-bar-baz", false)] // named valid by the official suite (z-schema accepts any string as uri); see OfficialSchemaCasesTests
    [InlineData("http://", false)]
    [InlineData("", false)]
    public void Uri_examples(string text, bool valid)
    {
        Assert.Equal(valid, FormatChecks.IsUri(text));
        Assert.Equal(valid, TheirUri.IsValid(text, Newtonsoft.Json.Linq.JTokenType.String));
    }

    private static string Show(string text) =>
        "\"" + string.Concat(text.Select(c => c is < ' ' or > '~' ? $"\\u{(int)c:x4}" : c.ToString())) + "\"";
}
