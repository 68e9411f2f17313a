namespace JsonResume.Import.Blocks;

/// <summary>What a block of a read document is.</summary>
internal enum BlockKind
{
    /// <summary>A heading (Markdown <c>#</c> or setext, an HTML <c>h1</c>–<c>h6</c>, or a plain-text heading).</summary>
    Heading,

    /// <summary>A logical line of running text (a paragraph, or one line of it).</summary>
    Text,

    /// <summary>A list item.</summary>
    Bullet,

    /// <summary>A table row; <see cref="Block.Cells"/> holds its cells.</summary>
    Row,

    /// <summary>An image.</summary>
    Image,
}
