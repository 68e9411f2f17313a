using JsonResume.Import.Recognition;

namespace JsonResume.Import.Blocks;

/// <summary>
/// One unit of a read document, in reading order, whatever the source format: a heading, a logical line of text,
/// a list item, a table row or an image, with the source lines it came from.
/// </summary>
internal sealed class Block
{
    public required BlockKind Kind { get; init; }

    /// <summary>Heading level (1–6) or list depth (0 for a top-level item).</summary>
    public int Level { get; init; }

    public RichText Content { get; init; } = RichText.Empty;

    /// <summary>First source line (1-based).</summary>
    public required int FirstLine { get; set; }

    /// <summary>Last source line (1-based, inclusive).</summary>
    public required int LastLine { get; set; }

    /// <summary>Whether a blank line (or the start of a container) comes before this block.</summary>
    public bool Gap { get; set; }

    /// <summary>Whether this block starts a new table row or cell: header lines do not reach across it.</summary>
    public bool Boundary { get; set; }

    /// <summary>For plain-text headings, how they are marked.</summary>
    public HeadingStyle Style { get; init; } = HeadingStyle.Strong;

    /// <summary>For rows: the cells, each as its lines.</summary>
    public IReadOnlyList<IReadOnlyList<RichText>>? Cells { get; init; }

    /// <summary>For rows of a table with a header row: what each column holds (null for a column it does not name).</summary>
    public IReadOnlyList<Vocabulary.TableColumn?>? Columns { get; init; }

    /// <summary>For a line read from a cell of such a table: what its column holds.</summary>
    public Vocabulary.TableColumn? Column { get; init; }

    /// <summary>For images: the address.</summary>
    public string? Source { get; init; }

    /// <summary>For images: the alternative text.</summary>
    public string? Alt { get; init; }

    /// <summary>For a heading that did not open a section and became a line: its level (7 for plain-text headings), else 0.</summary>
    public int HeadingLevel { get; init; }

    /// <summary>Whether the block came from a definition-list term.</summary>
    public bool IsTerm { get; init; }

    public string Text => Content.Text;

    /// <summary>The first date or range in the block's plain text (found once: every stage asks).</summary>
    public Recognition.DateMatch? Date
    {
        get
        {
            if (!dateFound)
            {
                date = Recognition.DateRecognizer.Default.Find(Content.ToPlain());
                dateFound = true;
            }

            return date;
        }
    }

    private Recognition.DateMatch? date;
    private bool dateFound;

    public override string ToString() => $"{Kind}{(Kind is BlockKind.Heading or BlockKind.Bullet ? Level.ToString(System.Globalization.CultureInfo.InvariantCulture) : "")}@{FirstLine}-{LastLine}{(Gap ? " gap" : "")}: {Text}";
}
