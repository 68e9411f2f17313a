namespace JsonResume.Validation;

/// <summary>How <see cref="ResumeValidator"/> checks a document.</summary>
public sealed class ValidationOptions
{
    /// <summary>The defaults: schema errors are errors, semantic findings are warnings.</summary>
    public static ValidationOptions Default { get; } = new();

    /// <summary>When set, semantic findings (impossible dates, empty strings, old field names…) are errors too.</summary>
    public bool Strict { get; init; }
}
