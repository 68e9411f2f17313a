namespace JsonResume.Json;

/// <summary>
/// One node of a YAML document as <see cref="YamlReader"/> reads it: just what JSON needs (a scalar's text and kind,
/// a container's items, an alias's target) and where it starts in the text.
/// </summary>
internal sealed class YamlSourceNode
{
    /// <summary>What the node is.</summary>
    public YamlSourceNodeType Type { get; init; }

    /// <summary>A scalar's text (for keys: the property name).</summary>
    public string Value { get; init; } = "";

    /// <summary>What a scalar means in JSON.</summary>
    public YamlScalars.Kind Kind { get; init; }

    /// <summary>Character index in the text where the node starts.</summary>
    public int Index { get; init; }

    /// <summary>A sequence's items; a mapping's keys and values, alternating.</summary>
    public List<YamlSourceNode> Items { get; } = [];

    /// <summary>The node an alias stands for.</summary>
    public YamlSourceNode? Target { get; init; }

    /// <summary>How many JSON values the node becomes, aliases expanded.</summary>
    public long Size { get; set; } = 1;

    /// <summary>How many container levels the node holds, itself included, aliases expanded (0 for a scalar).</summary>
    public int Height { get; set; }

    /// <summary>The node itself, or the one an alias stands for.</summary>
    public YamlSourceNode Resolved => Target ?? this;
}
