namespace JsonResume.Diagnostics;

/// <summary>
/// "Did you mean": the known name closest to a misspelt one. The one implementation for every place that suggests a
/// name (unknown résumé properties in the validator; rule codes and configuration keys in the command-line tool).
/// </summary>
internal static class NameSuggestion
{
    /// <summary>Names up to this long may differ from a known name by one edit to be suggested; longer ones by two.</summary>
    private const int ShortNameLength = 4;

    /// <summary>Edits (insert, delete, replace, swap two neighbours) allowed between a short name and its suggestion.</summary>
    private const int ShortNameEdits = 1;

    /// <summary>Edits allowed between a longer name and its suggestion.</summary>
    private const int LongNameEdits = 2;

    /// <summary>The known name closest to <paramref name="name"/>, allowing one edit for names up to four characters and two for longer ones.</summary>
    /// <param name="name">The unknown name.</param>
    /// <param name="known">The names that exist, in their preferred order.</param>
    /// <returns>The suggestion, or null.</returns>
    public static string? Closest(string name, IEnumerable<string> known)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Closest(name, known, name.Length <= ShortNameLength ? ShortNameEdits : LongNameEdits);
    }

    /// <summary>
    /// The known name closest to <paramref name="name"/>: the same letters in another case, singular or plural of it,
    /// or the fewest edits within <paramref name="maxEdits"/>; ties go to the order of <paramref name="known"/>. Null
    /// when none is close.
    /// </summary>
    /// <param name="name">The unknown name.</param>
    /// <param name="known">The names that exist, in their preferred order.</param>
    /// <param name="maxEdits">How many single-character insertions, deletions, substitutions or swaps of neighbours still count as close.</param>
    /// <param name="swaps">Whether two swapped neighbours count as one edit (a typing slip in a word); false for numbered
    /// codes, where swapped digits name another code rather than misspell this one.</param>
    /// <returns>The suggestion, or null.</returns>
    public static string? Closest(string name, IEnumerable<string> known, int maxEdits, bool swaps = true)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(known);
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in known)
        {
            if (string.Equals(candidate, name, StringComparison.OrdinalIgnoreCase) || IsPluralOf(candidate, name) || IsPluralOf(name, candidate))
            {
                return candidate;
            }

            var distance = Distance(name.ToLowerInvariant(), candidate.ToLowerInvariant(), maxEdits, swaps);
            if (distance <= maxEdits && distance < bestDistance)
            {
                (best, bestDistance) = (candidate, distance);
            }
        }

        return best;
    }

    private static bool IsPluralOf(string plural, string singular) =>
        plural.Length == singular.Length + 1 && plural.EndsWith('s') && plural.StartsWith(singular, StringComparison.OrdinalIgnoreCase);

    /// <summary>Optimal string alignment distance (Damerau–Levenshtein without repeated edits of one substring), capped;
    /// Levenshtein distance without <paramref name="swaps"/>.</summary>
    private static int Distance(string a, string b, int cap, bool swaps)
    {
        if (Math.Abs(a.Length - b.Length) > cap)
        {
            return cap + 1;
        }

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
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (swaps && i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
