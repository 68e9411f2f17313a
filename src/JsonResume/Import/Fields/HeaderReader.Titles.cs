using JsonResume.Import.Blocks;
using JsonResume.Vocabulary;

namespace JsonResume.Import.Fields;

/// <summary>The document's own title written on the name's line.</summary>
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
}
