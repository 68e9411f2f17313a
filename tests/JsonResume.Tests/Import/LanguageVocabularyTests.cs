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
    [InlineData("Berufserfahrung", nameof(ResumeSection.Work))]
    [InlineData("Arbeitserfahrung", nameof(ResumeSection.Work))]
    [InlineData("Ausbildung", nameof(ResumeSection.Education))]
    [InlineData("Kenntnisse", nameof(ResumeSection.Skills))]
    [InlineData("Sprachkenntnisse", nameof(ResumeSection.Languages))]
    [InlineData("Ehrenamtliches Engagement", nameof(ResumeSection.Volunteer))]
    [InlineData("Veröffentlichungen", nameof(ResumeSection.Publications))]
    [InlineData("Expérience professionnelle", nameof(ResumeSection.Work))]
    [InlineData("Formation", nameof(ResumeSection.Education))]
    [InlineData("Compétences techniques", nameof(ResumeSection.Skills))]
    [InlineData("Centres d'intérêt", nameof(ResumeSection.Interests))]
    [InlineData("Experiencia laboral", nameof(ResumeSection.Work))]
    [InlineData("Formación académica", nameof(ResumeSection.Education))]
    [InlineData("Habilidades", nameof(ResumeSection.Skills))]
    [InlineData("Publicaciones", nameof(ResumeSection.Publications))]
    [InlineData("Experiência profissional", nameof(ResumeSection.Work))]
    [InlineData("Formação", nameof(ResumeSection.Education))]
    [InlineData("Esperienza lavorativa", nameof(ResumeSection.Work))]
    [InlineData("Istruzione e formazione", nameof(ResumeSection.Education))]
    [InlineData("Competenze", nameof(ResumeSection.Skills))]
    [InlineData("Werkervaring", nameof(ResumeSection.Work))]
    [InlineData("Opleiding", nameof(ResumeSection.Education))]
    [InlineData("Vaardigheden", nameof(ResumeSection.Skills))]
    [InlineData("Doświadczenie zawodowe", nameof(ResumeSection.Work))]
    [InlineData("Wykształcenie", nameof(ResumeSection.Education))]
    [InlineData("Umiejętności", nameof(ResumeSection.Skills))]
    [InlineData("Опыт работы", nameof(ResumeSection.Work))]
    [InlineData("Образование", nameof(ResumeSection.Education))]
    [InlineData("Навыки", nameof(ResumeSection.Skills))]
    [InlineData("Знание языков", nameof(ResumeSection.Languages))]
    [InlineData("工作经历", nameof(ResumeSection.Work))]
    [InlineData("教育背景", nameof(ResumeSection.Education))]
    [InlineData("技能", nameof(ResumeSection.Skills))]
    [InlineData("项目经验", nameof(ResumeSection.Projects))]
    [InlineData("職歴", nameof(ResumeSection.Work))]
    [InlineData("学歴", nameof(ResumeSection.Education))]
    [InlineData("スキル", nameof(ResumeSection.Skills))]
    [InlineData("資格", nameof(ResumeSection.Certificates))]
    public void Headings_in_eleven_languages(string heading, string expected) => Assert.Equal(Enum.Parse<ResumeSection>(expected), SectionNames.Classify(heading));

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
