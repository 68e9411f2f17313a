namespace JsonResume.Benchmarks;

/// <summary>The four input shapes that once made the library super-linear (issue 13).</summary>
public enum InputShape
{
    /// <summary>Many short lines (text) / many entries with short highlights (JSON).</summary>
    ManyShortLines,

    /// <summary>One long line (text) / one long summary (JSON).</summary>
    OneLongLine,

    /// <summary>One word repeated on every line (text) / in every keyword and highlight (JSON).</summary>
    RepeatedWords,

    /// <summary>Lists nested 200 deep (Markdown) / extension data nested 200 deep, many times (JSON).</summary>
    DeepNesting,
}
