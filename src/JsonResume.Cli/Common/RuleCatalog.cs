using JsonResume.Diagnostics;
using static JsonResume.Diagnostics.DiagnosticSeverity;

namespace JsonResume.Cli.Common;

/// <summary>
/// The one table of diagnostic codes: severity, title, full description, and the help link into
/// <c>docs/rules.md</c> that SARIF and JSON reports carry. <c>docs/rules.md</c> is generated from it, and a test
/// keeps it equal to <see cref="DiagnosticCodes"/> (an entry for every code, no entry for a code that does not exist).
/// </summary>
internal static class RuleCatalog
{
    /// <summary>Every code, in code order.</summary>
    public static IReadOnlyList<Rule> All { get; } =
    [
        new(DiagnosticCodes.JsonSyntax, Error, "Not well-formed JSON",
            "The input breaks JSON's grammar: a missing comma or quote, a trailing comma, a comment, a truncated file or text after the document. It is reported at the first place the reader stops, alone, and nothing else is checked; the file counts as not JSON (exit code 2).",
            CanIgnore: false),
        new(DiagnosticCodes.EmptyDocument, Error, "Empty input",
            "The input is empty or holds only white space, so there is no document to check. The file counts as not JSON (exit code 2).",
            CanIgnore: false),
        new(DiagnosticCodes.Encoding, Error, "Not UTF-8 text",
            "The input is neither UTF-8 nor UTF-16 or UTF-32 with a byte order mark (binary data, or text saved in a legacy code page). Save the file as UTF-8. The file counts as not JSON (exit code 2).",
            CanIgnore: false),
        new(DiagnosticCodes.TooDeep, Error, "Nesting too deep",
            "Objects and arrays nest deeper than 256 levels, which no résumé needs; the input is not read further, so that a hostile file cannot exhaust the stack. The file counts as not JSON (exit code 2).",
            CanIgnore: false),
        new(DiagnosticCodes.Unreadable, Error, "Input cannot be read",
            "The input could not be read: a missing file, a folder, no permission, a symbolic link loop, a FIFO nothing writes to, or a stream longer than the tool reads. The message gives the reason; nothing was checked (exit code 2).",
            CanIgnore: false),
        new(DiagnosticCodes.KeptWrongType, Warning, "Value kept aside",
            "A value has a type the model cannot hold (a number where a string belongs, a string where a list belongs). Reading keeps it, unchanged, in the extension data of its parent, so writing the résumé gives it back; the validator reports the same value as a schema error (JR1001)."),
        new(DiagnosticCodes.DuplicateProperty, Warning, "Property given twice",
            "An object has the same property twice. As in JavaScript, only the last one counts (and is checked); the earlier value is silently lost by every other tool. Keep one of them; `jsonresume migrate` sets the earlier one aside in `x-unmigrated`."),
        new(DiagnosticCodes.RootNotObject, Error, "Document is not an object",
            "The document is JSON but not an object (an array, a string, a number, `null`): a JSON Resume document is one object with `basics`, `work` and the other sections as properties."),
        new(DiagnosticCodes.LoneSurrogate, Error, "Lone surrogate escape",
            "A string holds a `\\ud800`-style escape without its pair: legal in JSON's grammar but not a Unicode character, so no UTF-8 file can carry it. It is read as U+FFFD so that the rest is still checked; write the character itself or its complete surrogate pair."),
        new(DiagnosticCodes.TooLarge, Error, "Input too large",
            "The input is larger than the library reads (64 MiB), far beyond any résumé; it is not read, so that a wrong file cannot exhaust memory. The file counts as unreadable (exit code 2).",
            CanIgnore: false),
        new(DiagnosticCodes.NotText, Error, "Not text",
            "The input holds NUL characters, or more than a tenth of its characters are control characters other than tab, line breaks and form feed: it is not a text document, and `convert` makes no résumé from it (exit code 2)."),
        new(DiagnosticCodes.YamlSyntax, Error, "Invalid YAML",
            "A YAML résumé (`.yaml`, `.yml`, or content read as YAML) is not well-formed YAML: a bad indentation, an unclosed quote or bracket, a tab used for indentation. The message gives the parser's reason at its line and column. Nothing else is checked until it is fixed (exit code 2).",
            CanIgnore: false),
        new(DiagnosticCodes.YamlMultipleDocuments, Error, "Several YAML documents",
            "The YAML file holds more than one document (separated by `---`), and a résumé is one document. Keep one résumé per file; the finding points at the start of the second document (exit code 2).",
            CanIgnore: false),
        new(DiagnosticCodes.YamlAlias, Error, "YAML alias not expandable",
            "A YAML alias (`*name`) cannot be expanded: its anchor (`&name`) is not defined before it, it refers to the node that contains it (a cycle), or all aliases together would copy more values than the reader allows, the shape of an \"alias bomb\" that would exhaust memory. Write the values out, or anchor a smaller node (exit code 2).",
            CanIgnore: false),
        new(DiagnosticCodes.YamlUnsupported, Error, "YAML node JSON cannot hold",
            "A YAML node has no JSON equivalent as written: a tag other than YAML's standard ones (`!!str`, `!!int`, `!!float`, `!!bool`, `!!null`, `!!map`, `!!seq`), a standard tag its value does not fit, or a key that is a mapping or a sequence. The node is left out of the résumé and the rest of the document is still read and checked."),
        new(DiagnosticCodes.InvalidConfiguration, Error, "Invalid configuration file",
            "The configuration file (`.jsonresume.json`, or the file given with `--config`) is not JSON, has a property the tool does not know, a value of the wrong type, a rule code that does not exist, or a `failOn` that is neither `error` nor `warning`. The message gives its line and column and, for a misspelt property, the closest known one. Nothing is checked until it is fixed (exit code 2).",
            CanIgnore: false),
        new(DiagnosticCodes.WrongType, Error, "Wrong type",
            "A value has a type the schema does not allow at its place: a number or `null` where a string belongs, a string where a list or an object belongs. Themes and other tools skip or crash on such a value. `jsonresume migrate` turns the common cases (numbers in text fields, a lone string where a list belongs, `null`) into the right type."),
        new(DiagnosticCodes.PatternMismatch, Error, "Not an ISO 8601 date",
            "A string does not match the schema's pattern; in JSON Resume that is a date (`startDate`, `endDate`, `date`, `releaseDate`) that is not `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. Open ends such as `Present` are written by leaving `endDate` out; `jsonresume migrate` converts `MM/YYYY`, `October 2018` and similar forms."),
        new(DiagnosticCodes.ImpossibleDate, Warning, "Impossible date",
            "A date has the right shape but cannot exist: month `00` or `13`, day `00`, 30 February, 31 April. The schema's pattern accepts it, but no reader can place it on a calendar. Use a month from 01 to 12 and a day that exists in that month.",
            RaisedByStrict: true),
        new(DiagnosticCodes.InvalidEmail, Error, "Not an email address",
            "A value the schema declares as an email address (`format: email`) is not one: it needs a local part, `@` and a host with at least two labels (`name@example.org`). A `mailto:` prefix, spaces, or an obfuscated address (`name at example dot org`) are not addresses."),
        new(DiagnosticCodes.InvalidUri, Error, "Not an absolute URI",
            "A value the schema declares as a URI (`format: uri`: `url`, `image`, profile links, `$schema`) is not an absolute URI. `www.example.com` and `example.com/cv` lack their scheme: write `https://www.example.com` (JR2003 says the same as a warning); `jsonresume migrate` adds `https://` where it is clearly missing."),
        new(DiagnosticCodes.EndBeforeStart, Warning, "End before start",
            "An entry's `endDate` is before its `startDate` (the end's last possible day is before the start's first), which usually means the two were entered the wrong way round or a year is mistyped. Check both dates.",
            RaisedByStrict: true),
        new(DiagnosticCodes.EmptyValue, Warning, "Empty value",
            "An empty or blank string stands where a date, an email address or a URL is expected. A date field left empty usually means an entry that continues: leave the property out instead. Stands beside the schema's own error for the same value (JR1002, JR1004 or JR1005), which says what is wrong; this one says what to do.",
            RaisedByStrict: true),
        new(DiagnosticCodes.UrlWithoutScheme, Warning, "URL without a scheme",
            "A URL has no scheme (`www.example.com`, `github.com/name`, `/cv.pdf`): browsers, themes and PDF renderers treat it as a path relative to wherever the résumé is shown, so the link breaks. Write the full address with `https://`. Stands beside the schema's JR1005 error when the value is not an absolute URI at all.",
            RaisedByStrict: true),
        new(DiagnosticCodes.OtherSchemaVersion, Warning, "Other schema version",
            "`$schema` names another JSON Resume version (`…/v1.0.0/schema.json`, `resume-schema@0.0.18`) than the one this tool bundles (`jsonresume validate --schema-version` prints it). The document is still checked against the bundled version; run `jsonresume migrate` to upgrade it and update `$schema`.",
            RaisedByStrict: true),
        new(DiagnosticCodes.OldPropertyName, Warning, "JSON Resume 0.0.x property name",
            "A property has the name it had in JSON Resume 0.0.x (`work[].company`, `website`, `basics.picture`, `education[].gpa`, `hobbies`, `bio`, `firstName`/`lastName`). Current themes ignore it, so the value silently disappears from the rendered résumé. `jsonresume migrate` renames it.",
            RaisedByStrict: true),
        new(DiagnosticCodes.UnknownProperty, Warning, "Unknown property",
            "A property the schema does not define at that place, usually a misspelt key (`emial`, `skils`, `Work`): the schema allows extra properties, so without this warning the value is accepted and silently ignored by every theme. The message names the closest known property (another case, singular or plural, or one edit away for names up to four letters and two for longer ones). Names starting with `x-` or `_` and everything inside `meta` are extensions and never reported.",
            RaisedByStrict: true),
        new(DiagnosticCodes.ImportHiddenComments, Warning, "Content hidden in comments",
            "`convert` found content inside HTML comments (`<!-- … -->`) and did not import it, since the author hid it. A warning, or an info with `--include-comments`, which imports it."),
        new(DiagnosticCodes.ImportNotUnderstood, Warning, "Lines not imported",
            "`convert` could not place some lines of the document in any field: the message counts them and names the first; `--report` lists what became of every line. Nothing is dropped silently."),
        new(DiagnosticCodes.ImportInferred, Info, "Value inferred",
            "`convert` inferred a value instead of reading it (such as a name from an email address and a profile), or read the document exactly as this tool's own layout. Check the value."),
        new(DiagnosticCodes.ImportUnknownSection, Warning, "Section without a counterpart",
            "A section heading of the document (such as a hobby or reading list under a heading JSON Resume has no section for) has no JSON Resume counterpart; `convert` did not import its content and says where it is."),
        new(DiagnosticCodes.ImportEmpty, Warning, "Nothing to import",
            "The document holds no text to import, or could not be read as the format asked for (`--from`); the result is an empty résumé."),
        new(DiagnosticCodes.ImportValueRejected, Warning, "Imported value rejected",
            "A value `convert` read breaks a schema rule (a date it could not make ISO 8601, an empty address): it was left out of the résumé, so that the result always validates, and its lines are reported as not placed, with the reason."),
        new(DiagnosticCodes.OwnFormatNotUnderstood, Warning, "Own layout not understood",
            "Part of a document in this tool's own Markdown or plain-text layout (as `render` writes it) could not be read back: an unknown label, heading or line, usually from an edit by hand. The line is reported; the rest is read."),
        new(DiagnosticCodes.OwnFormatBadExtensions, Warning, "Bad extensions block",
            "The extensions block (`json extensions` in Markdown, `EXTENSIONS (JSON)` in text) of a document in this tool's own layout is not a JSON object, or holds a value no UTF-8 file can carry; it was not merged back."),
        new(DiagnosticCodes.RoundTripDifference, Warning, "Round-trip difference",
            "A value differs after a round trip through another format (rendered and read back): `jsonresume roundtrip` lists each difference with its JSON Pointer and the values before and after."),
    ];

    private static readonly Dictionary<string, Rule> ByCode = All.ToDictionary(r => r.Code, StringComparer.Ordinal);

    /// <summary>The rule of a code.</summary>
    /// <param name="code">A code such as <c>JR1003</c>, exactly as reported.</param>
    /// <param name="rule">Its entry.</param>
    /// <returns>Whether the code exists.</returns>
    public static bool TryGet(string code, out Rule rule) => ByCode.TryGetValue(code, out rule!);

    /// <summary>The rule of a code the tool reported (every reported code has an entry; a test keeps it so).</summary>
    /// <param name="code">A code such as <c>JR1003</c>.</param>
    /// <returns>Its entry.</returns>
    public static Rule Get(string code) =>
        ByCode.TryGetValue(code, out var rule) ? rule : throw new KeyNotFoundException($"No rule describes {code}.");

    /// <summary>The help link of a code: its section in <c>docs/rules.md</c> under <see cref="ToolInfo.RulesDocumentationUri"/>.</summary>
    /// <param name="rule">The rule.</param>
    /// <returns>An absolute URI.</returns>
    public static Uri HelpUri(Rule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return new UriBuilder(ToolInfo.RulesDocumentationUri) { Fragment = rule.Anchor }.Uri;
    }
}
