using FsCheck;
using FsCheck.Fluent;
using JsonResume.Diagnostics;
using JsonResume.Tests.Support;

namespace JsonResume.Tests.Validation;

/// <summary>
/// The "did you mean" distance (three rows on the stack, stopping early once past the cap) gives the suggestion the
/// plain definition gives: optimal string alignment (or Levenshtein without swaps) over the whole matrix.
/// </summary>
public sealed class NameSuggestionProperties
{
    private static readonly Gen<string> Names =
        Gen.ListOf(Gen.Elements('a', 'b', 'c', 'A', 'B', 's', 'é', 'É', '1', '2')).Select(cs => new string([.. cs.Take(9)]));

    [Fact]
    public void The_suggestion_is_the_one_of_the_plain_definition()
    {
        var cases =
            from name in Names
            from known in Gen.ListOf(Names)
            from maxEdits in Gen.Choose(0, 3)
            from swaps in Gen.Elements(true, false)
            select (name, known: known.ToArray(), maxEdits, swaps);
        PropertyRuns.Check(cases, c => Assert.Equal(Reference(c.name, c.known, c.maxEdits, c.swaps), NameSuggestion.Closest(c.name, c.known, c.maxEdits, c.swaps)));
    }

    // The definition as it was first written: the whole matrix, both names lowered as strings.
    private static string? Reference(string name, IEnumerable<string> known, int maxEdits, bool swaps)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in known)
        {
            if (string.Equals(candidate, name, StringComparison.OrdinalIgnoreCase) || IsPluralOf(candidate, name) || IsPluralOf(name, candidate))
            {
                return candidate;
            }

            var a = name.ToLowerInvariant();
            var b = candidate.ToLowerInvariant();
            var d = new int[a.Length + 1, b.Length + 1];
            for (var i = 0; i <= a.Length; i++)
            {
                d[i, 0] = i;
            }

            for (var j = 0; j <= b.Length; j++)
            {
                d[0, j] = j;
            }

            for (var i = 1; i <= a.Length; i++)
            {
                for (var j = 1; j <= b.Length; j++)
                {
                    d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
                    if (swaps && i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    {
                        d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                    }
                }
            }

            var distance = d[a.Length, b.Length];
            if (distance <= maxEdits && distance < bestDistance)
            {
                (best, bestDistance) = (candidate, distance);
            }
        }

        return best;
    }

    private static bool IsPluralOf(string plural, string singular) =>
        plural.Length == singular.Length + 1 && plural.EndsWith('s') && plural.StartsWith(singular, StringComparison.OrdinalIgnoreCase);
}
