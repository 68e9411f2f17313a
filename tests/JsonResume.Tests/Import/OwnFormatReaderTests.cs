using JsonResume.Diagnostics;
using JsonResume.Import;
using JsonResume.Json;

namespace JsonResume.Tests.Import;

/// <summary>The own-format readers on documents a person edited: tolerant of re-wrapping, strict about what they cannot place (a diagnostic with its line).</summary>
public sealed class OwnFormatReaderTests
{
    [Fact]
    public void Markdown_edited_by_hand_still_reads()
    {
        const string markdown = """
            # Ada Example

            **Engineer**

            **Email:**   ada@example.com
            **City:** Lowmere

            A summary someone wrapped
            over two lines.

            ## Work History

            ### Engineer · Example Corp

            *2019-03 – present · Remote*

            - Built things
            """;

        var read = ResumeImporter.ReadMarkdown(markdown);

        Assert.Empty(read.Diagnostics);
        Assert.Equal("""
            {
              "basics": {
                "name": "Ada Example",
                "label": "Engineer",
                "email": "ada@example.com",
                "summary": "A summary someone wrapped over two lines.",
                "location": {
                  "city": "Lowmere"
                }
              },
              "work": [
                {
                  "name": "Example Corp",
                  "location": "Remote",
                  "position": "Engineer",
                  "startDate": "2019-03",
                  "highlights": [
                    "Built things"
                  ]
                }
              ]
            }

            """.ReplaceLineEndings("\n"), ResumeJson.Write(read.Resume!));
    }

    [Fact]
    public void Text_with_windows_line_ends_and_trailing_spaces_still_reads()
    {
        var text = "Ada Example  \r\n===========\r\n\r\nEXPERIENCE\r\n----------\r\n\r\nEngineer · Example Corp   \r\n  2019 – 2021\r\n  Website:   https://example.com\r\n";

        var read = ResumeImporter.ReadText(text);

        Assert.Empty(read.Diagnostics);
        var work = Assert.Single(read.Resume!.Work!);
        Assert.Equal(("Engineer", "Example Corp", "2019", "2021", "https://example.com"), (work.Position, work.Name, work.StartDate, work.EndDate, work.Url));
        Assert.Equal("Ada Example", read.Resume.Basics!.Name);
    }

    [Fact]
    public void What_cannot_be_placed_is_reported_with_its_line()
    {
        const string markdown = """
            ## Experience

            ### Engineer

            **Salary:** plenty

            ## Hobbies and Stuff

            Anything.
            """;

        var read = ResumeImporter.ReadMarkdown(markdown);

        Assert.Collection(read.Diagnostics,
            d => Assert.Equal((DiagnosticCodes.OwnFormatNotUnderstood, 5, "/work/0"), (d.Code, d.Line, d.InstanceLocation)),
            d => Assert.Equal((DiagnosticCodes.OwnFormatNotUnderstood, 7), (d.Code, d.Line)));
        Assert.Equal("Engineer", read.Resume!.Work![0].Position);
    }

    [Fact]
    public void A_broken_extensions_block_is_reported_and_the_rest_is_kept()
    {
        var read = ResumeImporter.ReadText("Ada\n===\n\nEXTENSIONS (JSON)\n-----------------\n\n  {\"basics\": \n");

        var diagnostic = Assert.Single(read.Diagnostics);
        Assert.Equal(DiagnosticCodes.OwnFormatBadExtensions, diagnostic.Code);
        Assert.Equal("Ada", read.Resume!.Basics!.Name);
    }

    [Theory]
    [InlineData("{\"\\udc00\": 1}")]
    [InlineData("{\"basics\": {\"\\ud800x\": {\"a\": [1]}}}")]
    public void An_extensions_block_with_a_lone_surrogate_name_is_reported_not_thrown(string block)
    {
        // Found by the fuzz short run: JsonNode reads property names only when first used, after the reader's checks.
        var read = ResumeImporter.ReadMarkdown($"# Ada\n\n```json extensions\n{block}\n```\n");

        Assert.Equal(DiagnosticCodes.OwnFormatBadExtensions, Assert.Single(read.Diagnostics).Code);
        Assert.Equal("Ada", read.Resume!.Basics!.Name);
    }
}
