namespace JsonResume.Layout;

/// <summary>Checks that text joined with a separator splits back into its parts, without splitting it.</summary>
internal static class SeparatedText
{
    /// <summary>
    /// Whether <c>text.Split(separator, maxParts)</c> (ordinal) gives exactly <paramref name="parts"/>: each separator
    /// is found where a part ends, and the last part holds no further separator unless it is the
    /// <paramref name="maxParts"/>-th, which takes the rest.
    /// </summary>
    /// <param name="text">The joined text.</param>
    /// <param name="separator">The separator.</param>
    /// <param name="parts">The parts it was joined from (at least one).</param>
    /// <param name="maxParts">The most parts the split gives.</param>
    /// <returns>Whether the split gives the parts back.</returns>
    public static bool SplitsBackTo(string text, string separator, IReadOnlyList<string> parts, int maxParts = int.MaxValue)
    {
        if (parts.Count == 0 || parts.Count > maxParts)
        {
            return false;
        }

        var rest = text.AsSpan();
        for (var i = 0; i < parts.Count - 1; i++)
        {
            var at = rest.IndexOf(separator, StringComparison.Ordinal);
            if (at < 0 || !rest[..at].SequenceEqual(parts[i]))
            {
                return false;
            }

            rest = rest[(at + separator.Length)..];
        }

        return (parts.Count == maxParts || rest.IndexOf(separator, StringComparison.Ordinal) < 0) && rest.SequenceEqual(parts[^1]);
    }

    /// <summary>The same check for a heading's parts (their texts), without listing the texts apart.</summary>
    /// <param name="text">The joined text.</param>
    /// <param name="separator">The separator.</param>
    /// <param name="parts">The parts it was joined from (at least one).</param>
    /// <param name="maxParts">The most parts the split gives.</param>
    /// <returns>Whether the split gives the parts back.</returns>
    public static bool SplitsBackTo(string text, string separator, ReadOnlySpan<TitlePart> parts, int maxParts)
    {
        if (parts.Length == 0 || parts.Length > maxParts)
        {
            return false;
        }

        var rest = text.AsSpan();
        for (var i = 0; i < parts.Length - 1; i++)
        {
            var at = rest.IndexOf(separator, StringComparison.Ordinal);
            if (at < 0 || !rest[..at].SequenceEqual(parts[i].Text))
            {
                return false;
            }

            rest = rest[(at + separator.Length)..];
        }

        return (parts.Length == maxParts || rest.IndexOf(separator, StringComparison.Ordinal) < 0) && rest.SequenceEqual(parts[^1].Text);
    }
}
