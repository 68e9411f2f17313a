namespace JsonResume.Cli.Common;

/// <summary>What the file arguments stand for: the documents to check, and the arguments that are usage errors.</summary>
/// <param name="Sources">The documents, in argument order, each once.</param>
/// <param name="Errors">One sentence per bad argument (such as a glob that matches no file).</param>
internal sealed record InputResolution(IReadOnlyList<InputSource> Sources, IReadOnlyList<string> Errors);
