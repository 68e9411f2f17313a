namespace JsonResume.Layout;

/// <summary>The shape of a list written on one line, such as <c>C#, F#, SQL</c>: items joined by <c>", "</c>.</summary>
internal static class CommaList
{
    /// <summary>What separates the items.</summary>
    public const string Separator = ", ";

    /// <summary>Joins items.</summary>
    /// <param name="items">The items.</param>
    /// <returns>The line.</returns>
    public static string Join(IEnumerable<string> items) => string.Join(Separator, items);

    /// <summary>Splits a line at every separator.</summary>
    /// <param name="line">The line.</param>
    /// <returns>The items; one item (the line itself) when there is no separator.</returns>
    public static IReadOnlyList<string> Split(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return line.Split(Separator);
    }
}
