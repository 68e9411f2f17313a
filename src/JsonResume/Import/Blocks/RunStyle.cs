namespace JsonResume.Import.Blocks;

/// <summary>How a character of a line is emphasised.</summary>
[Flags]
internal enum RunStyle
{
    None = 0,
    Bold = 1,
    Italic = 2,
    Code = 4,
    Strike = 8,
}
