using JsonResume.Import;
using JsonResume.Import.Recognition;

namespace JsonResume.Tests.Import;

/// <summary>Rules for the header's fields (contact details, profiles), each on a small invented document.</summary>
public sealed class HeaderContactRuleTests
{
    [Theory]
    [InlineData("codehive", "https://codehive.example.org/~jroe/", "codehive", "~jroe")]
    [InlineData("pkgs: 12 packages", "https://pkgs.example.org/user/jroe/", "pkgs", "jroe")]
    [InlineData("LAB", "https://www.lab.example.edu/web/Jane_Roe/en", "LAB", "Jane_Roe")]
    [InlineData("Telegramm", "https://t.me/jroe", "Telegramm", "jroe")]
    [InlineData("github: 41 followers", "https://github.com/jroe", "GitHub", "jroe")]
    public void A_link_named_after_its_site_is_a_profile(string shown, string url, string network, string username)
    {
        Assert.True(ProfileRecognizer.TryNamed(shown, url, out var profile));
        Assert.Equal((network, username), (profile.Network, profile.Username));
    }

    [Theory]
    [InlineData("Jane Roe", "https://janeroe.example.org/about")]
    [InlineData("Projects", "https://janeroe.example.org/projects")]
    [InlineData("Blog", "https://janeroe.example.org/")]
    [InlineData("CV", "https://janeroe.example.org/cv.pdf")]
    public void Other_links_are_not_profiles(string shown, string url) => Assert.False(ProfileRecognizer.TryNamed(shown, url, out _));

    [Fact]
    public void Contact_links_to_unknown_sites_become_profiles_and_the_home_page_stays_the_url()
    {
        var text = "# Jane Roe\n\n- [Email](jane@example.org)\n- [Blog](https://janeroe.example.org)\n- [codehive](https://codehive.example.org/~jroe/)\n"
            + "- Chat: Jane Roe (@jroe)\n\n## Experience\n\n### Baker at Crumb Works\n\n2015 - 2018\n";
        var basics = ResumeImporter.Import(text).Resume.Basics!;
        Assert.Equal("jane@example.org", basics.Email);
        Assert.Equal("https://janeroe.example.org", basics.Url);
        Assert.Contains(basics.Profiles!, p => p is { Network: "codehive", Username: "~jroe" });
    }

    [Fact]
    public void A_labelled_address_on_an_unknown_site_is_a_profile()
    {
        var text = "Jane Roe\n========\nWebsite: https://janeroe.example.org/\nGigs: https://gigs.example.com/o/users/_~01abc/\nEmail: jane@example.org\n";
        var basics = ResumeImporter.Import(text).Resume.Basics!;
        Assert.Equal("https://janeroe.example.org/", basics.Url);
        Assert.Contains(basics.Profiles!, p => p is { Network: "Gigs", Username: "_~01abc" });
    }

    [Fact]
    public void A_display_name_after_a_network_without_pages_is_the_username()
    {
        var text = "# Jane Roe\n\n**Contact:** [Email](mailto:jane@example.org) | Discord: Jane Roe (@jroe)\n\n## Skills\n\n* Baking\n* Icing\n";
        var basics = ResumeImporter.Import(text).Resume.Basics!;
        Assert.Contains(basics.Profiles!, p => p is { Network: "Discord", Username: "Jane Roe (@jroe)" });
    }

    [Fact]
    public void A_front_matter_row_of_profile_links_gives_the_profiles_and_the_home_page()
    {
        var text = "---\nfirstname: Jane\nlastname: Roe\nhomepage: https://github.com/jroe\nemail: jane@example.org\nphone:\n"
            + "footer: \"[GitHub](http://github.com/jroe) | [LAB](https://lab.example.edu/people/Jane_Roe/en) | [Blog](https://janeroe.example.org)\"\n---\n\n"
            + "Profile\n-------\n\nI bake bread.\n";
        var result = ResumeImporter.Import(text);
        var basics = result.Resume.Basics!;
        Assert.Equal("https://janeroe.example.org", basics.Url);
        Assert.Null(basics.Phone);
        Assert.Equal(["GitHub/jroe", "LAB/Jane_Roe"], basics.Profiles!.Select(p => p.Network + "/" + p.Username));
        Assert.DoesNotContain(result.Lines, l => l.Disposition == JsonResume.Diagnostics.LineDisposition.NotUnderstood);
    }

    [Theory]
    [InlineData("Calle Mayor, 12, 3ºB 28013 Villaverde MADRID", "Calle Mayor, 12, 3ºB", "28013", "Villaverde", "MADRID")]
    [InlineData("12 Elm Street, Unit B - Springfield Illinois 62701, USA", "12 Elm Street, Unit B", "62701", "Springfield", "Illinois")]
    public void Addresses_with_the_place_run_on_or_after_a_dash(string text, string street, string postal, string city, string region)
    {
        Assert.True(PostalAddress.TryParse(text, out var address, out var place));
        Assert.Equal((street, postal, city, region), (address, place.PostalCode!, place.City!, place.Region!));
    }

    [Fact]
    public void Of_two_phone_numbers_after_a_slash_the_first_is_the_phone()
    {
        Assert.True(PhoneRecognizer.TryFind("612 345 678 / 912 345 678", out var index, out var length));
        Assert.Equal((0, 11), (index, length));
    }

    [Fact]
    public void Definition_terms_label_the_contact_fields_they_define()
    {
        var text = "Jane Roe\n========\n\nDatos personales\n----------------\n\nDNI\n:   00.000.000-X\n\nTeléfono\n:   612 345 678 / 912 345 678\n\n"
            + "Dirección\n:   Calle Mayor, 12, 3ºB 28013 Villaverde MADRID\n\nEducación\n---------\n\n2001 - Universidad de Villaverde\n:   *Ingeniera*\n";
        var basics = ResumeImporter.Import(text).Resume.Basics!;
        Assert.Equal("612 345 678", basics.Phone);
        Assert.Equal(("Villaverde", "28013"), (basics.Location!.City, basics.Location.PostalCode));
    }

    [Fact]
    public void The_one_item_nested_under_a_language_is_its_level()
    {
        var text = "# Jane Roe\n\n## Languages\n\n* #### Italian\n    - *Level: B1*\n\n* Welsh\n    - native\n";
        var languages = ResumeImporter.Import(text).Resume.Languages!;
        Assert.Equal(["Italian/B1", "Welsh/native"], languages.Select(l => l.Name + "/" + l.Fluency));
    }

    [Fact]
    public void A_sub_list_describing_a_skill_is_not_read_as_skills()
    {
        var text = "# Jane Roe\n\n## Skills\n\n* baking\n    * able to bake bread for a whole village every morning\n    * [night shift](#night)\n"
            + "* flours\n    * Rye\n    * Spelt (wholegrain, white)\n* icing\n";
        var skills = ResumeImporter.Import(text).Resume.Skills!;
        var pooled = skills.SelectMany(s => (s.Keywords ?? []).Prepend(s.Name)).ToList();
        Assert.Contains("Rye", pooled);
        Assert.DoesNotContain(pooled, k => k is not null && (k.Contains("village", StringComparison.Ordinal) || k.Contains("night", StringComparison.Ordinal)));
    }
}
