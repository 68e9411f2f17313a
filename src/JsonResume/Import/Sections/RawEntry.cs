using JsonResume.Import.Blocks;

namespace JsonResume.Import.Sections;

/// <summary>An entry of a section before its fields are known: header lines and body blocks.</summary>
internal sealed class RawEntry
{
    public required Block Start { get; init; }

    /// <summary>The short lines that name the entry: title, organisation, dates, place.</summary>
    public List<Block> Header { get; } = [];

    /// <summary>What follows: summary prose, bullets, sub-headings.</summary>
    public List<Block> Body { get; } = [];

    public IEnumerable<Block> All => Header.Concat(Body);
}
