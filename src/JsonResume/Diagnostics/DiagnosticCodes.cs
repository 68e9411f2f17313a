namespace JsonResume.Diagnostics;

/// <summary>
/// Every diagnostic code the library reports. Codes are stable: once published, a code keeps its meaning.
/// JR0xxx: reading input; JR1xxx: schema rules; JR2xxx: semantic checks; JR3xxx: importing; JR4xxx: round trips and migration.
/// </summary>
public static class DiagnosticCodes
{
    /// <summary>The input is not well-formed JSON.</summary>
    public const string JsonSyntax = "JR0001";

    /// <summary>The input is empty or only white space.</summary>
    public const string EmptyDocument = "JR0002";

    /// <summary>The input is not valid UTF-8 (or UTF-16/32 with a byte order mark).</summary>
    public const string Encoding = "JR0003";

    /// <summary>The input nests deeper than the reader allows.</summary>
    public const string TooDeep = "JR0004";

    /// <summary>The input could not be read (missing file, no permission, too large).</summary>
    public const string Unreadable = "JR0005";

    /// <summary>A value has a type the model cannot hold; it was kept in the extension data of its parent.</summary>
    public const string KeptWrongType = "JR0006";

    /// <summary>An object has the same property twice; the last one wins.</summary>
    public const string DuplicateProperty = "JR0007";

    /// <summary>The document is not a JSON object.</summary>
    public const string RootNotObject = "JR0008";

    /// <summary>Content inside HTML comments was hidden and not imported.</summary>
    public const string ImportHiddenComments = "JR3001";

    /// <summary>Lines of an imported document hold content that no rule could place.</summary>
    public const string ImportNotUnderstood = "JR3002";

    /// <summary>A value was inferred rather than read (such as a name from an email address and a profile).</summary>
    public const string ImportInferred = "JR3003";

    /// <summary>A section heading has no JSON Resume counterpart; its content was not imported.</summary>
    public const string ImportUnknownSection = "JR3004";

    /// <summary>The document could not be read as the format asked for, or holds nothing to import.</summary>
    public const string ImportEmpty = "JR3005";
}
