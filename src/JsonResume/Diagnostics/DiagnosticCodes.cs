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

    /// <summary>
    /// A string holds a lone surrogate escape (<c>\ud800</c> without its pair): legal JSON grammar, but not a Unicode
    /// character, so no UTF-8 text can hold it. An error; the escape is read as U+FFFD so the rest is still checked.
    /// </summary>
    public const string LoneSurrogate = "JR0009";

    /// <summary>The input is larger than the library reads (64 MiB).</summary>
    public const string TooLarge = "JR0010";

    /// <summary>
    /// The input is not text: it holds NUL characters, or more than a tenth of its characters are control characters
    /// (other than tab, line breaks and form feed). The importer refuses it: no résumé is made from it.
    /// </summary>
    public const string NotText = "JR0011";

    /// <summary>The input is not well-formed YAML (a YAML résumé: <c>.yaml</c>, <c>.yml</c>, or read as YAML).</summary>
    public const string YamlSyntax = "JR0012";

    /// <summary>A YAML file holds more than one document (<c>---</c> between them); a résumé is one document.</summary>
    public const string YamlMultipleDocuments = "JR0013";

    /// <summary>
    /// A YAML alias cannot be expanded: its anchor is not defined before it, it refers to the node that holds it (a
    /// cycle), or the aliases together would copy more values than the reader allows (an "alias bomb").
    /// </summary>
    public const string YamlAlias = "JR0014";

    /// <summary>
    /// A YAML node JSON cannot hold as written: a tag other than YAML's standard ones (or one its value does not fit),
    /// or a key that is a mapping or a sequence. An error; the rest of the document is still read and checked.
    /// </summary>
    public const string YamlUnsupported = "JR0015";

    /// <summary>
    /// The command-line tool's configuration file (<c>.jsonresume.json</c>) is not valid: not JSON, an unknown property,
    /// a wrong type, an unknown rule code. JR002x: the tool's own configuration.
    /// </summary>
    public const string InvalidConfiguration = "JR0020";

    /// <summary>A value has a type the schema does not allow there (a number or null where a string belongs, and so on).</summary>
    public const string WrongType = "JR1001";

    /// <summary>A string does not match the schema's pattern; in JSON Resume that is a date that is not YYYY, YYYY-MM or YYYY-MM-DD.</summary>
    public const string PatternMismatch = "JR1002";

    /// <summary>A date has the right shape but cannot exist (month 13, 30 February, month 00).</summary>
    public const string ImpossibleDate = "JR1003";

    /// <summary>A string the schema declares as an email address is not one.</summary>
    public const string InvalidEmail = "JR1004";

    /// <summary>A string the schema declares as a URI is not an absolute URI.</summary>
    public const string InvalidUri = "JR1005";

    /// <summary>An entry ends before it starts (<c>endDate</c> earlier than <c>startDate</c>).</summary>
    public const string EndBeforeStart = "JR2001";

    /// <summary>An empty string stands where a value of a given form (a date, an address) is expected.</summary>
    public const string EmptyValue = "JR2002";

    /// <summary>A URL has no scheme (<c>www.example.com</c> instead of <c>https://www.example.com</c>).</summary>
    public const string UrlWithoutScheme = "JR2003";

    /// <summary><c>$schema</c> names a different JSON Resume version than the bundled one.</summary>
    public const string OtherSchemaVersion = "JR2004";

    /// <summary>A property has a JSON Resume 0.0.x name (<c>company</c>, <c>website</c>, <c>gpa</c>…); <c>jsonresume migrate</c> renames it.</summary>
    public const string OldPropertyName = "JR2005";

    /// <summary>A property the schema does not define at that place (often a misspelt key); warning.</summary>
    public const string UnknownProperty = "JR2006";

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

    /// <summary>
    /// A value the importer read breaks a schema rule (a date it could not make ISO 8601, an empty address); it was left
    /// out of the résumé and its lines are reported as not placed, with the reason.
    /// </summary>
    public const string ImportValueRejected = "JR3006";

    /// <summary>Part of a document in the library's own Markdown or plain-text layout could not be read (an unknown label, heading or line).</summary>
    public const string OwnFormatNotUnderstood = "JR3101";

    /// <summary>The extensions block of a document in the library's own layout is not a JSON object.</summary>
    public const string OwnFormatBadExtensions = "JR3102";

    /// <summary>A value differs after a round trip through another format.</summary>
    public const string RoundTripDifference = "JR4001";
}
