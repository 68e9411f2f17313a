using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;

namespace JsonResume.FsCheck.Internal;

/// <summary>
/// A model class described once, so that generating, copying and shrinking all follow the same list of schema properties.
/// Unknown properties never take one of the class's schema names.
/// </summary>
internal sealed class Shape<T>
    where T : class, new()
{
    private readonly Member<T>[] members;
    private readonly Func<T, Dictionary<string, JsonElement>?> getExtensions;
    private readonly Action<T, Dictionary<string, JsonElement>?> setExtensions;

    internal Shape(GeneratorOptions options, Func<T, Dictionary<string, JsonElement>?> getExtensions, Action<T, Dictionary<string, JsonElement>?> setExtensions, params Member<T>[] members)
    {
        this.members = members;
        this.getExtensions = getExtensions;
        this.setExtensions = setExtensions;
        Names = members.Select(m => m.Name).ToHashSet(StringComparer.Ordinal);
        var extensions = options.IncludeExtensionData
            ? JsonValues.ExtensionData(Names, options.MaxItems)
            : Gen.Constant<Dictionary<string, JsonElement>?>(null);
        Generator = Gen.CollectToList(members.Select(m => m.Generate)).Zip(extensions, (actions, extra) =>
        {
            var value = new T();
            foreach (var action in actions)
            {
                action(value);
            }

            setExtensions(value, extra);
            return value;
        });
    }

    /// <summary>The schema's property names of this class.</summary>
    internal IReadOnlySet<string> Names { get; }

    /// <summary>Generates schema-valid values.</summary>
    internal Gen<T> Generator { get; }

    /// <summary>A shallow copy.</summary>
    internal T Clone(T value)
    {
        var copy = new T();
        foreach (var member in members)
        {
            member.Copy(value, copy);
        }

        setExtensions(copy, getExtensions(value));
        return copy;
    }

    /// <summary>Smaller values, biggest steps first: drop all unknown properties, then one, then each schema property in turn.</summary>
    internal IEnumerable<T> Shrink(T value)
    {
        if (getExtensions(value) is { Count: > 0 } extensions)
        {
            yield return With(value, null);
            foreach (var key in extensions.Count > 1 ? extensions.Keys : Enumerable.Empty<string>())
            {
                yield return With(value, extensions.Where(e => e.Key != key).ToDictionary(StringComparer.Ordinal));
            }

            foreach (var (key, element) in extensions)
            {
                foreach (var smaller in JsonValues.Shrink(element))
                {
                    yield return With(value, new Dictionary<string, JsonElement>(extensions, StringComparer.Ordinal) { [key] = smaller });
                }
            }
        }

        foreach (var member in members)
        {
            foreach (var change in member.Shrinks(value))
            {
                var copy = Clone(value);
                change(copy);
                yield return copy;
            }
        }
    }

    private T With(T value, Dictionary<string, JsonElement>? extensions)
    {
        var copy = Clone(value);
        setExtensions(copy, extensions);
        return copy;
    }
}
