using JsonResume.Import.Recognition;

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
    public void Known_headings(string heading, ResumeSection expected) => Assert.Equal(expected, SectionNames.Classify(heading));

    [Theory]
    [InlineData("Curriculum Vitae")]
    [InlineData("MODEL DESIGN IMPLEMENTATION ANALYSIS")]
    [InlineData("Reading")]
    [InlineData("Samples")]
    [InlineData("I worked on many experience-building projects across the company for years")]
    public void Unknown_headings(string heading) => Assert.Equal(ResumeSection.Unknown, SectionNames.Classify(heading));
}
