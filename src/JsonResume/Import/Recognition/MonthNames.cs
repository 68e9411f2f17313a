using System.Collections.Frozen;
using JsonResume.Vocabulary;

namespace JsonResume.Import.Recognition;

/// <summary>
/// Month names (full and abbreviated) that date recognition accepts, mapped to month numbers. The default table holds
/// the eleven languages of <c>Vocabulary/MonthTables</c> (CLDR names, genitive and stand-alone forms included);
/// <see cref="With"/> adds more. Names are only taken as months next to a year, so short words such as "mar" or "set"
/// are safe.
/// </summary>
internal sealed class MonthNames
{
    private readonly FrozenDictionary<string, int> _months;
    private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _spans;

    private MonthNames(IEnumerable<KeyValuePair<string, int>> pairs)
    {
        _months = pairs.ToFrozenDictionary(p => p.Key.ToLowerInvariant(), p => p.Value, StringComparer.OrdinalIgnoreCase);
        _spans = _months.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The built-in table.</summary>
    public static MonthNames Default { get; } = new(
        MonthTables.All.SelectMany(t => t.Pairs())
            .Where(p => !p.Key.Any(char.IsAsciiDigit))
            .DistinctBy(p => p.Key, StringComparer.OrdinalIgnoreCase));

    /// <summary>Every name in the table.</summary>
    public IEnumerable<string> Names => _months.Keys;

    /// <summary>A new table holding these names as well (a name given here wins over the same name in this table).</summary>
    /// <param name="names">Name to month number (1 to 12).</param>
    /// <returns>The extended table.</returns>
    public MonthNames With(IEnumerable<KeyValuePair<string, int>> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        var merged = new Dictionary<string, int>(_months, StringComparer.OrdinalIgnoreCase);
        foreach (var (name, month) in names)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
            merged[name.Trim().TrimEnd('.')] = month;
        }

        return new MonthNames(merged);
    }

    /// <summary>The month a name means (case-insensitive, a trailing dot ignored).</summary>
    /// <param name="name">The name.</param>
    /// <param name="month">1 to 12 when known.</param>
    /// <returns>Whether the name is a month.</returns>
    public bool TryGetMonth(string name, out int month)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _months.TryGetValue(name.TrimEnd('.'), out month);
    }

    /// <summary>The month a run of letters means (case-insensitive), without allocating.</summary>
    internal bool TryGetMonth(ReadOnlySpan<char> name, out int month) => _spans.TryGetValue(name, out month);
}
