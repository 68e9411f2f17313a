namespace JsonResume.Cli.Common;

/// <summary>"Did you mean" for names users type: the known name closest to a misspelt one.</summary>
internal static class Suggestions
{
    /// <summary>The known name closest to <paramref name="name"/>: the same but for case, or at most <paramref name="maxEdits"/> edits away.</summary>
    /// <param name="name">What was written.</param>
    /// <param name="known">The names that exist.</param>
    /// <param name="maxEdits">How many single-character insertions, deletions or substitutions still count as close.</param>
    /// <returns>The closest name (the first of equals), or null when none is close.</returns>
    public static string? Closest(string name, IEnumerable<string> known, int maxEdits)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(known);
        string? best = null;
        var bestDistance = maxEdits + 1;
        foreach (var candidate in known)
        {
            var distance = string.Equals(candidate, name, StringComparison.OrdinalIgnoreCase)
                ? 0
                : Distance(name.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance < bestDistance)
            {
                (best, bestDistance) = (candidate, distance);
            }
        }

        return best;
    }

    /// <summary>Levenshtein distance (insertions, deletions and substitutions), two rows at a time.</summary>
    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
