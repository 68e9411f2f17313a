using JsonResume.Import.Recognition;

namespace JsonResume.Tests.Import;

public sealed class ProfileRecognizerTests
{
    [Theory]
    [InlineData("uk.linkedin.com/in/jane-doe-1234", "LinkedIn", "jane-doe-1234")]
    [InlineData("https://www.linkedin.com/in/janedoe/", "LinkedIn", "janedoe")]
    [InlineData("https://github.com/janedoe", "GitHub", "janedoe")]
    [InlineData("https://gitlab.com/janedoe", "GitLab", "janedoe")]
    [InlineData("https://twitter.com/janedoe", "Twitter", "janedoe")]
    [InlineData("https://x.com/janedoe", "X", "janedoe")]
    [InlineData("https://scholar.google.com/citations?user=AbC123xyz", "Google Scholar", "AbC123xyz")]
    [InlineData("https://orcid.org/0000-0002-1825-0097", "ORCID", "0000-0002-1825-0097")]
    [InlineData("https://stackoverflow.com/users/123456/jane", "StackOverflow", "jane")]
    [InlineData("http://www.flickr.com/photos/janedoe/", "Flickr", "janedoe")]
    [InlineData("https://medium.com/@janedoe", "Medium", "janedoe")]
    public void Profiles(string url, string network, string username)
    {
        Assert.True(ProfileRecognizer.TryRecognize(url, out var profile));
        Assert.Equal(network, profile.Network);
        Assert.Equal(username, profile.Username);
        Assert.StartsWith("http", profile.Url, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://github.com/janedoe/project")]
    [InlineData("https://github.com/about")]
    [InlineData("https://example.com/janedoe")]
    public void Not_profiles(string url) => Assert.False(ProfileRecognizer.TryRecognize(url, out _));
}
