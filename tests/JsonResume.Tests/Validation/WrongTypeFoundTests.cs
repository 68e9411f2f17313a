using System.Text;
using JsonResume.Diagnostics;
using JsonResume.Validation;

namespace JsonResume.Tests.Validation;

/// <summary>
/// The found value of a wrong-typed object or array is its JSON without the white space outside strings (a space after
/// each comma and colon), cut at 60 characters. The validator decodes only the bytes that reach the cut; this checks it
/// against that definition applied to the whole value, on values with long strings, escapes, multi-byte characters
/// placed across its decoding steps, and deep white space.
/// </summary>
public sealed class WrongTypeFoundTests
{
    private const int Cut = 60;

    public static TheoryData<int> Seeds() => [.. Enumerable.Range(0, 40)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void The_found_value_is_the_compacted_json_cut_at_sixty_characters(int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < 25; i++)
        {
            var value = RandomValue(random, depth: 0);
            var json = $"{{\"basics\": {value}}}";
            if (value.StartsWith('{'))
            {
                json = $"{{\"work\": {value}}}"; // an object where an array belongs
            }

            var report = ResumeValidator.Validate(Encoding.UTF8.GetBytes(json));
            var wrong = report.Diagnostics.First(d => d.Code == DiagnosticCodes.WrongType);
            Assert.Equal(Expected(value), wrong.Found);
        }
    }

    private static string Expected(string json)
    {
        var sb = new StringBuilder();
        var (inString, escaped) = (false, false);
        foreach (var c in json)
        {
            if (inString)
            {
                inString = escaped || c != '"';
                escaped = !escaped && c == '\\';
                sb.Append(c);
            }
            else if (!char.IsWhiteSpace(c))
            {
                inString = c == '"';
                sb.Append(c).Append(c is ',' or ':' ? " " : "");
            }
        }

        var text = sb.ToString();
        return text.Length <= Cut ? text : string.Concat(text.AsSpan(0, Cut), "…");
    }

    private static string RandomValue(Random random, int depth)
    {
        string Space() => new(' ', random.Next(0, random.Next(2) == 0 ? 3 : 120));
        string Text()
        {
            string[] pieces = ["a", "b c", "é", "日本", "😀", "\\\"", "\\\\", "\\n", ",", ":", "  ", "x-y"];
            var sb = new StringBuilder("\"");
            for (var n = random.Next(0, 30); n > 0; n--)
            {
                sb.Append(pieces[random.Next(pieces.Length)]);
            }

            return sb.Append('"').ToString();
        }

        string Item() => depth > 2 || random.Next(3) > 0 ? (random.Next(2) == 0 ? Text() : random.Next(1000).ToString(System.Globalization.CultureInfo.InvariantCulture)) : RandomValue(random, depth + 1);
        var count = random.Next(0, 6);
        return random.Next(2) == 0
            ? "[" + Space() + string.Join("," + Space(), Enumerable.Range(0, count).Select(_ => Item())) + Space() + "]"
            : "{" + Space() + string.Join("," + Space(), Enumerable.Range(0, count).Select(k => $"\"k{k}\"{Space()}:{Space()}{Item()}")) + Space() + "}";
    }
}
