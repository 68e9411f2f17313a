using JsonResume.Import.Recognition;

namespace JsonResume.Tests.Import;

public sealed class DegreeAndListTests
{
    [Theory]
    [InlineData("PhD. Computer Science, University of Somewhere", "PhD", "Computer Science, University of Somewhere")]
    [InlineData("BSc. (Hons) Computer Science and Physics", "BSc (Hons)", "Computer Science and Physics")]
    [InlineData("MScR. Computer Science (with distinction)", "MScR", "Computer Science (with distinction)")]
    [InlineData("Ph.D Applied Statistics [Bioinformatics]", "Ph.D", "Applied Statistics [Bioinformatics]")]
    [InlineData("Bachelor of Science in Biology", "Bachelor of Science", "Biology")]
    [InlineData("MRes, Mathematics", "MRes", "Mathematics")]
    [InlineData("Laurea Magistrale in Informatica", "Laurea Magistrale", "Informatica")]
    [InlineData("计算机科学 学士", "学士", "计算机科学")]
    [InlineData("情報工学修士", "修士", "情報工学")]
    public void Degrees(string text, string degree, string rest)
    {
        Assert.True(DegreeRecognizer.TryMatch(text, out var actualDegree, out var actualRest));
        Assert.Equal(degree, actualDegree);
        Assert.Equal(rest, actualRest);
    }

    [Theory]
    [InlineData("Masterpiece Theatre")]
    [InlineData("Building things")]
    public void Not_degrees(string text) => Assert.False(DegreeRecognizer.TryMatch(text, out _, out _));

    [Theory]
    [InlineData("Computer Science (with distinction)", "with distinction", "Computer Science")]
    [InlineData("Government and Economics, 2:1", "2:1", "Government and Economics")]
    [InlineData("Physics, GPA 3.8/4.0", "GPA 3.8/4.0", "Physics")]
    public void Grades(string text, string score, string rest)
    {
        Assert.True(DegreeRecognizer.TryScore(text, out var actualScore, out var actualRest));
        Assert.Equal(score, actualScore);
        Assert.Equal(rest, actualRest);
    }

    [Theory]
    [InlineData("HTML5, CSS3, JavaScript, AngularJS 1.x", new[] { "HTML5", "CSS3", "JavaScript", "AngularJS 1.x" })]
    [InlineData("Kubernetes · Docker · Argo Workflows", new[] { "Kubernetes", "Docker", "Argo Workflows" })]
    [InlineData("Linux (Centos, Redhat, Debian), Go", new[] { "Linux (Centos, Redhat, Debian)", "Go" })]
    [InlineData("JavaScript HTML 5 CSS Ruby on Rails", new[] { "JavaScript", "HTML 5", "CSS", "Ruby on Rails" })]
    [InlineData("AWS Data Structures Algorithms", new[] { "AWS", "Data Structures", "Algorithms" })]
    [InlineData("Machnine learning Optimization Hadoop", new[] { "Machnine learning", "Optimization", "Hadoop" })]
    [InlineData("Python pandas numpy", new[] { "Python", "pandas", "numpy" })]
    [InlineData("Model Design\tDeep Learning\tPyTorch", new[] { "Model Design", "Deep Learning", "PyTorch" })]
    public void Keyword_lists(string text, string[] expected) => Assert.Equal(expected, KeywordSplitter.Split(text));

    [Fact]
    public void Citation_with_authors_venue_and_pages()
    {
        var c = Citation.Parse("A study of things, A Smith, JQ Doe. Proceedings of the 2023 Conference on Stuff, 443-458.");
        Assert.Equal("A study of things", c.Title);
        Assert.Equal("A Smith, JQ Doe", c.Authors);
        Assert.Equal("Proceedings of the 2023 Conference on Stuff", c.Venue);
        Assert.Equal(2023, c.Year);
    }

    [Fact]
    public void Citation_with_dash_venue_and_year()
    {
        var c = Citation.Parse("Extracting features fast, JQ Doe, B Roe - International Journal of Examples, 2017.");
        Assert.Equal("Extracting features fast", c.Title);
        Assert.Equal("International Journal of Examples", c.Venue);
        Assert.Equal(2017, c.Year);
    }

    [Fact]
    public void Citation_with_venue_only() =>
        Assert.Equal((2024, "CONF2024"), (Citation.Parse("Towards better things, CONF2024.").Year!.Value, Citation.Parse("Towards better things, CONF2024.").Venue));
}
