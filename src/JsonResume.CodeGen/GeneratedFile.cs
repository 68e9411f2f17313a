namespace JsonResume.CodeGen;

/// <summary>One file the generator writes.</summary>
/// <param name="Path">Path relative to the repository root, with forward slashes.</param>
/// <param name="Content">The whole text, with <c>\n</c> line endings.</param>
public sealed record GeneratedFile(string Path, string Content);
