namespace JsonResume.FsCheck;

/// <summary>The rule a <see cref="Mutant"/> breaks.</summary>
public enum MutationKind
{
    /// <summary>A value of another JSON type than the schema allows (a number for a string, an array for an object…).</summary>
    ChangeType,

    /// <summary><c>null</c> where the schema allows no null.</summary>
    InsertNull,

    /// <summary>A string that does not match the schema's pattern (a date that is not YYYY, YYYY-MM or YYYY-MM-DD).</summary>
    BreakDate,

    /// <summary>A date that matches the pattern but cannot exist (month 13, 30 February): a semantic rule, not a schema rule.</summary>
    ImpossibleDate,

    /// <summary>A string that is not an email address where the schema says <c>format: email</c>.</summary>
    BreakEmail,

    /// <summary>A string that is not an absolute URI where the schema says <c>format: uri</c>.</summary>
    BreakUrl,

    /// <summary>An array item of another type than the schema's items allow.</summary>
    WrongArrayItemType,

    /// <summary>
    /// A present property's key misspelt (two neighbouring letters swapped, one dropped or doubled, or the first letter's
    /// case changed) into a name the schema does not define there: valid JSON Resume, but its value is ignored by every
    /// theme; a semantic warning (<c>JR2006</c>), usually with the original name as the suggestion. Never inside <c>meta</c>, which
    /// is open to tools' own keys.
    /// </summary>
    MisspellKey,
}
