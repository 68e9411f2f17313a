using JsonResume.Import.Blocks;
using JsonResume.Import.Recognition;
using JsonResume.Vocabulary;

namespace JsonResume.Import.Fields;

/// <summary>Lines of the opening read by their shape: the document's own title beside the name, a place.</summary>
internal static partial class HeaderReader
{
    /// <summary>The line without the document's title written beside the name ("Lebenslauf – Name", "Name | CV"), or null.</summary>
    private static RichText? WithoutDocumentTitle(RichText line)
    {
        var text = line.Text;
        foreach (var separator in (ReadOnlySpan<string>)[" – ", " — ", " - ", " | ", ": "])
        {
            var at = text.IndexOf(separator, StringComparison.Ordinal);
            if (at <= 0 || text.IndexOf(separator, at + 1, StringComparison.Ordinal) >= 0)
            {
                continue;
            }

            var after = at + separator.Length;
            if (DocumentTitles.IsDocumentTitle(text[..at]) && text[after..].Trim().Length > 0)
            {
                return line.Slice(after, line.Length - after).Trim();
            }

            if (DocumentTitles.IsDocumentTitle(text[after..]))
            {
                return line.Slice(0, at).Trim();
            }
        }

        return null;
    }

    /// <summary>"City, Region" of two place-shaped parts, as a place; null for anything else.</summary>
    private static LocationMatch? UnknownPlace(string text)
    {
        var parts = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 2 || !parts.All(LocationRecognizer.IsPlaceShaped))
        {
            return null;
        }

        return new LocationMatch(text.Trim(), parts[0], parts[1], null, null);
    }
}
