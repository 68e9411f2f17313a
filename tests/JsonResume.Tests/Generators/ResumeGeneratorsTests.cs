using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using JsonResume.FsCheck;
using JsonResume.Json;
using JsonResume.Model;
using JsonResume.Tests.Support;

namespace JsonResume.Tests.Generators;

/// <summary>The generators produce what they promise: every kind of value, valid under every option, and shrink well.</summary>
public sealed class ResumeGeneratorsTests
{
    private static readonly Resume[] Sample = ResumeGenerators.Resumes().Sample(400, 60);

    private static IEnumerable<string> AllText => Sample.SelectMany(r => ModelWalker.Strings(r).Select(s => s.Value));

    public static TheoryData<string, string> TextFeatures => new()
    {
        { "non-BMP character", "\\p{Cs}" },
        { "combining mark", "\\p{Mn}" },
        { "right-to-left letter", "[\\u0590-\\u05FF\\u0600-\\u06FF]" },
        { "bidi control", "[\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]" },
        { "double quote", "\"" },
        { "backslash", "\\\\" },
        { "control character", "[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F]" },
        { "line break", "[\\n\\r\\u2028\\u2029]" },
        { "Markdown emphasis", "[*_]" },
        { "Markdown heading", "#" },
        { "Markdown link", "\\[" },
        { "table pipe", "\\|" },
        { "HTML", "[<&]" },
        { "backtick", "`" },
        { "leading white space", "^\\s" },
    };

    [Theory]
    [MemberData(nameof(TextFeatures))]
    public void Free_text_covers(string feature, string pattern)
    {
        Assert.True(AllText.Any(s => System.Text.RegularExpressions.Regex.IsMatch(s, pattern)), $"no generated text has a {feature}");
    }

    [Fact]
    public void Empty_strings_empty_lists_and_absent_properties_all_occur()
    {
        Assert.Contains(AllText, s => s.Length == 0);
        Assert.Contains(Sample, r => r.Work is { Count: 0 });
        Assert.Contains(Sample, r => r.Work?.Any(w => w.Highlights is { Count: 0 }) == true);
        Assert.Contains(Sample, r => r.Basics is null);
        Assert.Contains(Sample, r => r.Basics is { Name: null });
    }

    [Fact]
    public void Dates_of_every_precision_are_real()
    {
        var dates = Sample.SelectMany(r => ModelWalker.Strings(r)).Where(s => s.Name.EndsWith("ate", StringComparison.Ordinal) && s.Name != "lastModified").Select(s => s.Value).ToList();

        Assert.All(dates, d => Assert.True(PartialDate.TryParse(d, out _), d));
        Assert.Equal([4, 7, 10], dates.Select(d => d.Length).Distinct().Order());
        Assert.Contains(dates, d => d.EndsWith("-02-29", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_class_gets_unknown_properties_with_every_kind_of_JSON_value()
    {
        var withExtensions = Sample.SelectMany(ModelWalker.Objects).Where(o => ModelWalker.Extensions(o) is { Count: > 0 }).Select(o => o.GetType()).ToHashSet();
        var kinds = Sample.SelectMany(ModelWalker.ExtensionValues).Select(e => e.ValueKind).ToHashSet();

        Assert.Equal(typeof(Resume).Assembly.GetTypes().Where(t => t.Namespace == "JsonResume.Model" && t.GetProperty("ExtensionData") is not null).OrderBy(t => t.Name),
            withExtensions.OrderBy(t => t.Name));
        Assert.Equal(Enum.GetValues<JsonValueKind>().Where(k => k != JsonValueKind.Undefined).Order(), kinds.Order());
    }

    [Fact]
    public void Unknown_property_names_never_collide_with_the_class_schema_names()
    {
        foreach (var o in Sample.SelectMany(ModelWalker.Objects))
        {
            var names = ModelWalker.JsonNames(o.GetType());
            Assert.DoesNotContain(ModelWalker.Extensions(o)?.Keys.ToList() ?? [], names.Contains);
        }
    }

    [Fact]
    public void Emails_and_uris_are_conservative()
    {
        var strings = Sample.SelectMany(ModelWalker.Strings).ToList();

        Assert.All(strings.Where(s => s.Name == "email"), s => Assert.Matches("^[a-z0-9]+([._+-][a-z0-9]+)*(\\.[a-z0-9]+)*@([a-z0-9-]+\\.)+[a-z]+$", s.Value));
        Assert.All(strings.Where(s => s.Name is "url" or "canonical" or "$schema"), s => Assert.True(Uri.TryCreate(s.Value, UriKind.Absolute, out var u) && u.Scheme.StartsWith("http", StringComparison.Ordinal), s.Value));
    }

    public static TheoryData<TextStyle> RestrictedStyles => new() { TextStyle.SingleLineTrimmed, TextStyle.MultilineTrimmed };

    [Theory]
    [MemberData(nameof(RestrictedStyles))]
    public void Restricted_styles_give_conforming_non_empty_text_and_no_unknown_properties_when_asked(TextStyle style)
    {
        var options = new GeneratorOptions { TextStyle = style, AllowEmptyText = false, IncludeExtensionData = false };

        var sample = ResumeGenerators.Resumes(options).Sample(200, 60);

        var text = sample.SelectMany(ModelWalker.Strings).Select(s => s.Value).ToList();
        Assert.All(text, s => Assert.True(s.Length > 0 && TextRules.Conforms(s, style), $"\"{JsonEncodedText.Encode(s)}\""));
        Assert.DoesNotContain(sample.SelectMany(ModelWalker.Objects), o => ModelWalker.Extensions(o) is not null);
        Assert.Equal(style == TextStyle.MultilineTrimmed, text.Any(s => s.Contains('\n', StringComparison.Ordinal)));
        Assert.Contains(text, s => s.Contains(' ', StringComparison.Ordinal));
    }

    [Fact]
    public void Custom_text_replaces_every_free_text_field()
    {
        var options = new GeneratorOptions { CustomText = Gen.Constant("plain") };

        var strings = ResumeGenerators.Resumes(options).Sample(100, 40).SelectMany(ModelWalker.Strings).ToList();

        Assert.All(strings.Where(s => s.Name is not ("email" or "url" or "canonical" or "$schema") && !s.Name.EndsWith("ate", StringComparison.Ordinal)),
            s => Assert.Equal("plain", s.Value));
    }

    [Property(MaxTest = 300)]
    public Property Every_option_combination_gives_schema_valid_resumes()
    {
        var options =
            from style in Gen.Elements(TextStyle.Any, TextStyle.SingleLineTrimmed, TextStyle.MultilineTrimmed)
            from allowEmpty in Gen.Elements(true, false)
            from extensions in Gen.Elements(true, false)
            from maxItems in Gen.Choose(0, 6)
            select new GeneratorOptions { TextStyle = style, AllowEmptyText = allowEmpty, IncludeExtensionData = extensions, MaxItems = maxItems };
        var cases = options.SelectMany(o => ResumeGenerators.Resumes(o).Select(r => ResumeJson.Write(r)));

        return Prop.ForAll(cases.ToArbitrary(), json =>
        {
            var errors = ReferenceSchema.Errors(json);
            Assert.True(errors.Count == 0, $"{string.Join("; ", errors)}\n{json}");
        });
    }

    [Fact]
    public void Shrinking_keeps_resumes_valid_and_never_changes_the_original()
    {
        foreach (var resume in Sample.Take(20))
        {
            var before = ResumeJson.Write(resume);
            foreach (var smaller in ResumeGenerators.Shrink(resume).Take(30))
            {
                var json = ResumeJson.Write(smaller);
                Assert.NotEqual(before, json);
                Assert.Empty(ReferenceSchema.Errors(json));
            }

            Assert.Equal(before, ResumeJson.Write(resume));
        }
    }

    [Fact]
    public void Shrinking_reaches_a_minimal_counterexample()
    {
        static bool HasExtension(Resume r) => ModelWalker.Objects(r).Any(o => ModelWalker.Extensions(o) is { Count: > 0 });
        var resume = Sample.Where(HasExtension).MaxBy(r => ResumeJson.Write(r).Length)!;

        // Greedy shrinking, as FsCheck does: take the first smaller value that still fails the property.
        for (var step = 0; step < 10_000 && ResumeGenerators.Shrink(resume).FirstOrDefault(HasExtension) is { } smaller; step++)
        {
            resume = smaller;
        }

        var extensions = ModelWalker.Objects(resume).SelectMany(o => ModelWalker.Extensions(o) ?? []).ToList();
        Assert.Single(extensions);
        Assert.Equal(JsonValueKind.Null, extensions[0].Value.ValueKind);
        Assert.Empty(ModelWalker.Strings(resume));
    }

    [Property(MaxTest = 500)]
    public Property Normalising_text_is_idempotent_and_conforms()
    {
        return Prop.ForAll(ResumeGenerators.Text().ToArbitrary(), text =>
        {
            foreach (var style in Enum.GetValues<TextStyle>())
            {
                var once = TextRules.Normalize(text, style);
                Assert.Equal(once, TextRules.Normalize(once, style));
                Assert.True(TextRules.Conforms(once, style));
            }
        });
    }

    [Theory]
    [InlineData("  a \t b\n", TextStyle.SingleLineTrimmed, "a b")]
    [InlineData("a\u00A0\u2003b\u0000c", TextStyle.SingleLineTrimmed, "a b c")]
    [InlineData("\u200Bx\u200F", TextStyle.SingleLineTrimmed, "\u200Bx\u200F")]
    [InlineData("a\r\n\r\n  b  \u2028c\rd \n", TextStyle.MultilineTrimmed, "a\nb\nc\nd")]
    [InlineData(" a\n", TextStyle.Any, " a\n")]
    public void Normalize_examples(string text, TextStyle style, string expected)
    {
        Assert.Equal(expected, TextRules.Normalize(text, style));
        Assert.Equal(text == expected, TextRules.Conforms(text, style));
    }

    [Fact]
    public void Text_generator_with_empty_disallowed_never_gives_empty()
    {
        Assert.All(ResumeGenerators.Text(TextStyle.SingleLineTrimmed, allowEmpty: false).Sample(500, 5), s => Assert.NotEqual("", s));
        Assert.Contains("", ResumeGenerators.Text().Sample(500, 5));
    }
}
