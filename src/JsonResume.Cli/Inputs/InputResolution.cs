namespace JsonResume.Cli.Inputs;

/// <summary>What the file arguments stand for: the documents to check, and the arguments that are usage errors.</summary>
/// <param name="Sources">The documents, in argument order, each once.</param>
/// <param name="Errors">One sentence per bad argument (such as a glob that matches no file).</param>
public sealed record InputResolution(IReadOnlyList<InputSource> Sources, IReadOnlyList<string> Errors);
