using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using JsonResume.Diagnostics;
using JsonResume.Layout;
using JsonResume.Tests.Support;

namespace JsonResume.Tests.Import;

/// <summary>
/// The converter skips the own Markdown layout's reading when <see cref="MarkdownLayoutScreen"/> names a line from the
/// text alone: that must only happen when the reader would report a problem anyway (else the output would change).
/// </summary>
public sealed class MarkdownLayoutScreenTests
{
    [Property(MaxTest = 2000)]
    public Property A_line_the_screen_names_is_one_the_reader_reports()
    {
        // Lines of every kind that decides Markdig's block structure around a heading at the margin, fictional text only.
        var line = Gen.Elements(
            "# Ada Example", "## Experience", "## Work", "## Talks", "## Summary", "## Skills ##", "## *Projects*", "##", "## Über uns",
            "### Baker, Example Bakery", "#### Details", "###### Deep", "####### Seven", "#Tag", "\\## Escaped", " ## Indented",
            "    ## Code", "Plain paragraph text", "**Email:** ada@example.com", "*2019 – 2021*", "- item", "* item", "1. item",
            "  continued", "> quote", "> ## quoted", "---", "***", "Title", "=====", "-----", "", "", "```", "~~~", "``` json extensions",
            "<div>", "</div>", "<!-- note -->", "[ref]: https://example.com", "[ref]: https://example.com \"multi", "line\"", "&amp; more");
        return Prop.ForAll(line.ListOf().Select(l => l.ToArray()).ToArbitrary(), lines =>
        {
            var at = MarkdownLayoutScreen.FirstProblemLine(lines);
            if (at > 0)
            {
                var diagnostics = new List<Diagnostic>();
                MarkdownLayoutReader.Read(string.Join('\n', lines), diagnostics);
                Assert.NotEmpty(diagnostics);
            }
        });
    }

    [Fact]
    public void The_own_layout_as_rendered_is_never_screened_out()
    {
        var files = Directory.EnumerateFiles(Repo.File("examples"), "resume*.md", SearchOption.AllDirectories).ToList();
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var lines = File.ReadAllText(file).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
            Assert.True(MarkdownLayoutScreen.FirstProblemLine(lines) == 0, file);
        }
    }

    [Fact]
    public void The_screen_agrees_with_the_reader_on_every_shared_markdown_document()
    {
        var root = Repo.SharedOrSkip("corpus");
        foreach (var file in Directory.EnumerateFiles(root, "*.md", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(file).Replace("\r\n", "\n", StringComparison.Ordinal);
            if (MarkdownLayoutScreen.FirstProblemLine(text.Split('\n')) > 0)
            {
                var diagnostics = new List<Diagnostic>();
                MarkdownLayoutReader.Read(text, diagnostics);
                Assert.True(diagnostics.Count > 0, file);
            }
        }
    }
}
