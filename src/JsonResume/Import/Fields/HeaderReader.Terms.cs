using JsonResume.Import.Blocks;

namespace JsonResume.Import.Fields;

/// <summary>Definition-list terms that label a contact field ("Phone" then ":   612 345 678").</summary>
internal static partial class HeaderReader
{
    /// <summary>A term that labels a contact field is a short label ("Correo Electrónico"), as inline labels are.</summary>
    private const int MaxTermLength = 19;

    /// <summary>Terms longer than this many words are headings of entries, not field labels.</summary>
    private const int MaxTermWords = 3;

    /// <summary>A definition-list term of a few words ("Dirección", "Correo Electrónico") right before its one-line definition.</summary>
    private static bool IsFieldTerm(Block block, Block? next)
    {
        var text = block.Content.ToPlain().TrimEnd(':', ' ');
        return block.IsTerm && next is { IsTerm: false, Kind: BlockKind.Text } && next.FirstLine == next.LastLine
            && text.Length is > 0 and <= MaxTermLength && text.Split(' ').Length <= MaxTermWords && text.All(c => char.IsLetter(c) || c is ' ' or '-' or '.');
    }

    /// <summary>"Term: definition", as the line would be written without the definition list.</summary>
    private static RichText Labelled(RichText term, RichText value)
    {
        var label = term.ToPlain().TrimEnd(':', ' ') + ":";
        return RichText.Join(new RichText(label, new RunStyle[label.Length], []), value);
    }
}
