using System.Reflection;
using System.Text.RegularExpressions;
using Xunit.Sdk;
using Xunit.v3;

[assembly: TestCollectionOrderer(typeof(JsonResume.Tests.Support.LongRunningFirst))]

namespace JsonResume.Tests.Support;

/// <summary>
/// Starts the test classes marked <see cref="LongRunningAttribute"/> first, longest first, the rest in xunit's order.
/// xunit runs two collections (one per class) at a time; left in its order, a long class (the round-trip properties,
/// the package tests' pack and install) could start last and run alone while the other thread had nothing left to do.
/// </summary>
public sealed partial class LongRunningFirst : ITestCollectionOrderer
{
    /// <inheritdoc />
    public IReadOnlyCollection<TTestCollection> OrderTestCollections<TTestCollection>(IReadOnlyCollection<TTestCollection> testCollections)
        where TTestCollection : notnull, ITestCollection =>
        // OrderByDescending is stable: collections without the attribute keep their order.
        [.. testCollections.OrderByDescending(c => ExpectedSeconds(c))];

    private static int ExpectedSeconds(ITestCollection collection) =>
        ClassOf(collection)?.GetCustomAttribute<LongRunningAttribute>()?.ExpectedSeconds ?? 0;

    /// <summary>The test class of a collection-per-class collection ("Test collection for Namespace.Class (id: …)").</summary>
    private static Type? ClassOf(ITestCollection collection)
    {
        var name = collection.TestCollectionClassName
            ?? (PerClassName().Match(collection.TestCollectionDisplayName) is { Success: true } m ? m.Groups[1].Value : null);
        return name is null ? null : typeof(LongRunningFirst).Assembly.GetType(name);
    }

    [GeneratedRegex(@"^Test collection for (\S+)")]
    private static partial Regex PerClassName();
}
