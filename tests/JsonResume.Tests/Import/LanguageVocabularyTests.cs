using System.Globalization;
using JsonResume.Import.Recognition;
using JsonResume.Vocabulary;

namespace JsonResume.Tests.Import;

/// <summary>The word tables of the eleven languages: consistent, checked against ICU where it is there, and used.</summary>
public sealed class LanguageVocabularyTests
{
    [Fact]
    public void Every_language_has_one_month_table_with_twelve_rows_and_a_source()
    {
        Assert.Equal(["en", "de", "fr", "es", "pt", "it", "nl", "pl", "ru", "zh", "ja"], MonthTables.All.Select(t => t.Language));
        Assert.All(MonthTables.All, t =>
        {
            Assert.Equal(12, t.Cldr.Length);
            Assert.Equal(12, t.Variants.Length);
            Assert.Contains("CLDR", t.Source, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void No_month_name_means_two_months()
    {
        var clashes = MonthTables.All.SelectMany(t => t.Pairs())
            .GroupBy(p => p.Key, StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Select(p => p.Value).Distinct().Count() > 1)
            .Select(g => g.Key);
        Assert.Empty(clashes);
    }

    [Fact]
    public void Month_tables_hold_what_ICU_gives_when_culture_data_is_there()
    {
        if (!HasCultureData())
        {
            Assert.Skip("No ICU culture data in this process (the build sets InvariantGlobalization), so the CLDR tables "
                + "cannot be compared with the machine's ICU here.");
        }

        foreach (var table in MonthTables.All)
        {
            var f = CultureInfo.GetCultureInfo(table.Language).DateTimeFormat;
            for (var m = 0; m < 12; m++)
            {
                var names = table.Cldr[m].Concat(table.Variants[m]).ToHashSet(StringComparer.OrdinalIgnoreCase);
                foreach (var icu in new[] { f.MonthNames[m], f.MonthGenitiveNames[m], f.AbbreviatedMonthNames[m], f.AbbreviatedMonthGenitiveNames[m] })
                {
                    var name = icu.TrimEnd('.');
                    Assert.True(name.Any(char.IsAsciiDigit) || names.Contains(name), $"{table.Language} month {m + 1}: ICU's '{icu}' is not in the table");
                }
            }
        }
    }

    private static bool HasCultureData()
    {
        try
        {
            return CultureInfo.GetCultureInfo("de").DateTimeFormat.MonthNames[2] == "März";
        }
        catch (CultureNotFoundException)
        {
            return false;
        }
    }

    [Fact]
    public void Every_language_has_date_words_and_degree_words()
    {
        var languages = MonthTables.All.Select(t => t.Language).ToList();
        Assert.Equal(languages, DateWords.All.Select(t => t.Language));
        Assert.All(DateWords.All, t => Assert.NotEmpty(t.Present.Concat(t.PresentWithSeparator)));
        Assert.Equal(languages.Order(), DegreeWords.ByLanguage.Keys.Order());
    }

    [Theory]
    [InlineData("Berufserfahrung", ResumeSection.Work)]
    [InlineData("Arbeitserfahrung", ResumeSection.Work)]
    [InlineData("Ausbildung", ResumeSection.Education)]
    [InlineData("Kenntnisse", ResumeSection.Skills)]
    [InlineData("Sprachkenntnisse", ResumeSection.Languages)]
    [InlineData("Ehrenamtliches Engagement", ResumeSection.Volunteer)]
    [InlineData("Veröffentlichungen", ResumeSection.Publications)]
    [InlineData("Expérience professionnelle", ResumeSection.Work)]
    [InlineData("Formation", ResumeSection.Education)]
    [InlineData("Compétences techniques", ResumeSection.Skills)]
    [InlineData("Centres d'intérêt", ResumeSection.Interests)]
    [InlineData("Experiencia laboral", ResumeSection.Work)]
    [InlineData("Formación académica", ResumeSection.Education)]
    [InlineData("Habilidades", ResumeSection.Skills)]
    [InlineData("Publicaciones", ResumeSection.Publications)]
    [InlineData("Experiência profissional", ResumeSection.Work)]
    [InlineData("Formação", ResumeSection.Education)]
    [InlineData("Esperienza lavorativa", ResumeSection.Work)]
    [InlineData("Istruzione e formazione", ResumeSection.Education)]
    [InlineData("Competenze", ResumeSection.Skills)]
    [InlineData("Werkervaring", ResumeSection.Work)]
    [InlineData("Opleiding", ResumeSection.Education)]
    [InlineData("Vaardigheden", ResumeSection.Skills)]
    [InlineData("Doświadczenie zawodowe", ResumeSection.Work)]
    [InlineData("Wykształcenie", ResumeSection.Education)]
    [InlineData("Umiejętności", ResumeSection.Skills)]
    [InlineData("Опыт работы", ResumeSection.Work)]
    [InlineData("Образование", ResumeSection.Education)]
    [InlineData("Навыки", ResumeSection.Skills)]
    [InlineData("Знание языков", ResumeSection.Languages)]
    [InlineData("工作经历", ResumeSection.Work)]
    [InlineData("教育背景", ResumeSection.Education)]
    [InlineData("技能", ResumeSection.Skills)]
    [InlineData("项目经验", ResumeSection.Projects)]
    [InlineData("職歴", ResumeSection.Work)]
    [InlineData("学歴", ResumeSection.Education)]
    [InlineData("スキル", ResumeSection.Skills)]
    [InlineData("資格", ResumeSection.Certificates)]
    public void Headings_in_eleven_languages(string heading, ResumeSection expected) => Assert.Equal(expected, SectionNames.Classify(heading));

    [Theory]
    [InlineData("Expérience professionnelle")]
    [InlineData("Doświadczenie zawodowe")]
    [InlineData("Опыт работы")]
    [InlineData("Formación académica")]
    public void Headings_with_their_adjectives_are_pure_headings(string heading) => Assert.True(SectionNames.IsPureHeading(heading));

    [Theory]
    [InlineData("Licenciatura en Informática", "Licenciatura", "Informática")]
    [InlineData("Laurea magistrale in Fisica", "Laurea magistrale", "Fisica")]
    [InlineData("Diplom-Informatiker, Technische Universität", "Diplom-Informatiker", "Technische Universität")]
    [InlineData("Magister w zakresie informatyki", "Magister", "zakresie informatyki")]
    [InlineData("Бакалавр, Прикладная математика", "Бакалавр", "Прикладная математика")]
    [InlineData("Инженер по специальности", "Инженер", "специальности")]
    [InlineData("Máster en Ciencia de Datos", "Máster", "Ciencia de Datos")]
    [InlineData("Bacharelado em Ciência da Computação", "Bacharelado", "Ciência da Computação")]
    [InlineData("学士（情報工学）", "学士", "（情報工学）")]
    [InlineData("MSc Physics", "MSc", "Physics")]
    public void Degrees_in_eleven_languages(string text, string degree, string rest)
    {
        Assert.True(DegreeRecognizer.TryMatch(text, out var d, out var r));
        Assert.Equal(degree, d);
        Assert.Equal(rest, r);
        Assert.True(DegreeRecognizer.Mentions("x " + text));
    }

    [Theory]
    [InlineData("Hochschule für Technik")]
    [InlineData("Universidad Politécnica")]
    [InlineData("Gradient descent")]
    public void School_names_are_no_degrees(string text) => Assert.False(DegreeRecognizer.TryMatch(text, out _, out _));
}
