using System.Text.Json;
using JsonResume.Vocabulary;

namespace JsonResume.Layout;

/// <summary>
/// How one kind of entry (a job, a degree, a profile, ...) is laid out: which fields make its heading, which make the
/// date line, which are paragraphs and bullets, and the labelled lines for everything else.
/// </summary>
/// <typeparam name="T">The model class.</typeparam>
internal sealed class EntryShape<T>
    where T : class, new()
{
    private int maxTitleParts;

    private readonly FieldSpec<T>[] fields = [];

    /// <summary>Every field, in the order of labelled lines (at most 64; each field belongs to one shape).</summary>
    public required IReadOnlyList<FieldSpec<T>> Fields
    {
        get => fields;
        init
        {
            fields = [.. value];
            for (var i = 0; i < fields.Length; i++)
            {
                fields[i].Place(i);
            }
        }
    }

    /// <summary><see cref="Fields"/> as a span, for the loops that run for every entry.</summary>
    public ReadOnlySpan<FieldSpec<T>> FieldSpan => fields;

    private readonly FieldSpec<T>[][] titles = [];

    /// <summary>The heading patterns, longest first; each has a different number of parts.</summary>
    public IReadOnlyList<IReadOnlyList<FieldSpec<T>>> Titles
    {
        get => titles;
        init => titles = [.. value.Select(pattern => pattern.ToArray())];
    }

    /// <summary><see cref="Titles"/> as arrays, for the loop that runs for every entry.</summary>
    public ReadOnlySpan<FieldSpec<T>[]> TitleSpan => titles;

    /// <summary>A line of its own under the heading (the label of <c>basics</c>).</summary>
    public FieldSpec<T>? Subtitle { get; init; }

    /// <summary>The start of the date range, or the only date.</summary>
    public FieldSpec<T>? Start { get; init; }

    /// <summary>The end of the date range; null when the entry has a single date.</summary>
    public FieldSpec<T>? End { get; init; }

    /// <summary>What the date line names after the dates (location, awarder, issuer, publisher).</summary>
    public FieldSpec<T>? Place { get; init; }

    /// <summary>The field written as paragraphs.</summary>
    public FieldSpec<T>? Prose { get; init; }

    /// <summary>The field written as bullets.</summary>
    public FieldSpec<T>? Bullets { get; init; }

    /// <summary>The properties outside the schema.</summary>
    public required Func<T, Dictionary<string, JsonElement>?> Extensions { get; init; }

    /// <summary>The most parts a heading has.</summary>
    public int MaxTitleParts
    {
        get
        {
            if (maxTitleParts == 0)
            {
                maxTitleParts = Titles.Count == 0 ? 1 : Titles.Max(t => t.Count);
            }

            return maxTitleParts;
        }
    }

    /// <summary>A field's bit in a set of fields (its place in <see cref="Fields"/>).</summary>
    public ulong Bit(FieldSpec<T> field) =>
        (uint)field.Index < (uint)fields.Length && ReferenceEquals(fields[field.Index], field)
            ? 1UL << field.Index
            : throw new ArgumentException($"The field {field.Json} is not one of this shape's.", nameof(field));

    /// <summary>Finds the field a label names in any language (the plural or the one-item label of a list).</summary>
    public FieldSpec<T>? ByLabel(string label, out bool isItem)
    {
        foreach (var field in Fields)
        {
            if (LabelTable.IsWord(field.Label, label))
            {
                isItem = false;
                return field;
            }

            if (field.ItemLabel is { } itemLabel && LabelTable.IsWord(itemLabel, label))
            {
                isItem = true;
                return field;
            }
        }

        isItem = false;
        return null;
    }
}
