using System.Reflection;
using System.Reflection.Emit;
using JsonResume.Model;

namespace JsonResume.Tests.Architecture;

/// <summary>
/// Dependencies between the library's namespaces run one way: the graph built from the compiled assembly (signatures
/// and every type, method and field a method body uses) has no cycle.
/// </summary>
public sealed class NamespaceCycleTests
{
    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    [Fact]
    public void The_library_has_no_namespace_cycle()
    {
        var graph = Graph(typeof(Resume).Assembly);
        Assert.True(graph.Count > 5, "the graph should hold the library's namespaces");
        var cycles = new List<string>();
        while (cycles.Count < 20 && FindCycle(graph) is { } cycle)
        {
            cycles.Add(string.Join(" -> ", cycle.Select((ns, i) => i + 1 < cycle.Count ? $"{ns} (via {graph[ns][cycle[i + 1]]})" : ns)));
            graph[cycle[^2]].Remove(cycle[^1]); // report the next cycle too
        }

        Assert.True(cycles.Count == 0, "Namespace cycles:\n" + string.Join("\n", cycles));
    }

    /// <summary>
    /// The converter's stages, each a namespace, with the stages each may use: data flows documents → blocks → sections
    /// → fields → assembling, and every stage may use the recognisers; no stage reaches a later one.
    /// </summary>
    private static readonly Dictionary<string, string[]> ImportStages = new(StringComparer.Ordinal)
    {
        ["JsonResume.Import.Recognition"] = [],
        ["JsonResume.Import.Blocks"] = ["Recognition"],
        ["JsonResume.Import.Documents"] = ["Blocks", "Recognition"],
        ["JsonResume.Import.Sections"] = ["Blocks", "Recognition"],
        ["JsonResume.Import.Fields"] = ["Sections", "Blocks", "Recognition"],
        ["JsonResume.Import.Assembling"] = ["Fields", "Sections", "Blocks", "Documents", "Recognition"],
    };

    [Fact]
    public void The_import_stages_use_only_earlier_stages()
    {
        var graph = Graph(typeof(Resume).Assembly);
        Assert.True(ImportStages.Keys.All(graph.ContainsKey), "every stage namespace should exist: " + string.Join(", ", ImportStages.Keys.Where(k => !graph.ContainsKey(k))));
        var wrong = new List<string>();
        foreach (var (stage, allowed) in ImportStages)
        {
            foreach (var (to, example) in graph[stage])
            {
                if (to.StartsWith("JsonResume.Import", StringComparison.Ordinal) && !allowed.Any(a => to == "JsonResume.Import." + a))
                {
                    wrong.Add($"{stage} -> {to} ({example})");
                }
            }
        }

        Assert.True(wrong.Count == 0, "Stages reaching a later stage or the facade:\n" + string.Join("\n", wrong));
    }

    [Fact]
    public void A_cycle_is_found_and_printed()
    {
        var graph = new Dictionary<string, Dictionary<string, string>>
        {
            ["A"] = new() { ["B"] = "a.X uses b.Y" },
            ["B"] = new() { ["C"] = "" },
            ["C"] = new() { ["A"] = "" },
            ["D"] = new() { ["A"] = "" },
        };
        Assert.Equal(["A", "B", "C", "A"], FindCycle(graph));
        graph["C"].Clear();
        Assert.Null(FindCycle(graph));
    }

    /// <summary>Namespace → namespace it uses → one example use ("Type uses Type").</summary>
    private static Dictionary<string, Dictionary<string, string>> Graph(Assembly assembly)
    {
        var graph = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        foreach (var type in assembly.GetTypes())
        {
            var from = Outer(type).Namespace;
            if (from is null || !from.StartsWith("JsonResume", StringComparison.Ordinal))
            {
                continue;
            }

            var edges = graph.TryGetValue(from, out var e) ? e : graph[from] = new(StringComparer.Ordinal);
            foreach (var used in Uses(type))
            {
                var to = Outer(used).Namespace;
                if (to is not null && to != from && to.StartsWith("JsonResume", StringComparison.Ordinal))
                {
                    edges.TryAdd(to, $"{Outer(type).Name} uses {Outer(used).Name}");
                }
            }
        }

        return graph;
    }

    private static Type Outer(Type type)
    {
        while (type.DeclaringType is { } parent)
        {
            type = parent;
        }

        return type;
    }

    private static IEnumerable<Type> Uses(Type type)
    {
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var found = new List<Type>();
        if (type.BaseType is { } b)
        {
            found.Add(b);
        }

        found.AddRange(type.GetInterfaces());
        found.AddRange(type.GetFields(all).Select(f => f.FieldType));
        found.AddRange(type.GetProperties(all).Select(p => p.PropertyType));
        foreach (var method in type.GetMethods(all).Cast<MethodBase>().Concat(type.GetConstructors(all)))
        {
            found.AddRange(method.GetParameters().Select(p => p.ParameterType));
            if (method is MethodInfo info)
            {
                found.Add(info.ReturnType);
            }

            found.AddRange(BodyUses(method));
        }

        return found.SelectMany(Flatten);
    }

    private static IEnumerable<Type> Flatten(Type type)
    {
        if (type.HasElementType)
        {
            return Flatten(type.GetElementType()!);
        }

        return type.IsGenericType && !type.IsGenericTypeDefinition
            ? type.GetGenericArguments().SelectMany(Flatten).Prepend(type.GetGenericTypeDefinition())
            : [type];
    }

    /// <summary>Every type named by a token in the method's IL (types, and the declaring types of fields and methods).</summary>
    private static IEnumerable<Type> BodyUses(MethodBase method)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null)
        {
            yield break;
        }

        var typeArgs = method.DeclaringType!.IsGenericType ? method.DeclaringType.GetGenericArguments() : null;
        var methodArgs = method.IsGenericMethod ? method.GetGenericArguments() : null;
        for (var i = 0; i < il.Length;)
        {
            var value = il[i] == 0xFE ? (short)(0xFE00 | il[i + 1]) : il[i];
            i += il[i] == 0xFE ? 2 : 1;
            var op = OpCodesByValue[value];
            if (op.OperandType is OperandType.InlineType or OperandType.InlineField or OperandType.InlineMethod or OperandType.InlineTok)
            {
                var token = BitConverter.ToInt32(il, i);
                var member = Resolve(method.Module, token, typeArgs, methodArgs);
                switch (member)
                {
                    case Type t:
                        yield return t;
                        break;
                    case MethodBase m:
                        yield return m.DeclaringType!;
                        foreach (var g in m.IsGenericMethod ? m.GetGenericArguments() : [])
                        {
                            yield return g;
                        }

                        break;
                    case FieldInfo f:
                        yield return f.DeclaringType!;
                        break;
                }
            }

            i += op.OperandType switch
            {
                OperandType.InlineNone => 0,
                OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
                OperandType.InlineVar => 2,
                OperandType.InlineI8 or OperandType.InlineR => 8,
                OperandType.InlineSwitch => 4 + (4 * BitConverter.ToInt32(il, i)),
                _ => 4,
            };
        }
    }

    private static MemberInfo? Resolve(Module module, int token, Type[]? typeArgs, Type[]? methodArgs)
    {
        try
        {
            return module.ResolveMember(token, typeArgs, methodArgs);
        }
        catch (ArgumentException)
        {
            return null; // a token outside this module's tables (signatures, strings): no type to follow
        }
    }

    /// <summary>A cycle as a path that starts and ends at the same namespace, or null.</summary>
    private static List<string>? FindCycle(Dictionary<string, Dictionary<string, string>> graph)
    {
        var state = new Dictionary<string, int>(StringComparer.Ordinal); // 1: on the path, 2: done
        var path = new List<string>();
        foreach (var start in graph.Keys.Order(StringComparer.Ordinal))
        {
            if (Visit(start) is { } cycle)
            {
                return cycle;
            }
        }

        return null;

        List<string>? Visit(string node)
        {
            if (state.GetValueOrDefault(node) == 2)
            {
                return null;
            }

            if (state.GetValueOrDefault(node) == 1)
            {
                return [.. path[path.IndexOf(node)..], node];
            }

            state[node] = 1;
            path.Add(node);
            foreach (var next in (graph.GetValueOrDefault(node)?.Keys ?? Enumerable.Empty<string>()).Order(StringComparer.Ordinal))
            {
                if (Visit(next) is { } cycle)
                {
                    return cycle;
                }
            }

            path.RemoveAt(path.Count - 1);
            state[node] = 2;
            return null;
        }
    }
}
