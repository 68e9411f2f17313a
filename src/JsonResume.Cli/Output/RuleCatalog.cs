using JsonResume.Diagnostics;

namespace JsonResume.Cli.Output;

/// <summary>A one-line description of each diagnostic code, for SARIF rules.</summary>
internal static class RuleCatalog
{
    private static readonly Dictionary<string, string> Known = new(StringComparer.Ordinal)
    {
        [DiagnosticCodes.JsonSyntax] = "The input is not well-formed JSON.",
        [DiagnosticCodes.EmptyDocument] = "The input is empty.",
        [DiagnosticCodes.Encoding] = "The input is not UTF-8 text.",
        [DiagnosticCodes.TooDeep] = "The input nests too deeply.",
        [DiagnosticCodes.Unreadable] = "The input could not be read.",
        [DiagnosticCodes.KeptWrongType] = "A value has a type the schema does not allow.",
        [DiagnosticCodes.DuplicateProperty] = "An object has the same property twice.",
        [DiagnosticCodes.RootNotObject] = "The document is not a JSON object.",
        [DiagnosticCodes.LoneSurrogate] = "A string holds a lone surrogate escape, which no UTF-8 file can carry.",
        [DiagnosticCodes.TooLarge] = "The input is larger than the tool reads.",
        [DiagnosticCodes.NotText] = "The input is not text (NUL bytes or many control characters), so no résumé is made from it.",
        [DiagnosticCodes.YamlSyntax] = "The input is not well-formed YAML.",
        [DiagnosticCodes.YamlMultipleDocuments] = "A YAML file holds more than one document; a résumé is one document.",
        [DiagnosticCodes.YamlAlias] = "A YAML alias cannot be expanded: no anchor before it, a cycle, or more copies than the reader allows.",
        [DiagnosticCodes.YamlUnsupported] = "A YAML node JSON cannot hold as written: an unsupported tag, or a key that is not a scalar.",
        [DiagnosticCodes.UnknownProperty] = "A property the schema does not define at that place, often a misspelt key, which every theme ignores.",
    };

    /// <summary>Describes a code. Codes without their own line are described by their family.</summary>
    /// <param name="code">A code such as <c>JR1003</c>.</param>
    /// <returns>One sentence.</returns>
    public static string Describe(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (Known.TryGetValue(code, out var text))
        {
            return text;
        }

        return code.Length == 6 && code.StartsWith("JR", StringComparison.Ordinal)
            ? code[2] switch
            {
                '0' => "A problem with the input.",
                '1' => "A value breaks a rule of the JSON Resume schema.",
                '2' => "A value the schema allows but that cannot be right (semantic check).",
                '3' => "A problem found while importing.",
                '4' => "A problem found in a round trip or a migration.",
                _ => "A JSON Resume diagnostic.",
            }
            : "A JSON Resume diagnostic.";
    }
}
