using JsonResume.Diagnostics;

namespace JsonResume.Cli.Common;

/// <summary>
/// Finds the configuration file of each input: the one named with <c>--config</c>, none with <c>--no-config</c>, or
/// else the nearest <see cref="RuleConfig.FileName"/> in the input's folder or a parent folder (standard input: the
/// working folder). The nearest file wins alone: files further up are not merged in, so what applies is what one
/// file says. Each folder is looked up once and each file read once per run.
/// </summary>
internal sealed class RuleConfigLocator
{
    private readonly string _currentDirectory;
    private readonly string? _explicitPath;
    private readonly bool _discover;
    private readonly Dictionary<string, string?> _foundInFolder = new(StringComparer.FromComparison(InputResolver.PathComparison));
    private readonly Dictionary<string, RuleConfig?> _loaded = new(StringComparer.FromComparison(InputResolver.PathComparison));

    /// <summary>Creates a locator.</summary>
    /// <param name="currentDirectory">The working folder.</param>
    /// <param name="explicitPath">The file given with <c>--config</c>, or null.</param>
    /// <param name="discover">Whether to look for a file when none is given (false with <c>--no-config</c>).</param>
    public RuleConfigLocator(string currentDirectory, string? explicitPath, bool discover)
    {
        _currentDirectory = currentDirectory;
        _explicitPath = explicitPath;
        _discover = discover;
    }

    /// <summary>The lines to print for configuration files that could not be used, in the order they were met.</summary>
    public List<string> Problems { get; } = [];

    /// <summary>The configuration that governs an input.</summary>
    /// <param name="source">The input.</param>
    /// <param name="config">The configuration, or null when there is none (or it has problems: see <see cref="Problems"/>).</param>
    /// <returns>False when the configuration file exists but cannot be used.</returns>
    public bool TryFind(InputSource source, out RuleConfig? config)
    {
        ArgumentNullException.ThrowIfNull(source);
        config = null;
        string? path;
        if (_explicitPath is not null)
        {
            path = Path.GetFullPath(_explicitPath, _currentDirectory);
        }
        else if (!_discover)
        {
            return true;
        }
        else
        {
            path = Nearest(source.IsStandardInput ? _currentDirectory : Path.GetDirectoryName(source.FullPath!) ?? _currentDirectory);
            if (path is null)
            {
                return true;
            }
        }

        if (!_loaded.TryGetValue(path, out config))
        {
            config = Load(path);
            _loaded[path] = config;
        }

        return config is not null;
    }

    private string? Nearest(string folder)
    {
        var visited = new List<string>();
        string? found = null;
        for (var dir = folder; dir is not null; dir = Path.GetDirectoryName(dir))
        {
            if (_foundInFolder.TryGetValue(dir, out found))
            {
                break;
            }

            visited.Add(dir);
            var candidate = Path.Combine(dir, RuleConfig.FileName);
            if (File.Exists(candidate))
            {
                found = candidate;
                break;
            }
        }

        foreach (var dir in visited)
        {
            _foundInFolder[dir] = found;
        }

        return found;
    }

    private RuleConfig? Load(string fullPath)
    {
        var display = Display(fullPath);
        // The same reading as inputs: a folder, a FIFO or a device gives a message, never a hang.
        if (!InputReader.TryRead(new InputSource(display, fullPath), () => Stream.Null, out var bytes, out var problem))
        {
            Problems.Add(CliMessages.Located(new InputSource(display, fullPath),
                new Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.InvalidConfiguration, $"cannot read the configuration file ({problem})")));
            return null;
        }

        var config = RuleConfigReader.Read(fullPath, bytes, out var problems);
        Problems.AddRange(problems.Select(p => CliMessages.Located(new InputSource(display, fullPath), p)));
        return config;
    }

    /// <summary>How messages name a configuration file: as given with <c>--config</c>, else relative to the working folder when inside it.</summary>
    private string Display(string fullPath)
    {
        if (_explicitPath is not null)
        {
            return _explicitPath;
        }

        var relative = Path.GetRelativePath(_currentDirectory, fullPath);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? fullPath : relative;
    }
}
