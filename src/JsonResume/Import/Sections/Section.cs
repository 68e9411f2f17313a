using JsonResume.Import.Blocks;
using JsonResume.Vocabulary;

namespace JsonResume.Import.Sections;

/// <summary>A run of blocks under one section heading (or the document's opening, before any heading).</summary>
internal sealed class Section
{
    public required ResumeSection Kind { get; init; }

    /// <summary>The heading, or null for the opening of the document.</summary>
    public Block? Heading { get; init; }

    public string Title => Heading?.Content.ToPlain() ?? "";

    public List<Block> Blocks { get; } = [];

    /// <summary>Whether an entry heading (a heading that did not open a section) is among the blocks.</summary>
    public bool HasEntryHeading { get; set; }

    /// <summary>Whether the section was inferred from the shape of its entries rather than opened by a heading.</summary>
    public bool Implied { get; init; }

    /// <summary>Whether this is the opening of the document (before the first section heading).</summary>
    public bool IsPreamble => Heading is null && !Implied;
}
