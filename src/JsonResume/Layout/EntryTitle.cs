using JsonResume.Vocabulary;

namespace JsonResume.Layout;

/// <summary>
/// The shape of an entry heading: the title parts of an entry joined by <c>" · "</c>, such as
/// <c>Software Engineer · Example Corp</c> (position, then employer). An entry without a title is written
/// <see cref="Untitled"/>.
/// </summary>
internal static class EntryTitle
{
    /// <summary>What separates the parts of a title (a middle dot with a space on each side).</summary>
    public const string Separator = " · ";

    /// <summary>The English heading of an entry that has no title part (<see cref="LayoutLanguage.Untitled"/> in each language).</summary>
    public const string Untitled = LabelTable.Untitled;

    /// <summary>Joins title parts.</summary>
    /// <param name="parts">The parts, in order.</param>
    /// <returns>The heading text.</returns>
    public static string Join(IEnumerable<string> parts) => string.Join(Separator, parts);

    /// <summary>
    /// Splits a heading into at most <paramref name="maxParts"/> parts at the first separators (so only the last part
    /// may itself contain the separator). An empty heading and the untitled heading of any language have no parts.
    /// </summary>
    /// <param name="title">The heading text.</param>
    /// <param name="maxParts">The most parts to return (at least 1).</param>
    /// <returns>The parts.</returns>
    public static IReadOnlyList<string> Split(string title, int maxParts)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxParts, 1);
        if (title.Length == 0 || LayoutLanguage.IsUntitled(title))
        {
            return [];
        }

        return title.Split(Separator, maxParts);
    }
}
