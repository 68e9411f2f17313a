using Microsoft.Extensions.FileSystemGlobbing;

namespace JsonResume.Cli.Common;

/// <summary>
/// One entry of a configuration file's <c>overrides</c>: settings for the files its globs match. The globs are those of
/// <see cref="Matcher"/> (the library <c>validate</c>'s own globs use): <c>*</c> within a folder, <c>**</c> across
/// folders, relative to the configuration file's folder (<c>legacy/*.json</c>, <c>**/*.resume.json</c>).
/// </summary>
internal sealed class RuleOverride
{
    private readonly Matcher _matcher = new(InputResolver.PathComparison);

    /// <summary>Creates an override.</summary>
    /// <param name="files">Its globs.</param>
    /// <param name="settings">Its settings.</param>
    public RuleOverride(IReadOnlyList<string> files, RuleSettings settings)
    {
        Files = files ?? throw new ArgumentNullException(nameof(files));
        Settings = settings ?? throw new ArgumentNullException(nameof(settings));
        foreach (var glob in files)
        {
            _matcher.AddInclude(glob);
        }
    }

    /// <summary>The globs, as written.</summary>
    public IReadOnlyList<string> Files { get; }

    /// <summary>The settings for the files they match.</summary>
    public RuleSettings Settings { get; }

    /// <summary>Whether a glob matches a file.</summary>
    /// <param name="baseDirectory">The folder the globs are relative to.</param>
    /// <param name="fullPath">The file's absolute path.</param>
    /// <returns>True when one of the globs matches it.</returns>
    public bool Matches(string baseDirectory, string fullPath) => _matcher.Match(baseDirectory, fullPath).HasMatches;
}
