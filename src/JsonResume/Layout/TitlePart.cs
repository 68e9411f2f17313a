namespace JsonResume.Layout;

/// <summary>One part of a heading, with its kind (so a writer can show an address as a link).</summary>
/// <param name="Text">The value.</param>
/// <param name="Kind">Its kind.</param>
internal readonly record struct TitlePart(string Text, FieldKind Kind);
