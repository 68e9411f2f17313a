namespace JsonResume.Layout;

/// <summary>
/// Writes blocks to a <see cref="TextWriter"/> as they come, with a separator between two blocks: what joining the
/// whole list of blocks would give, without holding the list.
/// </summary>
/// <param name="writer">The output.</param>
/// <param name="separator">What goes between two blocks.</param>
internal sealed class BlockSink(TextWriter writer, string separator)
{
    /// <summary>Whether a block was written.</summary>
    public bool Any { get; private set; }

    /// <summary>The output, for writing a block in pieces after <see cref="Next"/>.</summary>
    public TextWriter Writer => writer;

    /// <summary>Starts a block (writes the separator when one came before) and returns the output.</summary>
    public TextWriter Next()
    {
        if (Any)
        {
            writer.Write(separator);
        }

        Any = true;
        return writer;
    }

    /// <summary>Writes a whole block.</summary>
    public void Add(string block) => Next().Write(block);
}
