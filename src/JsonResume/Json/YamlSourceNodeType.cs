namespace JsonResume.Json;

/// <summary>The kinds of <see cref="YamlSourceNode"/>.</summary>
internal enum YamlSourceNodeType
{
    /// <summary>A scalar: a string, number, boolean or null.</summary>
    Scalar,

    /// <summary>A mapping: a JSON object.</summary>
    Mapping,

    /// <summary>A sequence: a JSON array.</summary>
    Sequence,

    /// <summary>An alias (<c>*name</c>) of an earlier anchored node.</summary>
    Alias,
}
