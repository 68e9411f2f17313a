using System.Net;
using System.Text.RegularExpressions;
using JsonResume.Json;
using JsonResume.Layout;
using JsonResume.Render;
using JsonResume.Tests.Support;
using JsonResume.Vocabulary;

namespace JsonResume.Tests.Import;

public sealed class SectionNamesTests
{
    [Theory]
    [InlineData("PROFESSIONAL EXPERIENCE", ResumeSection.Work)]
    [InlineData("Work History", ResumeSection.Work)]
    [InlineData("## Employment", ResumeSection.Work)]
    [InlineData("Experiência", ResumeSection.Work)]
    [InlineData("EDUCATION", ResumeSection.Education)]
    [InlineData("Formação Acadêmica", ResumeSection.Education)]
    [InlineData("PUBLICATION HIGHLIGHTS", ResumeSection.Publications)]
    [InlineData("Papers", ResumeSection.Publications)]
    [InlineData("Writing", ResumeSection.Publications)]
    [InlineData("KEY SKILLS", ResumeSection.Skills)]
    [InlineData("Skills, Tools, and Technology", ResumeSection.Skills)]
    [InlineData("Programming Languages", ResumeSection.Skills)]
    [InlineData("Languages", ResumeSection.Languages)]
    [InlineData("Awards, Scholarships, & Achievements", ResumeSection.Awards)]
    [InlineData("Recognition", ResumeSection.Awards)]
    [InlineData("Certifications", ResumeSection.Certificates)]
    [InlineData("PERSONAL SUMMARY", ResumeSection.Summary)]
    [InlineData("Bio", ResumeSection.Summary)]
    [InlineData("About Me", ResumeSection.Summary)]
    [InlineData("Contact", ResumeSection.Contact)]
    [InlineData("Personal Data:", ResumeSection.Contact)]
    [InlineData("Service", ResumeSection.Volunteer)]
    [InlineData("Volunteering", ResumeSection.Volunteer)]
    [InlineData("Side Projects", ResumeSection.Projects)]
    [InlineData("Open Source", ResumeSection.Projects)]
    [InlineData("Hobbies", ResumeSection.Interests)]
    [InlineData("References", ResumeSection.References)]
    [InlineData("E X P E R I E N C E", ResumeSection.Work)]
    public void Known_headings(string heading, object expected) => Assert.Equal((ResumeSection)expected, SectionNames.Classify(heading));

    [Theory]
    [InlineData("Curriculum Vitae")]
    [InlineData("MODEL DESIGN IMPLEMENTATION ANALYSIS")]
    [InlineData("Reading")]
    [InlineData("Samples")]
    [InlineData("I worked on many experience-building projects across the company for years")]
    public void Unknown_headings(string heading) => Assert.Equal(ResumeSection.Unknown, SectionNames.Classify(heading));
}

/// <summary>One heading table: every section heading the renderers print, in every language, is one the converter recognises.</summary>
public sealed class RenderedHeadingTests
{
    public static TheoryData<string> Languages() => new(RenderOptions.SupportedLanguages.ToArray());

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_heading_the_renderers_print_is_recognised_by_the_converter(string language)
    {
        var resume = ResumeJson.Read(File.ReadAllBytes(Repo.File("examples", "resume.json"))).Resume!;
        var options = new RenderOptions { Language = language };
        var markdown = ResumeRenderer.ToMarkdown(resume, options).Split('\n');
        var text = ResumeRenderer.ToText(resume, options).Split('\n');
        var html = ResumeRenderer.ToHtml(resume, options);
        var footer = LayoutLanguage.Of(language).DocumentHeading;
        var printed = new Dictionary<string, string[]>
        {
            ["markdown"] = markdown.Where(l => l.StartsWith("## ", StringComparison.Ordinal)).Select(l => l[3..]).ToArray(),
            // The text footer (DOCUMENT: $schema and meta) is not a section of the résumé. Chinese and Japanese headings
            // are underlined by their width on screen (two columns a character).
            ["text"] = text.Where((l, i) => i + 1 < text.Length && l.Length > 0 && !l.StartsWith(' ') && text[i + 1].Length >= 3 && text[i + 1].All(c => c == '-') && l != footer).ToArray(),
            ["html"] = Regex.Matches(html, "<h2[^>]*>([^<]*)</h2>").Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToArray(),
        };
        var expected = ResumeSections.All.Select(s => s.Section).ToArray();
        foreach (var (format, headings) in printed)
        {
            var classified = headings.Select(h => (Heading: h, Section: SectionNames.Classify(h))).ToList();
            Assert.True(classified.All(c => c.Section != ResumeSection.Unknown),
                $"{language} {format}: not recognised: {string.Join(", ", classified.Where(c => c.Section == ResumeSection.Unknown).Select(c => c.Heading))}");
            // The HTML page gives the summary a heading of its own; every list section is printed once, in order.
            Assert.Equal(expected, classified.Select(c => c.Section).Where(s => s is not (ResumeSection.Contact or ResumeSection.Summary)).ToArray());
        }
    }
}
