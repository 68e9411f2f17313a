using System.Collections.Frozen;

namespace JsonResume.Import.Recognition;

/// <summary>
/// Month names (full and abbreviated) that date recognition accepts, mapped to month numbers. The default table holds
/// English plus French, German, Spanish, Portuguese and Italian; <see cref="With"/> adds more for other languages.
/// Names are only taken as months next to a year, so short words such as "mar" or "set" are safe.
/// </summary>
public sealed class MonthNames
{
    private static readonly string[][] DefaultNames =
    [
        ["january", "jan", "janvier", "janv", "januar", "jän", "enero", "ene", "janeiro", "gennaio", "gen"],
        ["february", "feb", "febr", "février", "fevrier", "févr", "fevr", "februar", "febrero", "fevereiro", "fev", "febbraio"],
        ["march", "mar", "mars", "märz", "marz", "marzo", "março", "marco"],
        ["april", "apr", "avril", "avr", "abril", "abr", "aprile"],
        ["may", "mai", "mayo", "maio", "maggio", "mag"],
        ["june", "jun", "juin", "juni", "junio", "junho", "giugno", "giu"],
        ["july", "jul", "juillet", "juil", "juli", "julio", "julho", "luglio", "lug"],
        ["august", "aug", "août", "aout", "agosto", "ago"],
        ["september", "sep", "sept", "septembre", "septiembre", "setembro", "set", "settembre"],
        ["october", "oct", "octobre", "oktober", "okt", "octubre", "outubro", "out", "ottobre", "ott"],
        ["november", "nov", "novembre", "noviembre", "novembro"],
        ["december", "dec", "décembre", "decembre", "déc", "dezember", "dez", "diciembre", "dic", "dezembro", "dicembre"],
    ];

    private readonly FrozenDictionary<string, int> _months;

    private MonthNames(IEnumerable<KeyValuePair<string, int>> pairs) =>
        _months = pairs.ToFrozenDictionary(p => p.Key.ToLowerInvariant(), p => p.Value, StringComparer.OrdinalIgnoreCase);

    /// <summary>The built-in table.</summary>
    public static MonthNames Default { get; } = new(
        DefaultNames.SelectMany((names, i) => names.Select(n => new KeyValuePair<string, int>(n, i + 1)))
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
    public bool TryGetMonth(string name, out int month) => _months.TryGetValue(name.TrimEnd('.'), out month);
}
