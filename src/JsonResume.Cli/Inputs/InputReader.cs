namespace JsonResume.Cli.Inputs;

/// <summary>Reads one input to its end; turns every way reading can fail into one sentence instead of an exception.</summary>
public static class InputReader
{
    /// <summary>The problem given for a folder named where a file belongs.</summary>
    public const string FolderProblem = "is a folder, not a file";

    /// <summary>Reads a file or standard input.</summary>
    /// <param name="source">The input.</param>
    /// <param name="openInput">Opens standard input, for <c>-</c>.</param>
    /// <param name="bytes">The content, when it could be read.</param>
    /// <param name="problem">Why it could not, such as <c>no such file</c> (no final period).</param>
    /// <returns>Whether it was read.</returns>
    public static bool TryRead(InputSource source, Func<Stream> openInput, out byte[] bytes, out string problem)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(openInput);
        bytes = [];
        try
        {
            if (source.IsStandardInput)
            {
                using var input = openInput();
                using var buffer = new MemoryStream();
                input.CopyTo(buffer);
                bytes = buffer.ToArray();
                problem = "";
                return true;
            }

            if (Directory.Exists(source.FullPath))
            {
                problem = FolderProblem;
                return false;
            }

            bytes = File.ReadAllBytes(source.FullPath!);
            problem = "";
            return true;
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
