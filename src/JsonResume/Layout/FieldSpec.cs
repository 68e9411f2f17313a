namespace JsonResume.Layout;

/// <summary>One field of the schema as the text formats show it: its JSON name, its label, its kind and how to get and set it.</summary>
/// <typeparam name="T">The model class holding the field.</typeparam>
internal sealed class FieldSpec<T>
    where T : class
{
    private readonly Func<T, string?>? getText;
    private readonly Action<T, string>? setText;
    private readonly Func<T, List<string>?>? getList;
    private readonly Action<T, List<string>>? setList;

    private FieldSpec(string json, string label, string? itemLabel, FieldKind kind,
        Func<T, string?>? getText, Action<T, string>? setText, Func<T, List<string>?>? getList, Action<T, List<string>>? setList)
    {
        (Json, Label, ItemLabel, Kind) = (json, label, itemLabel, kind);
        (this.getText, this.setText, this.getList, this.setList) = (getText, setText, getList, setList);
    }

    /// <summary>The field's place in its shape's <see cref="EntryShape{T}.Fields"/>; -1 until the shape is built.</summary>
    public int Index { get; private set; } = -1;

    /// <summary>The property name in JSON.</summary>
    public string Json { get; }

    /// <summary>The label of a labelled line (the plural one for lists).</summary>
    public string Label { get; }

    /// <summary>For lists: the label of a line holding one item.</summary>
    public string? ItemLabel { get; }

    /// <summary>How the field is shown.</summary>
    public FieldKind Kind { get; }

    /// <summary>Whether the field holds a list of strings.</summary>
    public bool IsList => Kind is FieldKind.List or FieldKind.Bullets;

    /// <summary>Records the field's place in its shape (a field belongs to one shape, at one place).</summary>
    internal void Place(int index)
    {
        if (Index >= 0 && Index != index)
        {
            throw new InvalidOperationException($"The field {Json} already belongs to another shape.");
        }

        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, 64);
        Index = index;
    }

    /// <summary>A string field.</summary>
    public static FieldSpec<T> Text(string json, string label, FieldKind kind, Func<T, string?> get, Action<T, string> set) =>
        new(json, label, null, kind, get, set, null, null);

    /// <summary>A list of short strings.</summary>
    public static FieldSpec<T> List(string json, string label, string itemLabel, Func<T, List<string>?> get, Action<T, List<string>> set) =>
        new(json, label, itemLabel, FieldKind.List, null, null, get, set);

    /// <summary>A list of sentences.</summary>
    public static FieldSpec<T> Bullets(string json, string label, Func<T, List<string>?> get, Action<T, List<string>> set) =>
        new(json, label, null, FieldKind.Bullets, null, null, get, set);

    /// <summary>The value of a string field.</summary>
    public string? GetText(T item) => getText!(item);

    /// <summary>Sets a string field.</summary>
    public void SetText(T item, string value) => setText!(item, value);

    /// <summary>The value of a list field.</summary>
    public List<string>? GetList(T item) => getList!(item);

    /// <summary>Sets a list field.</summary>
    public void SetList(T item, List<string> value) => setList!(item, value);

    /// <summary>Whether the field has a value (a list counts when it has items).</summary>
    public bool HasValue(T item) => IsList ? GetList(item) is { Count: > 0 } : GetText(item) is not null;
}
