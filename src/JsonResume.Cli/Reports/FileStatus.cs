namespace JsonResume.Cli.Reports;

/// <summary>The verdict on one input.</summary>
internal enum FileStatus
{
    /// <summary>A valid résumé (warnings allowed unless strict).</summary>
    Valid = 0,

    /// <summary>A JSON document that breaks at least one rule.</summary>
    Invalid = 1,

    /// <summary>Not a JSON document at all: empty, broken syntax, a wrong encoding, binary data.</summary>
    Unparseable = 2,

    /// <summary>The input could not be read: missing, a folder, no permission.</summary>
    Unreadable = 3,
}
