using JsonResume.Json;

namespace JsonResume.Cli.Common;

/// <summary>
/// Where a command's result goes: standard output, or a file written atomically (see <see cref="AtomicFile"/>). One
/// check before any work (the output is not the input, following symbolic links; not a folder; not an existing file
/// without <c>--force</c>; its folder exists) and one writer, for <c>render</c>, <c>convert</c> and <c>migrate</c>.
/// </summary>
/// <param name="DisplayPath">The path as given, or null for standard output.</param>
/// <param name="FullPath">The absolute path, or null for standard output.</param>
internal sealed record OutputTarget(string? DisplayPath, string? FullPath)
{
    /// <summary>Standard output.</summary>
    public static OutputTarget StandardOutput { get; } = new(null, null);

    /// <summary>Whether the result goes to standard output.</summary>
    public bool IsStandardOutput => FullPath is null;

    /// <summary>The target an <c>--output</c> argument names.</summary>
    /// <param name="argument">The path as given, or null for standard output.</param>
    /// <param name="currentDirectory">The folder a relative path starts from.</param>
    /// <returns>The target.</returns>
    public static OutputTarget For(string? argument, string currentDirectory) =>
        argument is null ? StandardOutput : new OutputTarget(argument, Path.GetFullPath(argument, currentDirectory));

    /// <summary>Whether this file is the input (the same file once symbolic links are followed).</summary>
    /// <param name="input">The input.</param>
    /// <returns>Whether writing here would overwrite the input.</returns>
    public bool IsInput(InputSource input) =>
        FullPath is not null && input.FullPath is not null && RealPath.Same(FullPath, input.FullPath);

    /// <summary>Checks, before any work, that the result can go here.</summary>
    /// <param name="input">The input, which is never overwritten.</param>
    /// <param name="overwrite">Whether an existing file may be replaced (<c>--force</c>).</param>
    /// <returns>What stands in the way, or <see cref="OutputCheck.Ready"/>.</returns>
    public OutputCheck Check(InputSource input, bool overwrite)
    {
        if (FullPath is null)
        {
            return OutputCheck.Ready;
        }

        if (IsInput(input))
        {
            return OutputCheck.IsInput;
        }

        if (Directory.Exists(FullPath))
        {
            return OutputCheck.Folder;
        }

        if (!overwrite && File.Exists(FullPath))
        {
            return OutputCheck.Exists;
        }

        return Directory.Exists(Path.GetDirectoryName(FullPath)) ? OutputCheck.Ready : OutputCheck.MissingFolder;
    }

    /// <summary>The one sentence for a problem <see cref="Check"/> found.</summary>
    /// <param name="check">The problem.</param>
    /// <param name="command">The command's name, for <see cref="OutputCheck.IsInput"/>.</param>
    /// <returns>A sentence for <see cref="CliMessages.Error"/>.</returns>
    public string Describe(OutputCheck check, string command) => check switch
    {
        OutputCheck.IsInput => $"the output {DisplayPath} is the input; {command} never overwrites its input.",
        OutputCheck.Folder => $"cannot write {DisplayPath}: {AtomicFile.FolderProblem}.",
        OutputCheck.Exists => $"cannot write {DisplayPath}: {AtomicFile.ExistsProblem}.",
        OutputCheck.MissingFolder => $"cannot write {DisplayPath}: {AtomicFile.MissingFolderProblem}.",
        _ => "",
    };

    /// <summary>Checks, then writes the result; any problem becomes one error line.</summary>
    /// <param name="content">The result, as UTF-8 text.</param>
    /// <param name="overwrite">Whether an existing file may be replaced.</param>
    /// <param name="environment">Standard output and error.</param>
    /// <returns><see cref="ExitCodes.Success"/>, or <see cref="ExitCodes.Error"/> when the file could not be written.</returns>
    public int Write(string content, bool overwrite, CliEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(environment);
        if (FullPath is null)
        {
            environment.Output.Write(content);
            return ExitCodes.Success;
        }

        return AtomicFile.TryWrite(FullPath, content, overwrite, out var problem)
            ? ExitCodes.Success
            : CliMessages.Error(environment.Error, $"cannot write {DisplayPath}: {problem}.");
    }

    /// <summary>Checks, then writes a result given as UTF-8 (to standard output decoded in pieces, never as one string);
    /// any problem becomes one error line.</summary>
    /// <param name="utf8">The result, as UTF-8 bytes.</param>
    /// <param name="overwrite">Whether an existing file may be replaced.</param>
    /// <param name="environment">Standard output and error.</param>
    /// <returns><see cref="ExitCodes.Success"/>, or <see cref="ExitCodes.Error"/> when the file could not be written.</returns>
    public int Write(ReadOnlyMemory<byte> utf8, bool overwrite, CliEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        if (FullPath is null)
        {
            var text = new Utf8ToText(environment.Output);
            text.Write(utf8.Span);
            text.Finish();
            return ExitCodes.Success;
        }

        return AtomicFile.TryWrite(FullPath, utf8, overwrite, out var problem)
            ? ExitCodes.Success
            : CliMessages.Error(environment.Error, $"cannot write {DisplayPath}: {problem}.");
    }

    /// <summary>Writes a result as it is produced (UTF-8), without holding it whole; otherwise as <see cref="Write(string, bool, CliEnvironment)"/>.</summary>
    /// <param name="write">Writes the result to the writer it is given.</param>
    /// <param name="overwrite">Whether an existing file may be replaced.</param>
    /// <param name="environment">Standard output and error.</param>
    /// <returns><see cref="ExitCodes.Success"/>, or <see cref="ExitCodes.Error"/> when the file could not be written.</returns>
    public int Write(Action<TextWriter> write, bool overwrite, CliEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(write);
        ArgumentNullException.ThrowIfNull(environment);
        if (FullPath is null)
        {
            write(environment.Output);
            return ExitCodes.Success;
        }

        return AtomicFile.TryWrite(FullPath, stream => WriteUtf8(stream, write), overwrite, out var problem)
            ? ExitCodes.Success
            : CliMessages.Error(environment.Error, $"cannot write {DisplayPath}: {problem}.");
    }

    private static void WriteUtf8(Stream stream, Action<TextWriter> write)
    {
        using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false), StreamBufferSize, leaveOpen: true);
        write(writer);
    }

    /// <summary>The characters a streamed result is buffered by before it goes to the file.</summary>
    private const int StreamBufferSize = 64 * 1024;
}
