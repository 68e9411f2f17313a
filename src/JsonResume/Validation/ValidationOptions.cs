using JsonResume.Json;

namespace JsonResume.Validation;

/// <summary>How <see cref="ResumeValidator"/> checks a document.</summary>
public sealed class ValidationOptions
{
    /// <summary>The defaults: schema errors are errors, semantic findings are warnings.</summary>
    public static ValidationOptions Default { get; } = new();

    /// <summary>When set, semantic findings (impossible dates, empty strings, old field names…) are errors too.</summary>
    public bool Strict { get; init; }

    /// <summary>
    /// Whether a property the schema does not define is reported (a warning, <c>JR2006</c>, with the closest known name
    /// when there is one: a misspelt key is otherwise ignored without a word by every theme). Names starting with
    /// <c>x-</c> or <c>_</c>, and everything inside <c>meta</c> (where the standard asks tools to keep their settings), are
    /// extensions by convention and never reported. On by default.
    /// </summary>
    public bool ReportUnknownProperties { get; init; } = true;

    /// <summary>
    /// How the document is written: JSON (the default) or YAML. A YAML document is checked as the JSON it stands for,
    /// with every finding placed at its line:column in the YAML (see <see cref="ResumeYaml"/> for the YAML rules).
    /// </summary>
    public DocumentFormat Format { get; init; } = DocumentFormat.Json;
}
