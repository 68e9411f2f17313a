using JsonResume.Diagnostics;

namespace JsonResume.Cli.Inputs;

/// <summary>Reads an input's bytes; a missing file, a folder or a denied permission is a diagnostic, never an exception.</summary>
public static class InputReader
{
    /// <summary>Reads one input to its end.</summary>
    /// <param name="source">The input.</param>
    /// <param name="openInput">Opens standard input, for <c>-</c>.</param>
    /// <param name="bytes">The bytes, when read.</param>
    /// <param name="failure">Why it could not be read (code <see cref="DiagnosticCodes.Unreadable"/>), when not.</param>
    /// <returns>Whether the input was read.</returns>
    public static bool TryRead(InputSource source, Func<Stream> openInput, out ReadOnlyMemory<byte> bytes, out Diagnostic failure)
    {
        if (TryReadBytes(source, openInput, out bytes, out var problem))
        {
            failure = null!;
            return true;
        }

        failure = new Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.Unreadable, $"Cannot read the input: {problem}.");
        return false;
    }

    /// <summary>Reads one input to its end, saying in words why it could not be read.</summary>
    /// <param name="source">The input.</param>
    /// <param name="openInput">Opens standard input, for <c>-</c>.</param>
    /// <param name="bytes">The bytes, when read.</param>
    /// <param name="problem">Why it could not be read, such as <c>no such file</c> (no final period), when not.</param>
    /// <returns>Whether the input was read.</returns>
    public static bool TryReadBytes(InputSource source, Func<Stream> openInput, out ReadOnlyMemory<byte> bytes, out string problem)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(openInput);
        bytes = default;
        problem = "";
        try
        {
            if (source.IsStandardInput)
            {
                using var input = openInput();
                using var buffer = new MemoryStream();
                input.CopyTo(buffer);
                bytes = buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
                return true;
            }

            if (Directory.Exists(source.FullPath))
            {
                problem = "is a folder, not a file (give a glob such as 'folder/*.json' to check the files in it)";
            }
            else
            {
                bytes = File.ReadAllBytes(source.FullPath!);
                return true;
            }
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            problem = "no such file";
        }
        catch (UnauthorizedAccessException)
        {
            problem = "permission denied";
        }
        catch (IOException ex)
        {
            problem = ex.Message.TrimEnd('.');
        }

        return false;
    }
}
