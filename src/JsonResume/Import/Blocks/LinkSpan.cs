namespace JsonResume.Import.Blocks;

/// <summary>A link inside a line: where its text is and where it points.</summary>
internal sealed record LinkSpan(int Start, int Length, string Url)
{
    public int End => Start + Length;
}
