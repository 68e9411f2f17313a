using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using JsonResume.Diagnostics;
using JsonResume.Json;

namespace JsonResume.FsCheck;

/// <summary>
/// FsCheck generators of mutants: valid résumés with exactly one rule broken at one known place (see
/// <see cref="MutationKind"/>), for differential and property tests of validators. Where a mutation may go is read from
/// the bundled schema (<see cref="BundledSchema"/>): every known property of every object in the base
/// document, present or not, and every item of its arrays.
/// </summary>
public static class ResumeMutants
{
    private static readonly Lazy<SchemaNode> Schema = new(LoadSchema);

    private static readonly string[] NotDates =
    [
        "", " ", "Present", "present", "Now", "current", "June 2014", "2014/06/29", "29.06.2014", "06/2014", "14-06", "2014-6",
        "2014-6-1", "20140629", "2014-06-29T00:00:00", "2014-06-29T10:00:00Z", " 2014", "2014 ", "0999", "3000", "2014-", "2014--06",
        "2014-06-", "2014-06-290", "2013-12-021", "2014-20", "2014-06-40", "1e3", "null",
    ];

    private static readonly string[] NotEmails =
    [
        "", " ", "name", "name@", "@example.com", "name@example", "name@@example.com", "na me@example.com", "name@exa mple.com",
        "name@-example.com", "name@example-.com", "name@example..com", ".name@example.com", "name.@example.com", "name..x@example.com",
        "\"name\"@example.com", "name@[192.0.2.1]", "mailto:name@example.com", "name@example.com ", " name@example.com",
        "name@example_x.com", "name(at)example.com", "名前@example.com",
    ];

    private static readonly string[] NotUris =
    [
        "", " ", "www.example.com", "example.com", "example.com/page", "page.html", "a b", "http://", "https://", "http:/x", "ht tp://x",
        "1http://x", "://example.com", "http://exa mple.com", "x:", "foo-bar-baz", "github.com/someone", "www.example.com/in/someone",
        "é:x",
    ];

    /// <summary>Mutants of one valid document: a place and a kind of mutation that applies there, chosen uniformly.</summary>
    /// <param name="document">A valid résumé (not changed).</param>
    /// <returns>The generator.</returns>
    public static Gen<Mutant> Of(JsonNode document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var options = Targets(document).SelectMany(t => Kinds(t).Select(k => (Target: t, Kind: k))).ToArray();
        return options.Length == 0
            ? throw new ArgumentException("The document has no place a mutation can go (is it an object?).", nameof(document))
            : Gen.Elements(options).SelectMany(o => Value(o.Target, o.Kind).Select(v => Apply(document, o.Target, o.Kind, v)));
    }

    /// <summary>Mutants of one valid document, of one kind only.</summary>
    /// <param name="document">A valid résumé (not changed).</param>
    /// <param name="kind">The kind of mutation.</param>
    /// <returns>The generator; it fails when the document has no place for that kind.</returns>
    public static Gen<Mutant> Of(JsonNode document, MutationKind kind)
    {
        ArgumentNullException.ThrowIfNull(document);
        var targets = Targets(document).Where(t => Kinds(t).Contains(kind)).ToArray();
        return targets.Length == 0
            ? throw new ArgumentException($"The document has no place for {kind}.", nameof(kind))
            : Gen.Elements(targets).SelectMany(t => Value(t, kind).Select(v => Apply(document, t, kind, v)));
    }

    /// <summary>Mutants of any of several valid documents.</summary>
    /// <param name="documents">Valid résumés (not changed).</param>
    /// <returns>The generator.</returns>
    public static Gen<Mutant> Of(IEnumerable<JsonNode> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        return Gen.OneOf(documents.Select(d => Of(d)).ToArray());
    }

    /// <summary>Mutants with several rules broken: each step mutates the previous mutant.</summary>
    /// <param name="document">A valid résumé (not changed).</param>
    /// <param name="count">How many mutations, at least one.</param>
    /// <returns>The generator; <see cref="Mutant.Pointer"/> and <see cref="Mutant.Kind"/> name the last mutation.</returns>
    public static Gen<Mutant> Stacked(JsonNode document, int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        var gen = Of(document);
        for (var i = 1; i < count; i++)
        {
            gen = gen.SelectMany(m => Of(JsonNode.Parse(m.Json)!));
        }

        return gen;
    }

    // Siblings: the names the schema defines in the object holding a property (null for array items).
    private sealed record Target(IReadOnlyList<object> Path, SchemaNode Schema, bool Present, SchemaNode? ArrayItems, IReadOnlyList<string>? Siblings = null);

    private static IEnumerable<MutationKind> Kinds(Target t)
    {
        if (t.ArrayItems is not null)
        {
            yield return MutationKind.WrongArrayItemType;
            yield break;
        }

        yield return MutationKind.ChangeType;
        yield return MutationKind.InsertNull;
        if (t.Present && t.Siblings is not null && t.Path[0] is not "meta" && Misspellings(t).Any())
        {
            yield return MutationKind.MisspellKey;
        }

        if (t.Schema.Pattern is not null)
        {
            yield return MutationKind.BreakDate;
            yield return MutationKind.ImpossibleDate;
        }

        if (t.Schema.Format == "email")
        {
            yield return MutationKind.BreakEmail;
        }

        if (t.Schema.Format == "uri")
        {
            yield return MutationKind.BreakUrl;
        }
    }

    private static Gen<JsonNode?> Value(Target t, MutationKind kind) => kind switch
    {
        MutationKind.ChangeType or MutationKind.WrongArrayItemType => OtherType((t.ArrayItems ?? t.Schema).Type),
        MutationKind.InsertNull => Gen.Constant<JsonNode?>(null),
        MutationKind.BreakDate => Strings(NotDates.Where(s => !t.Schema.Regex!.IsMatch(s))),
        MutationKind.ImpossibleDate => ImpossibleDates.Where(t.Schema.Regex!.IsMatch).Select(s => (JsonNode?)JsonValue.Create(s)),
        MutationKind.BreakEmail => Strings(NotEmails),
        MutationKind.BreakUrl => Strings(NotUris.Where(s => !Uri.TryCreate(s, UriKind.Absolute, out _))),
        MutationKind.MisspellKey => Strings(Misspellings(t)), // the new key; Apply moves the value under it
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>Misspellings of a property's name that are no name the schema defines there (none is one edit from a JSON Resume 0.0.x name either).</summary>
    private static IEnumerable<string> Misspellings(Target t)
    {
        var name = (string)t.Path[^1];
        var candidates = new List<string>();
        for (var i = 0; i + 1 < name.Length; i++)
        {
            candidates.Add(string.Concat(name.AsSpan(0, i), name.AsSpan(i + 1, 1), name.AsSpan(i, 1), name.AsSpan(i + 2)));
        }

        for (var i = 0; i < name.Length; i++)
        {
            candidates.Add(name.Remove(i, 1));
            candidates.Add(name.Insert(i, name[i].ToString()));
        }

        candidates.Add(char.IsUpper(name[0]) ? char.ToLowerInvariant(name[0]) + name[1..] : char.ToUpperInvariant(name[0]) + name[1..]);
        return candidates.Distinct(StringComparer.Ordinal).Where(c =>
            c.Length > 0 && c != name && !c.StartsWith('_') && !c.StartsWith("x-", StringComparison.OrdinalIgnoreCase)
            && !t.Siblings!.Contains(c, StringComparer.Ordinal));
    }

    private static Gen<JsonNode?> Strings(IEnumerable<string> values) => Gen.Elements(values.ToArray()).Select(s => (JsonNode?)JsonValue.Create(s));

    private static Gen<string> ImpossibleDates =>
        from year in Gen.Choose(1000, 2999)
        from month in Gen.Choose(1, 12)
        from shape in Gen.Choose(0, 3)
        from bad in Gen.Choose(13, 19)
        select shape switch
        {
            0 => string.Create(CultureInfo.InvariantCulture, $"{year:D4}-00"),
            1 => string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{bad:D2}"),
            2 => string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}-00"),
            _ => string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}-{DateTime.DaysInMonth(year, month) + 1 + (bad % 3):D2}"),
        };

    private static Gen<JsonNode?> OtherType(string type)
    {
        var values = new List<Func<JsonNode?>>();
        if (type != "string")
        {
            values.Add(() => JsonValue.Create("text"));
        }

        if (type != "object")
        {
            values.Add(() => new JsonObject());
            values.Add(() => new JsonObject { ["name"] = "text" });
        }

        if (type != "array")
        {
            values.Add(() => new JsonArray());
            values.Add(() => new JsonArray("text", 1));
        }

        values.Add(() => JsonValue.Create(42));
        values.Add(() => JsonValue.Create(-0.5));
        values.Add(() => JsonValue.Create(true));
        values.Add(() => JsonValue.Create(false));
        return Gen.Elements(values.ToArray()).Select(f => f());
    }

    private static Mutant Apply(JsonNode document, Target t, MutationKind kind, JsonNode? value)
    {
        var copy = document.DeepClone();
        var parent = copy;
        for (var i = 0; i < t.Path.Count - 1; i++)
        {
            parent = t.Path[i] is int index ? parent![index] : parent![(string)t.Path[i]];
        }

        if (kind == MutationKind.MisspellKey)
        {
            var obj = parent!.AsObject();
            var old = (string)t.Path[^1];
            var renamed = value!.GetValue<string>();
            var kept = obj[old];
            obj.Remove(old);
            obj[renamed] = kept;
            return new Mutant(copy.ToJsonString(), Pointer([.. t.Path.Take(t.Path.Count - 1), renamed]), kind);
        }

        var pointer = Pointer(t.Path);
        switch (t.Path[^1])
        {
            case int index when index == parent!.AsArray().Count:
                parent.AsArray().Add(value);
                break;
            case int index:
                parent!.AsArray()[index] = value;
                break;
            case string name:
                parent!.AsObject()[name] = value;
                break;
        }

        return new Mutant(copy.ToJsonString(), pointer, kind);
    }

    private static string Pointer(IEnumerable<object> path) =>
        string.Concat(path.Select(p => "/" + (p is int n ? n.ToString(CultureInfo.InvariantCulture) : JsonPointer.Escape((string)p))));

    private static List<Target> Targets(JsonNode document)
    {
        var targets = new List<Target>();
        Walk(document, Schema.Value, [], targets);
        return targets;
    }

    private static void Walk(JsonNode? node, SchemaNode schema, List<object> path, List<Target> targets)
    {
        if (schema.Type == "object" && node is JsonObject obj)
        {
            var siblings = schema.Properties.Select(p => p.Name).ToList();
            foreach (var (name, child) in schema.Properties)
            {
                List<object> childPath = [.. path, name];
                var present = obj.TryGetPropertyValue(name, out var value);
                targets.Add(new Target(childPath, child, present, null, siblings));
                if (present)
                {
                    Walk(value, child, childPath, targets);
                }
            }
        }
        else if (schema.Type == "array" && node is JsonArray array && schema.Items is { } items)
        {
            for (var i = 0; i <= array.Count; i++)
            {
                List<object> itemPath = [.. path, i];
                targets.Add(new Target(itemPath, items, i < array.Count, items));
                if (i < array.Count)
                {
                    targets.Add(new Target(itemPath, items, true, null));
                    Walk(array[i], items, itemPath, targets);
                }
            }
        }
    }

    private sealed class SchemaNode
    {
        public string Type { get; init; } = "";

        public string? Pattern { get; init; }

        public Regex? Regex { get; init; }

        public string? Format { get; init; }

        public List<(string Name, SchemaNode Schema)> Properties { get; } = [];

        public SchemaNode? Items { get; set; }
    }

    private static SchemaNode LoadSchema()
    {
        using var doc = JsonDocument.Parse(BundledSchema.Utf8);
        return Read(doc.RootElement, doc.RootElement);
    }

    private static SchemaNode Read(JsonElement root, JsonElement element)
    {
        if (element.TryGetProperty("$ref", out var reference))
        {
            var name = reference.GetString()!.Split('/')[^1];
            element = root.GetProperty("definitions").GetProperty(name);
        }

        var pattern = element.TryGetProperty("pattern", out var p) ? p.GetString() : null;
        var node = new SchemaNode
        {
            Type = element.TryGetProperty("type", out var type) ? type.GetString() ?? "" : "",
            Pattern = pattern,
            Regex = pattern is null ? null : new Regex(pattern, RegexOptions.None, TimeSpan.FromSeconds(1)),
            Format = element.TryGetProperty("format", out var f) ? f.GetString() : null,
        };
        if (element.TryGetProperty("properties", out var properties))
        {
            foreach (var property in properties.EnumerateObject())
            {
                node.Properties.Add((property.Name, Read(root, property.Value)));
            }
        }

        if (element.TryGetProperty("items", out var items))
        {
            node.Items = Read(root, items);
        }

        return node;
    }
}
