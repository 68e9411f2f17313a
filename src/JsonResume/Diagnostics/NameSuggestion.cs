using System.Buffers;
using System.Text;

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

    /// <summary>Names and distance rows up to this many elements are kept on the stack.</summary>
    private const int StackLimit = 256;

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
        var lowered = name.ToLowerInvariant(); // once, not per candidate: this runs for every unknown property
        Span<char> buffer = stackalloc char[StackLimit];
        foreach (var candidate in known)
        {
            if (string.Equals(candidate, name, StringComparison.OrdinalIgnoreCase) || IsPluralOf(candidate, name) || IsPluralOf(name, candidate))
            {
                return candidate;
            }

            if (Math.Abs(lowered.Length - candidate.Length) > maxEdits)
            {
                continue; // more edits than allowed whatever the letters
            }

            // Known names are ASCII (schema properties, rule codes): lowered into the stack, no string per candidate.
            ReadOnlySpan<char> other = candidate.Length <= StackLimit && Ascii.ToLower(candidate, buffer, out var written) == OperationStatus.Done
                ? buffer[..written]
                : candidate.ToLowerInvariant();
            if (Unmatched(lowered, other) > maxEdits || Unmatched(other, lowered) > maxEdits)
            {
                continue; // more letters without a counterpart than edits allowed
            }

            var distance = Distance(lowered, other, maxEdits, swaps);
            if (distance <= maxEdits && distance < bestDistance)
            {
                (best, bestDistance) = (candidate, distance);
            }
        }

        return best;
    }

    private static bool IsPluralOf(string plural, string singular) =>
        plural.Length == singular.Length + 1 && plural.EndsWith('s') && plural.StartsWith(singular, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A lower bound of the edits between two names, found without the distance: the characters of <paramref name="a"/>
    /// that <paramref name="b"/> does not hold anywhere (each must be replaced or deleted). Characters are compared by
    /// their low six bits, so two different ones may count as the same: that only lowers the bound.
    /// </summary>
    private static int Unmatched(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        var present = 0UL;
        foreach (var c in b)
        {
            present |= 1UL << (c & 63);
        }

        var unmatched = 0;
        foreach (var c in a)
        {
            if ((present & (1UL << (c & 63))) == 0)
            {
                unmatched++;
            }
        }

        return unmatched;
    }

    /// <summary>Optimal string alignment distance (Damerau–Levenshtein without repeated edits of one substring), capped
    /// (above <paramref name="cap"/> it gives <c>cap + 1</c>); Levenshtein distance without <paramref name="swaps"/>. Three
    /// rows on the stack instead of a matrix, and in each row only the cells within <paramref name="cap"/> of the
    /// diagonal (a cell further away already costs more than the cap); it stops as soon as two rows in a row are all
    /// above the cap, since no later row can come back under it.</summary>
    private static int Distance(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int cap, bool swaps)
    {
        var over = cap + 1;
        if (Math.Abs(a.Length - b.Length) > cap)
        {
            return over;
        }

        var width = b.Length + 1;
        Span<int> rows = width * 3 <= StackLimit ? stackalloc int[width * 3] : new int[width * 3];
        var twoBack = rows[..width];
        var previous = rows.Slice(width, width);
        var current = rows.Slice(2 * width, width);
        for (var j = 0; j < width; j++)
        {
            previous[j] = Math.Min(j, over);
        }

        var previousMin = 0;
        for (var i = 1; i <= a.Length; i++)
        {
            var low = Math.Max(1, i - cap);
            var high = Math.Min(b.Length, i + cap);
            current[0] = Math.Min(i, over);
            current[low - 1] = low == 1 ? current[0] : over; // left of the band: past the cap
            var rowMin = current[0];
            for (var j = low; j <= high; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var d = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (swaps && i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d = Math.Min(d, twoBack[j - 2] + 1);
                }

                current[j] = Math.Min(d, over);
                rowMin = Math.Min(rowMin, current[j]);
            }

            if (high < b.Length)
            {
                current[high + 1] = over; // right of the band: what the next row reads above its last cell
            }

            if (rowMin > cap && previousMin > cap)
            {
                return over;
            }

            previousMin = rowMin;
            var spare = twoBack;
            twoBack = previous;
            previous = current;
            current = spare;
        }

        return Math.Min(previous[b.Length], over);
    }
}
