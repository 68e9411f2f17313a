namespace JsonResume.Cli.Reports;

/// <summary>What <c>jsonresume migrate</c> made of its input.</summary>
internal enum MigrationStatus
{
    /// <summary>The document was upgraded: at least one change.</summary>
    Migrated = 0,

    /// <summary>The document was already current: no change.</summary>
    Unchanged = 1,

    /// <summary>The input is not a JSON object (broken syntax, empty, binary…): nothing was migrated.</summary>
    Unparseable = 2,
}
