using FsCheck;
using FsCheck.Fluent;

namespace JsonResume.FsCheck.Internal;

/// <summary>One schema property of a model class <typeparamref name="T"/>: how to generate it, copy it and shrink it.</summary>
/// <param name="Name">The JSON name.</param>
/// <param name="Generate">Sets the property (or leaves it absent) on a new object.</param>
/// <param name="Copy">Copies the property from one object to another (shallow: values are never mutated once built).</param>
/// <param name="Shrinks">Changes that make the property of an object smaller, each to be applied to a copy.</param>
internal sealed record Member<T>(string Name, Gen<Action<T>> Generate, Action<T, T> Copy, Func<T, IEnumerable<Action<T>>> Shrinks)
    where T : class;

/// <summary>Builds <see cref="Member{T}"/>s of each kind the schema has.</summary>
internal static class Member
{
    /// <summary>A string property; <paramref name="shrink"/> gives smaller valid strings.</summary>
    internal static Member<T> Scalar<T>(string name, Func<T, string?> get, Action<T, string?> set, Gen<string> values, Func<string, IEnumerable<string>> shrink)
        where T : class =>
        new(name,
            Optional(values).Select(v => (Action<T>)(t => set(t, v))),
            (from, to) => set(to, get(from)),
            t => get(t) is { } value ? shrink(value).Select(s => (Action<T>)(t2 => set(t2, s))).Prepend(t2 => set(t2, null)) : []);

    /// <summary>An array of strings; may be absent, empty or hold a few items.</summary>
    internal static Member<T> Strings<T>(string name, Func<T, List<string>?> get, Action<T, List<string>?> set, Gen<string> items, Func<string, IEnumerable<string>> shrink, int maxItems)
        where T : class =>
        List(name, get, set, items, shrink, maxItems);

    /// <summary>A nested object.</summary>
    internal static Member<T> Child<T, TChild>(string name, Func<T, TChild?> get, Action<T, TChild?> set, Shape<TChild> shape)
        where T : class
        where TChild : class, new() =>
        new(name,
            Optional(shape.Generator).Select(v => (Action<T>)(t => set(t, v))),
            (from, to) => set(to, get(from)),
            t => get(t) is { } value ? shape.Shrink(value).Select(s => (Action<T>)(t2 => set(t2, s))).Prepend(t2 => set(t2, null)) : []);

    /// <summary>An array of objects.</summary>
    internal static Member<T> Children<T, TChild>(string name, Func<T, List<TChild>?> get, Action<T, List<TChild>?> set, Shape<TChild> shape, int maxItems)
        where T : class
        where TChild : class, new() =>
        List(name, get, set, shape.Generator, shape.Shrink, maxItems);

    private static Member<T> List<T, TItem>(string name, Func<T, List<TItem>?> get, Action<T, List<TItem>?> set, Gen<TItem> items, Func<TItem, IEnumerable<TItem>> shrink, int maxItems)
        where T : class
    {
        var lists = Gen.Frequency(
            (1, Gen.Constant<List<TItem>?>(null)),
            (1, Gen.Fresh<List<TItem>?>(() => [])),
            (4, Gen.Sized(size => Gen.Choose(1, Math.Max(1, Math.Min(maxItems, 1 + (size / 20))))).SelectMany(n => Gen.ListOf(items, n)).Select(l => (List<TItem>?)[.. l])));
        return new(name,
            lists.Select(v => (Action<T>)(t => set(t, v))),
            (from, to) => set(to, get(from)),
            t => get(t) is { } list ? ShrinkList(list, shrink).Select(s => (Action<T>)(t2 => set(t2, s))).Prepend(t2 => set(t2, null)) : []);
    }

    private static IEnumerable<List<TItem>> ShrinkList<TItem>(List<TItem> list, Func<TItem, IEnumerable<TItem>> shrink)
    {
        if (list.Count > 1)
        {
            yield return [];
        }

        for (var i = 0; i < list.Count; i++)
        {
            yield return [.. list.Where((_, j) => j != i)];
        }

        for (var i = 0; i < list.Count; i++)
        {
            var index = i;
            foreach (var smaller in shrink(list[i]))
            {
                var copy = new List<TItem>(list) { [index] = smaller };
                yield return copy;
            }
        }
    }

    private static Gen<TValue?> Optional<TValue>(Gen<TValue> values)
        where TValue : class =>
        Gen.Frequency((1, Gen.Constant<TValue?>(null)), (3, values.Select(v => (TValue?)v)));
}
