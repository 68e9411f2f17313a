using JsonResume.Import.Blocks;
using JsonResume.Vocabulary;

namespace JsonResume.Import.Fields;

/// <summary>
/// The cells of a table row under named columns (see <see cref="TableHeader"/>) read as the field their column names.
/// </summary>
internal static class TableEntries
{
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
}
