using JsonResume.Diagnostics;
using JsonResume.Json;

namespace JsonResume.Migration;

/// <summary>
/// Puts migration changes in the order of the migrated document, so that a report reads top to bottom. Changes at the
/// same place keep the order they were made in; a removed value stands where its nearest remaining ancestor starts.
/// </summary>
internal static class ChangeOrder
{
    public static IReadOnlyList<MigrationChange> InDocumentOrder(ReadOnlySpan<byte> utf8Json, List<MigrationChange> changes)
    {
        if (changes.Count < 2)
        {
            return changes;
        }

        var candidates = changes.SelectMany(c => SelfAndAncestors(c.Pointer)).Distinct(StringComparer.Ordinal).ToList();
        var positions = JsonLocator.Locate(utf8Json, candidates);
        return changes
            .Select((change, index) => (change, index, at: SelfAndAncestors(change.Pointer).Select(p => positions.TryGetValue(p, out var t) ? t : TextPosition.Unknown).FirstOrDefault(t => t.IsKnown)))
            .OrderBy(x => x.at.Line)
            .ThenBy(x => x.at.Column)
            .ThenBy(x => x.index)
            .Select(x => x.change)
            .ToList();
    }

    private static IEnumerable<string> SelfAndAncestors(string pointer)
    {
        var tokens = JsonPointer.Split(pointer);
        for (var n = tokens.Count; n >= 0; n--)
        {
            yield return tokens.Take(n).Aggregate(JsonPointer.Root, JsonPointer.Append);
        }
    }
}
