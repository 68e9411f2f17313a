using FsCheck;

namespace JsonResume.FsCheck;

/// <summary>What the résumé generators of <see cref="ResumeGenerators"/> produce. Every combination yields schema-valid résumés.</summary>
public sealed class GeneratorOptions
{
    /// <summary>The defaults: any Unicode text, empty strings allowed, unknown properties at every level, up to four items per list.</summary>
    public static GeneratorOptions Default { get; } = new();

    /// <summary>Which strings go into free-text fields; see <see cref="TextRules"/>.</summary>
    public TextStyle TextStyle { get; init; } = TextStyle.Any;

    /// <summary>Whether free-text fields may hold the empty string (absent fields are generated either way).</summary>
    public bool AllowEmptyText { get; init; } = true;

    /// <summary>Whether objects get unknown extra properties (<c>ExtensionData</c>) with arbitrary JSON values.</summary>
    public bool IncludeExtensionData { get; init; } = true;

    /// <summary>The most items a list (sections, highlights, keywords, ...) gets; lists also grow with FsCheck's size.</summary>
    public int MaxItems { get; init; } = 4;

    /// <summary>
    /// When set, every free-text field takes its strings from this generator instead of <see cref="TextStyle"/> and
    /// <see cref="AllowEmptyText"/> (any string is schema-valid in a free-text field). Such strings are not shrunk.
    /// </summary>
    public Gen<string>? CustomText { get; init; }
}
