using JsonResume.Json;
using JsonResume.Model;

namespace JsonResume.Cli.Common;

/// <summary>
/// Reads the résumé a command works on (render, roundtrip): the input read by <see cref="InputReader"/>, then parsed
/// as JSON or YAML (<see cref="InputFormats"/>).
/// </summary>
internal static class ResumeInput
{
    /// <summary>Reads a résumé.</summary>
    /// <param name="source">The input.</param>
    /// <param name="openInput">Opens standard input.</param>
    /// <param name="problems">Why there is no résumé, as report lines (<c>file:line:col: error CODE: message</c>).</param>
    /// <returns>The résumé, or null when the input cannot be read or is not a JSON object (or a YAML mapping).</returns>
    public static Resume? Read(InputSource source, Func<Stream> openInput, out IReadOnlyList<string> problems)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (!InputReader.TryRead(source, openInput, out var bytes, out var problem))
        {
            problems = [CliMessages.Located(source, CliMessages.Unreadable(problem))];
            return null;
        }

        var read = InputFormats.Detect(source, bytes) == DocumentFormat.Yaml ? ResumeYaml.Read(bytes) : ResumeJson.Read(bytes);
        problems = read.Resume is not null ? [] : [.. read.Diagnostics.Select(d => CliMessages.Located(source, d))];
        return read.Resume;
    }
}
