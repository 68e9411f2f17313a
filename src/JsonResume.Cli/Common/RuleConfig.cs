namespace JsonResume.Cli.Common;

/// <summary>
/// A configuration file, read: settings for every file it governs, and overrides for the files its globs match
/// (relative to the file's folder). See docs/validation.md.
/// </summary>
/// <param name="FullPath">The file's absolute path.</param>
/// <param name="Global">The settings outside <c>overrides</c>.</param>
/// <param name="Overrides">The overrides, in file order: later ones win.</param>
internal sealed record RuleConfig(string FullPath, RuleSettings Global, IReadOnlyList<RuleOverride> Overrides)
{
    /// <summary>The name discovery looks for in each input's folder and its parents.</summary>
    public const string FileName = ".jsonresume.json";

    /// <summary>The folder override globs are relative to.</summary>
    public string BaseDirectory => Path.GetDirectoryName(FullPath) ?? "/";

    /// <summary>The settings for one input: the global ones, then every override whose globs match it, in order.</summary>
    /// <param name="inputPath">The input's absolute path, or null for standard input (only the global settings apply).</param>
    /// <returns>The combined settings.</returns>
    public RuleSettings For(string? inputPath)
    {
        var settings = Global;
        if (inputPath is null)
        {
            return settings;
        }

        foreach (var @override in Overrides.Where(o => o.Matches(BaseDirectory, inputPath)))
        {
            settings = settings.Then(@override.Settings);
        }

        return settings;
    }
}
