using JsonResume.Vocabulary;

namespace JsonResume.Import.Blocks;

/// <summary>
/// A table whose first row names its columns ("Time | School | Major", "Firma | Position | Zeitraum"): the header row is
/// layout, not content; the readers of each format mark the rows below it with their columns, and the segmenter makes
/// each row one entry.
/// </summary>
internal static class TableHeader
{
    /// <summary>A header names at least this many columns, so that one word in a data row is not taken for a header.</summary>
    private const int MinNamedColumns = 2;

    /// <summary>
    /// The columns a table's first row names, one per cell, when every non-empty cell is a column word of
    /// <see cref="TableColumns"/>; null when the row is content.
    /// </summary>
    public static IReadOnlyList<TableColumn?>? Read(IReadOnlyList<IReadOnlyList<RichText>> cells)
    {
        var columns = new List<TableColumn?>();
        foreach (var cell in cells)
        {
            var text = string.Join(" ", cell.Select(l => l.ToPlain())).Trim();
            if (text.Length == 0)
            {
                columns.Add(null);
                continue;
            }

            if (TableColumns.Find(text) is not { } column)
            {
                return null;
            }

            columns.Add(column);
        }

        return columns.Count(c => c is not null) >= MinNamedColumns ? columns : null;
    }

    /// <summary>The column of a row's cell, when the row's table has a header.</summary>
    public static TableColumn? ColumnOf(Block row, int cell) =>
        row.Columns is { } columns && cell < columns.Count ? columns[cell] : null;

    /// <summary>
    /// In a section that is only a table with a header row, each row is one entry, dated or not: the indices of the
    /// first line of each row; null otherwise.
    /// </summary>
    public static List<int>? RowStarts(IReadOnlyList<Block> lines)
    {
        if (lines.Count == 0 || lines.Any(b => b.Columns is null))
        {
            return null;
        }

        return [.. Enumerable.Range(0, lines.Count).Where(i => lines[i].Boundary)];
    }
}
