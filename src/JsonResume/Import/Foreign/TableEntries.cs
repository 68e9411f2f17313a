using JsonResume.Vocabulary;

namespace JsonResume.Import.Foreign;

/// <summary>
/// A table whose first row names its columns ("Time | School | Major", "Firma | Position | Zeitraum"): the header row is
/// layout, not content, and each cell of the rows below it is read as the field its column names.
/// </summary>
internal static class TableEntries
{
    /// <summary>A header names at least this many columns, so that one word in a data row is not taken for a header.</summary>
    private const int MinNamedColumns = 2;

    /// <summary>
    /// The columns a table's first row names, one per cell, when every non-empty cell is a column word of
    /// <see cref="TableColumns"/>; null when the row is content.
    /// </summary>
    public static IReadOnlyList<TableColumn?>? Header(IReadOnlyList<IReadOnlyList<RichText>> cells)
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
    /// Role and organisation of a job or project whose header cells sit under named columns ("Position", "Firma"): the
    /// columns decide over the guess from words and order; cells under a location column are not left over.
    /// </summary>
    public static (HeaderFields.Piece? Role, HeaderFields.Piece? Organisation, List<HeaderFields.Piece> Others) Assign(
        List<HeaderFields.Piece> pieces, (HeaderFields.Piece? Role, HeaderFields.Piece? Organisation, List<HeaderFields.Piece> Others) guess)
    {
        var role = pieces.FirstOrDefault(p => p.Block.Column == TableColumn.Position);
        var organisation = pieces.FirstOrDefault(p => p.Block.Column is TableColumn.Organization or TableColumn.Name);
        if (role is null && organisation is null)
        {
            return guess;
        }

        role ??= guess.Role is { Block.Column: null } r && r != organisation ? r : null;
        organisation ??= guess.Organisation is { Block.Column: null } o && o != role ? o : null;
        var others = pieces.Where(p => p != role && p != organisation && p.Block.Column != TableColumn.Location).ToList();
        return (role, organisation, others);
    }

    /// <summary>The text of a cell under a location column ("Ort", "Lieu"), when the recognisers did not take it.</summary>
    public static string? Place(List<HeaderFields.Piece> pieces) =>
        pieces.FirstOrDefault(p => p.Block.Column == TableColumn.Location)?.Text;

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
