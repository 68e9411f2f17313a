namespace JsonResume.Validation;

/// <summary>Whether a whole string value matches a schema's pattern.</summary>
/// <param name="text">The value.</param>
/// <returns>Whether it matches.</returns>
internal delegate bool TextPattern(ReadOnlySpan<char> text);

/// <summary>The format a string schema declares (<c>format</c>), among those the validator implements.</summary>
internal enum StringFormat
{
    /// <summary>No format.</summary>
    None,

    /// <summary><c>format: email</c>.</summary>
    Email,

    /// <summary><c>format: uri</c>.</summary>
    Uri,
}

/// <summary>Semantic checks the generator attaches to a string schema, on top of what the schema says.</summary>
[Flags]
internal enum StringSemantics
{
    /// <summary>None.</summary>
    None = 0,

    /// <summary>A partial date: it must exist (JR1003) and takes part in start/end ordering (JR2001).</summary>
    Date = 1,

    /// <summary>An empty string is reported (JR2002): a value of a given form is expected.</summary>
    NotEmpty = 2,

    /// <summary>A URL without a scheme is reported (JR2003).</summary>
    UrlScheme = 4,

    /// <summary>The document's <c>$schema</c>: another JSON Resume version is reported (JR2004).</summary>
    SchemaVersion = 8,
}

/// <summary>Everything the generated validator checks about one string schema, built once from the schema.</summary>
/// <param name="Location">The schema location, such as <c>#/definitions/iso8601</c>.</param>
/// <param name="Pattern">The schema's pattern, if any: a hand-written matcher where one exists for the pattern text, else
/// a regex compiled by the regex source generator and built at the first value checked.</param>
/// <param name="PatternText">The pattern as written in the schema.</param>
/// <param name="Expected">What a matching value is, for messages: "a partial ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD)".</param>
/// <param name="Format">The declared format.</param>
/// <param name="Semantics">The semantic checks.</param>
internal sealed record StringRule(string Location, TextPattern? Pattern, string? PatternText, string Expected, StringFormat Format, StringSemantics Semantics)
{
    /// <summary>Whether the value's text must be looked at (a plain string needs only its type checked).</summary>
    public bool NeedsText { get; } = Pattern is not null || Format != StringFormat.None || Semantics != StringSemantics.None;
}
