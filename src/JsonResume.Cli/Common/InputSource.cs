namespace JsonResume.Cli.Common;

/// <summary>One document to read: a file, or standard input.</summary>
/// <param name="DisplayPath">How reports name it: the path as given (or as a glob matched it), or <c>&lt;stdin&gt;</c>.</param>
/// <param name="FullPath">The absolute path, or null for standard input.</param>
internal sealed record InputSource(string DisplayPath, string? FullPath)
{
    /// <summary>How reports name standard input.</summary>
    public const string StandardInputName = "<stdin>";

    /// <summary>Standard input (the argument <c>-</c>).</summary>
    public static InputSource StandardInput { get; } = new(StandardInputName, null);

    /// <summary>Whether this is standard input.</summary>
    public bool IsStandardInput => FullPath is null;

    /// <summary>The input a file argument names: <c>-</c> is standard input, anything else a path.</summary>
    /// <param name="argument">The argument as given.</param>
    /// <param name="currentDirectory">The folder a relative path starts from.</param>
    /// <returns>The input.</returns>
    public static InputSource FromArgument(string argument, string currentDirectory) =>
        argument == "-" ? StandardInput : new InputSource(argument, Path.GetFullPath(argument, currentDirectory));
}
