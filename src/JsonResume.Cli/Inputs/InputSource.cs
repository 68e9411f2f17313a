namespace JsonResume.Cli.Inputs;

/// <summary>One document to check: a file, or standard input.</summary>
/// <param name="DisplayPath">How reports name it: the path as given (or as a glob matched it), or <c>&lt;stdin&gt;</c>.</param>
/// <param name="FullPath">The absolute path, or null for standard input.</param>
public sealed record InputSource(string DisplayPath, string? FullPath)
{
    /// <summary>How reports name standard input.</summary>
    public const string StandardInputName = "<stdin>";

    /// <summary>Standard input (the argument <c>-</c>).</summary>
    public static InputSource StandardInput { get; } = new(StandardInputName, null);

    /// <summary>Whether this is standard input.</summary>
    public bool IsStandardInput => FullPath is null;
}
