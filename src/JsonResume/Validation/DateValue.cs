using JsonResume.Model;

namespace JsonResume.Validation;

/// <summary>A real date seen in an object while validating it, kept to compare start and end dates.</summary>
/// <param name="Date">The date (its text is <see cref="PartialDate.ToString"/>, exactly as written).</param>
/// <param name="Offset">Byte offset of the value in the document.</param>
internal readonly record struct DateValue(PartialDate Date, long Offset)
{
    /// <summary>Whether a real date was seen.</summary>
    public bool HasValue => Date.Precision != default;
}
