using JsonResume.Diagnostics;

namespace JsonResume.Migration;

/// <summary>
/// A JSON Pointer that is written out only when a change needs it: walking a document builds one of these per
/// container, where appending strings cost in proportion to the depth at every level (extension data 200 deep).
/// </summary>
internal sealed class LazyPointer
{
    private readonly LazyPointer? parent;
    private readonly string? property;
    private readonly int index;
    private string? text;

    private LazyPointer(LazyPointer? parent, string? property, int index, string? text)
    {
        this.parent = parent;
        this.property = property;
        this.index = index;
        this.text = text;
    }

    /// <summary>A pointer already written out.</summary>
    public static LazyPointer Of(string pointer) => new(null, null, 0, pointer);

    /// <summary>The pointer of a property of this value.</summary>
    public LazyPointer Child(string name) => new(this, name, 0, null);

    /// <summary>The pointer of an item of this list.</summary>
    public LazyPointer Child(int itemIndex) => new(this, null, itemIndex, null);

    /// <summary>The pointer as text (built once).</summary>
    public override string ToString() =>
        text ??= property is null ? JsonPointer.Append(parent!.ToString(), index) : JsonPointer.Append(parent!.ToString(), property);
}
