namespace JsonResume.Vocabulary;

/// <summary>
/// The month names of one language: for each month (January first) the names CLDR gives in its gregorian calendar
/// (<c>format</c> and <c>stand-alone</c>, <c>wide</c> and <c>abbreviated</c>, trailing dots dropped), then the spellings
/// people type instead (the same names without accents, common shortenings), listed apart so the CLDR part can be
/// checked against the ICU data of a machine.
/// </summary>
/// <param name="Language">The BCP 47 language tag.</param>
/// <param name="Source">Where the words come from.</param>
/// <param name="Cldr">Twelve rows of CLDR names (wide forms first).</param>
/// <param name="Variants">Twelve rows of other spellings in common use (may be empty rows).</param>
internal sealed record MonthTable(string Language, string Source, string[][] Cldr, string[][] Variants)
{
    /// <summary>Every name of the table with its month number (1 to 12).</summary>
    public IEnumerable<KeyValuePair<string, int>> Pairs() =>
        Cldr.Concat(Variants).SelectMany((row, i) => row.Select(n => new KeyValuePair<string, int>(n, (i % 12) + 1)));
}
