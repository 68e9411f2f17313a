namespace JsonResume.FsCheck;

/// <summary>A valid résumé with one rule broken at one place; made by <see cref="ResumeMutants"/>.</summary>
/// <param name="Json">The mutated document as JSON text.</param>
/// <param name="Pointer">The JSON Pointer of the value that breaks the rule (the last one, for stacked mutants).</param>
/// <param name="Kind">The rule broken there.</param>
public sealed record Mutant(string Json, string Pointer, MutationKind Kind)
{
    /// <summary>Whether the broken rule is one of the schema's (every kind except <see cref="MutationKind.ImpossibleDate"/> and <see cref="MutationKind.MisspellKey"/>).</summary>
    public bool BreaksSchema => Kind is not (MutationKind.ImpossibleDate or MutationKind.MisspellKey);

    /// <inheritdoc/>
    public override string ToString() => $"{Kind} at {Pointer} ({Json.Length} characters of JSON)";
}
