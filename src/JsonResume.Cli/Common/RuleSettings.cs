namespace JsonResume.Cli.Common;

/// <summary>
/// Which findings count: the codes to ignore and the severity that fails a file. The same settings come from the
/// configuration file (globally and per glob) and from the command line; <see cref="Then"/> layers them.
/// </summary>
/// <param name="Ignore">Codes whose findings are left out entirely (not shown, not counted).</param>
/// <param name="FailOn">The lowest severity that fails a file, or null when these settings do not say.</param>
internal sealed record RuleSettings(IReadOnlySet<string> Ignore, FailOn? FailOn)
{
    /// <summary>Settings that say nothing: nothing ignored, the severity left to the next layer.</summary>
    public static RuleSettings None { get; } = new(new HashSet<string>(StringComparer.Ordinal), null);

    /// <summary>These settings with a later layer on top: the codes of both are ignored, and the later <c>failOn</c> wins when it says one.</summary>
    /// <param name="later">The layer that wins (a matching override, then the command line).</param>
    /// <returns>The combined settings.</returns>
    public RuleSettings Then(RuleSettings later)
    {
        ArgumentNullException.ThrowIfNull(later);
        var ignore = new HashSet<string>(Ignore, StringComparer.Ordinal);
        ignore.UnionWith(later.Ignore);
        return new RuleSettings(ignore, later.FailOn ?? FailOn);
    }
}
