using Microsoft.Extensions.FileSystemGlobbing;
using Microsoft.Extensions.FileSystemGlobbing.Abstractions;

namespace JsonResume.Cli.Common;

/// <summary>
/// Turns file arguments into documents: <c>-</c> is standard input, an argument with <c>*</c> is a glob
/// (<c>**</c> crosses folders), anything else is a path. Does not read files; missing files are reported when read.
/// </summary>
internal static class InputResolver
{
    /// <summary>How paths compare on this system: without case on Windows and macOS.</summary>
    internal static readonly StringComparison PathComparison =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    /// <summary>Resolves the arguments.</summary>
    /// <param name="arguments">Files, globs and <c>-</c>, as given.</param>
    /// <param name="currentDirectory">The folder relative paths start from.</param>
    /// <returns>The documents, each once, and the usage errors.</returns>
    public static InputResolution Resolve(IEnumerable<string> arguments, string currentDirectory)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var sources = new List<InputSource>();
        var errors = new List<string>();
        var seen = new HashSet<string>(StringComparer.FromComparison(PathComparison));
        foreach (var argument in arguments)
        {
            if (argument == "-")
            {
                if (seen.Add(InputSource.StandardInputName))
                {
                    sources.Add(InputSource.StandardInput);
                }
            }
            else if (string.IsNullOrWhiteSpace(argument))
            {
                errors.Add("An empty file name was given.");
            }
            else if (argument.Contains('*', StringComparison.Ordinal))
            {
                var matches = Glob(argument, currentDirectory);
                if (matches.Count == 0)
                {
                    errors.Add($"No file matches '{argument}'.");
                }

                sources.AddRange(matches.Where(m => seen.Add(m.FullPath!)));
            }
            else
            {
                var source = InputSource.FromArgument(argument, currentDirectory);
                if (seen.Add(source.FullPath!))
                {
                    sources.Add(source);
                }
            }
        }

        return new InputResolution(sources, errors);
    }

    private static List<InputSource> Glob(string pattern, string currentDirectory)
    {
        // The folders before the first segment with a wildcard are the base; the rest is matched below it.
        var segments = pattern.Replace('\\', '/').Split('/');
        var firstWild = Array.FindIndex(segments, s => s.Contains('*', StringComparison.Ordinal));
        var basePart = string.Join('/', segments[..firstWild]);
        var rest = string.Join('/', segments[firstWild..]);
        var baseDirectory = Path.GetFullPath(basePart.Length == 0 && pattern.StartsWith('/') ? "/" : basePart.Length == 0 ? "." : basePart, currentDirectory);
        if (!Directory.Exists(baseDirectory))
        {
            return [];
        }

        var matcher = new Matcher(PathComparison);
        matcher.AddInclude(rest);
        var result = matcher.Execute(new DirectoryInfoWrapper(new DirectoryInfo(baseDirectory)));
        var prefix = basePart.Length == 0 ? (pattern.StartsWith('/') ? "/" : "") : basePart + "/";
        return result.Files
            .Select(f => f.Path)
            .Order(StringComparer.Ordinal)
            .Select(p => new InputSource(prefix + p, Path.GetFullPath(p, baseDirectory)))
            .ToList();
    }
}
