using JsonResume.Import.Recognition;
using JsonResume.Vocabulary;

namespace JsonResume.Tests.Import;

public sealed class ContactRecognizerTests
{
    [Theory]
    [InlineData("London, UK", "London", null, "GB")]
    [InlineData("Edinburgh, UK", "Edinburgh", null, "GB")]
    [InlineData("Pretoria, South Africa", "Pretoria", null, "ZA")]
    [InlineData("Toronto, Ontario, CA", "Toronto", "Ontario", "CA")]
    [InlineData("Waterloo, ON", "Waterloo", "ON", "CA")]
    [InlineData("Boston, MA", "Boston", "MA", "US")]
    [InlineData("Somerville MA USA", "Somerville", "MA", "US")]
    [InlineData("UK", null, null, "GB")]
    [InlineData("Kolkata, India", "Kolkata", null, "IN")]
    public void Places(string text, string? city, string? region, string? country)
    {
        Assert.True(LocationRecognizer.TryParse(text, out var place));
        Assert.Equal(city, place.City);
        Assert.Equal(region, place.Region);
        Assert.Equal(country, place.CountryCode);
    }

    [Theory]
    [InlineData("Lakeside University, South Africa")]
    [InlineData("Acme R&D, Storage Systems Research")]
    [InlineData("Fjord Cloud AB")]
    [InlineData("Senior Engineer")]
    public void Not_places(string text) => Assert.False(LocationRecognizer.TryParse(text, out _));

    [Fact]
    public void Remote_is_a_place_without_a_country()
    {
        Assert.True(LocationRecognizer.TryParse("Remote", out var place));
        Assert.Null(place.CountryCode);
    }

    [Theory]
    [InlineData("UK", "GB")]
    [InlineData("England", "GB")]
    [InlineData("U.S.A.", "US")]
    [InlineData("Deutschland", "DE")]
    public void Countries_to_iso_codes(string name, string code)
    {
        Assert.True(Countries.TryGetCode(name, out var actual));
        Assert.Equal(code, actual);
    }

    // Invented numbers only: libphonenumber's example number for British mobiles, and 555-01xx, which the North
    // American plan keeps for fiction.
    [Theory]
    [InlineData("+44 (0)7400 123456", null, "+44 7400 123456")]
    [InlineData("0044 7400 123456", null, "+44 7400 123456")]
    [InlineData("(215) 555-0143", null, "(215) 555-0143")]
    [InlineData("(215) 555-0143", "US", "+1 215-555-0143")]
    [InlineData("12 34", null, "12 34")]
    public void Phones_are_normalised_only_when_unambiguous(string text, string? country, string expected) =>
        Assert.Equal(expected, PhoneRecognizer.Normalize(text, country));

    [Theory]
    [InlineData("Tel: +1 650 999 7777", "+1 650 999 7777")]
    [InlineData("613-555-0172 - mail@example.com", "613-555-0172")]
    public void Phones_are_found(string text, string expected)
    {
        Assert.True(PhoneRecognizer.TryFind(text, out var index, out var length));
        Assert.Equal(expected, text.Substring(index, length));
    }

    [Theory]
    [InlineData("2011 – 2019")]
    [InlineData("09.2017 - 09.2022")]
    public void Date_ranges_are_not_phones(string text) => Assert.False(PhoneRecognizer.TryFind(text, out _, out _));

    [Theory]
    [InlineData("uk.linkedin.com/in/jane-doe-1234", "https://uk.linkedin.com/in/jane-doe-1234")]
    [InlineData("<https://example.org/a>.", "https://example.org/a")]
    [InlineData("www.example.com", "https://www.example.com")]
    [InlineData("http://Example.github.io", "http://Example.github.io")]
    public void Web_addresses_are_made_absolute(string text, string expected) => Assert.Equal(expected, WebAddress.Normalize(text));

    [Theory]
    [InlineData("./assets/cv.pdf")]
    [InlineData("#")]
    [InlineData("mailto:jane@example.com")]
    [InlineData("Node.js")]
    public void Relative_or_non_web_addresses_are_refused(string text) => Assert.Null(WebAddress.Normalize(text));

    [Theory]
    [InlineData("mailto:jane@example.com", "jane@example.com")]
    [InlineData("<jane.doe@example.co.uk>", "jane.doe@example.co.uk")]
    public void Emails(string text, string expected)
    {
        Assert.True(WebAddress.TryEmail(text, out var email));
        Assert.Equal(expected, email);
    }
}
