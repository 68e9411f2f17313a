using System.Reflection;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using JsonResume.Validation;

namespace JsonResume.Tests.Validation;

/// <summary>
/// Every pattern of the generated validator, hand-written matcher or lazily built regex, gives the verdict of the
/// schema's pattern text compiled as a regex: on every character in every position of a valid value, and on strings
/// glued from the pieces that matter to dates.
/// </summary>
public sealed class PatternMatcherTests
{
    private static readonly string[] Pieces =
    [
        "0", "1", "2", "3", "4", "9", "19", "20", "2014", "1999", "3000", "0999", "-", "--", "-0", "-1", "-2", "-3", "-4", "-12", "-13", "-31", "-39", "-40",
        "\n", "\r", " ", "T", "a", "/", ".", "\u0663", "\uFF11", "2014-06", "2014-06-29",
    ];

    private static IEnumerable<StringRule> RulesWithPatterns() =>
        typeof(SchemaValidator).GetFields(BindingFlags.NonPublic | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(StringRule))
            .Select(f => (StringRule)f.GetValue(null)!)
            .Where(r => r.Pattern is not null);

    public static Arbitrary<string> Strings() => Arb.From(Gen.Elements(Pieces).ArrayOf().Select(parts => string.Concat(parts)));

    [Fact]
    public void The_validator_has_patterns_to_check() => Assert.NotEmpty(RulesWithPatterns());

    [Fact]
    public void Every_character_in_every_position_of_a_matching_value()
    {
        foreach (var rule in RulesWithPatterns())
        {
            var regex = new Regex(rule.PatternText!);
            foreach (var valid in new[] { "2014", "2014-06", "2014-06-29", "1999-12-31", "2014\n" })
            {
                Assert.True(regex.IsMatch(valid) && rule.Pattern!(valid), $"{rule.Location}: {valid}");
                var chars = valid.ToCharArray();
                for (var i = 0; i <= chars.Length; i++)
                {
                    for (var c = 0; c <= char.MaxValue; c++)
                    {
                        // Replace the character at i, or append one at the end.
                        var text = i < chars.Length ? string.Create(chars.Length, (chars, i, (char)c), Replace) : valid + (char)c;
                        if (rule.Pattern!(text) != regex.IsMatch(text))
                        {
                            Assert.Fail($"{rule.Location}: \"{text}\": the matcher says {rule.Pattern(text)}");
                        }
                    }
                }
            }
        }
    }

    [Property(MaxTest = 20_000, Arbitrary = [typeof(PatternMatcherTests)])]
    public void Glued_strings(string text)
    {
        foreach (var rule in RulesWithPatterns())
        {
            Assert.True(rule.Pattern!(text) == Regex.IsMatch(text, rule.PatternText!), $"{rule.Location}: \"{text}\"");
        }
    }

    private static void Replace(Span<char> span, (char[] Chars, int At, char With) state)
    {
        state.Chars.CopyTo(span);
        span[state.At] = state.With;
    }
}
