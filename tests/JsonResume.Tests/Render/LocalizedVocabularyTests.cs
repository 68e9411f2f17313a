using JsonResume.Json;
using JsonResume.Layout;
using JsonResume.Model;
using JsonResume.Render;
using JsonResume.Vocabulary;

namespace JsonResume.Tests.Render;

/// <summary>The words of the eleven languages: complete, unambiguous for the readers, and chosen as documented.</summary>
public sealed class LocalizedVocabularyTests
{
    private static readonly string[] MarkdownSpecial = ["*", "_", "`", "[", "]", "<", ">", "#", "\\", "|", ":", "~"];

    [Fact]
    public void Every_word_has_a_form_in_every_language_that_a_labelled_line_can_carry()
    {
        foreach (var row in LabelTable.AllRows)
        {
            Assert.Equal(RenderLanguages.Codes.Count, row.Count);
            foreach (var word in row)
            {
                Assert.False(string.IsNullOrWhiteSpace(word), row[0]);
                Assert.Equal(word.Trim(), word);
                Assert.DoesNotContain(MarkdownSpecial, s => word.Contains(s, StringComparison.Ordinal));
                Assert.False(DateRangeLine.StartsWithDate(word), word);
            }
        }
    }

    [Fact]
    public void Every_shape_reads_each_label_of_every_language_as_its_own_field()
    {
        foreach (var (shape, labels) in Shapes())
        {
            var owner = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var key in labels)
            {
                for (var i = 0; i < RenderLanguages.Codes.Count; i++)
                {
                    var word = LabelTable.Word(key, i);
                    Assert.True(!owner.TryGetValue(word, out var other) || other == key,
                        $"{shape}: \"{word}\" ({RenderLanguages.Codes[i]}) is the label of both {key} and {other}");
                    owner[word] = key;
                }
            }
        }
    }

    [Fact]
    public void Every_title_in_every_language_is_read_back_as_its_section_and_recognised_by_the_converter()
    {
        foreach (var section in SectionNames.All)
        {
            for (var i = 0; i < RenderLanguages.Codes.Count; i++)
            {
                var title = SectionNames.Title(section, i);
                foreach (var written in new[] { title, title.ToUpperInvariant() })
                {
                    Assert.True(SectionNames.TryRecognize(written, out var read), $"{RenderLanguages.Codes[i]}: {written}");
                    Assert.Equal(section, read);
                    Assert.Equal(section, SectionNames.Classify(written));
                }

                Assert.False(SectionNames.IsSummaryTitle(title), title);
                Assert.False(LayoutLanguage.IsDocumentHeading(title.ToUpperInvariant()), title);
                Assert.False(LayoutLanguage.IsExtensionsHeading(title.ToUpperInvariant()), title);
            }
        }
    }

    [Fact]
    public void The_text_layouts_own_headings_are_no_section_titles()
    {
        foreach (var code in RenderLanguages.Codes)
        {
            var language = LayoutLanguage.Of(code);
            foreach (var heading in new[] { language.SummaryHeading, language.DocumentHeading, language.ExtensionsHeading })
            {
                Assert.False(SectionNames.TryRecognize(heading, out var section), $"{code}: {heading} reads as {section}");
            }

            Assert.True(SectionNames.IsSummaryTitle(language.SummaryHeading));
            Assert.Equal(ResumeSection.Summary, SectionNames.Classify(language.SummaryHeading));
            Assert.False(LayoutLanguage.IsDocumentHeading(language.SummaryHeading));
        }
    }

    [Fact]
    public void The_present_word_of_each_language_is_one_the_converter_reads_and_no_date()
    {
        foreach (var code in RenderLanguages.Codes)
        {
            var present = LayoutLanguage.Of(code).Present;
            Assert.Contains(present, DateWords.All.Single(t => t.Language == code).Present);
            Assert.False(DateRangeLine.IsDateShape(present));
            Assert.True(DateRangeLine.TryParseRange("2019-03 – " + present, out var line));
            Assert.Null(line!.End);
        }
    }

    [Theory]
    [InlineData("en", "en")]
    [InlineData("DE", "de")]
    [InlineData("de-AT", "de")]
    [InlineData("de_CH", "de")]
    [InlineData("pt-BR", "pt")]
    [InlineData("zh-Hans", "zh")]
    [InlineData("zh-CN", "zh")]
    [InlineData("zh-Hans-TW", "zh")]
    [InlineData("ja-JP", "ja")]
    [InlineData("zh-Hant", null)]
    [InlineData("zh-TW", null)]
    [InlineData("zh-HK", null)]
    [InlineData("xx", null)]
    [InlineData("", null)]
    [InlineData("de-", null)]
    [InlineData("english", null)]
    public void Language_tags_pick_a_language_by_their_primary_subtag(string tag, string? expected)
    {
        Assert.Equal(expected, LayoutLanguage.ForTag(tag)?.Code);
        Assert.Equal(expected is not null, RenderOptions.IsSupportedLanguage(tag));
    }

    [Theory]
    [InlineData("en", "2019-03", "Mar 2019")]
    [InlineData("en", "2019-05-15", "15 May 2019")]
    [InlineData("de", "2019-03-05", "5. März 2019")]
    [InlineData("fr", "2019-08", "août 2019")]
    [InlineData("es", "2019-03-15", "15 de marzo de 2019")]
    [InlineData("pt", "2019-03", "março de 2019")]
    [InlineData("pl", "2019-03", "marzec 2019")]
    [InlineData("pl", "2019-03-15", "15 marca 2019")]
    [InlineData("ru", "2019-03-15", "15 марта 2019 г.")]
    [InlineData("zh", "2019-03-15", "2019年3月15日")]
    [InlineData("ja", "2019-11", "2019年11月")]
    [InlineData("de", "2019", "2019")]
    [InlineData("de", "sometime", "sometime")]
    public void Html_dates_use_each_languages_month_names(string code, string iso, string expected) =>
        Assert.Equal(expected, LayoutLanguage.Of(code).Date(iso));

    [Fact]
    public void Meta_language_is_the_default_and_the_option_wins()
    {
        var resume = WithMetaLanguage("de-AT");
        Assert.Contains("## Berufserfahrung", ResumeRenderer.ToMarkdown(resume), StringComparison.Ordinal);
        Assert.Contains("<html lang=\"de-AT\">", ResumeRenderer.ToHtml(resume), StringComparison.Ordinal);
        Assert.Contains("## Experience", ResumeRenderer.ToMarkdown(resume, new RenderOptions { Language = "en" }), StringComparison.Ordinal);
        Assert.Contains("<html lang=\"fr\">", ResumeRenderer.ToHtml(resume, new RenderOptions { Language = "fr" }), StringComparison.Ordinal);
        Assert.Contains("<html lang=\"x-test\">", ResumeRenderer.ToHtml(resume, new RenderOptions { HtmlLanguage = "x-test" }), StringComparison.Ordinal);
        Assert.Contains("## Experience", ResumeRenderer.ToMarkdown(WithMetaLanguage("tlh")), StringComparison.Ordinal);
        Assert.Contains("<html lang=\"en\">", ResumeRenderer.ToHtml(WithMetaLanguage("tlh")), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unsupported_language_option_is_refused_with_the_supported_list()
    {
        var e = Assert.Throws<ArgumentException>(() => ResumeRenderer.ToText(new Resume(), new RenderOptions { Language = "xx" }));
        Assert.Contains("\"xx\"", e.Message, StringComparison.Ordinal);
        Assert.Contains("en, de, fr, es, pt, it, nl, pl, ru, zh, ja", e.Message, StringComparison.Ordinal);
    }

    private static Resume WithMetaLanguage(string tag) => ResumeJson.Read(
        """{"basics":{"name":"A"},"work":[{"name":"B","position":"C","startDate":"2019-03"}],"meta":{"language":"""
        + "\"" + tag + "\"}}").Resume!;

    /// <summary>Each entry shape and the English labels it reads (list and one-item labels).</summary>
    private static IEnumerable<(string Shape, string[] Labels)> Shapes()
    {
        yield return ("basics", Labels(ResumeShapes.Basics));
        yield return ("profile", Labels(ResumeShapes.Profile));
        yield return ("footer", Labels(ResumeShapes.Footer));
        foreach (var section in ResumeShapes.Sections)
        {
            yield return (SectionNames.JsonName(section.Section), [.. section.Labels]);
        }
    }

    private static string[] Labels<T>(EntryShape<T> shape)
        where T : class, new() =>
        [.. shape.Fields.SelectMany(f => f.ItemLabel is null ? [f.Label] : new[] { f.Label, f.ItemLabel })];
}
