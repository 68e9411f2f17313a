using JsonResume.Diagnostics;

namespace JsonResume.Cli.Common;

/// <summary>Reads the rule codes users name in <c>--ignore</c> and in the configuration file: the same checks and messages for both.</summary>
internal static class RuleCodes
{
    /// <summary>The codes that may be ignored, in code order (for completion).</summary>
    public static IReadOnlyList<string> Ignorable { get; } = [.. RuleCatalog.All.Where(r => r.CanIgnore).Select(r => r.Code)];

    /// <summary>Reads one code to ignore; the case does not matter (<c>jr2003</c> is <c>JR2003</c>).</summary>
    /// <param name="text">The code as written.</param>
    /// <param name="code">The code as reported, when it is one that may be ignored.</param>
    /// <param name="problem">Otherwise why not, as a sentence without a final period.</param>
    /// <returns>Whether <paramref name="text"/> names a code that may be ignored.</returns>
    public static bool TryReadIgnorable(string text, out string code, out string problem)
    {
        ArgumentNullException.ThrowIfNull(text);
        code = text.Trim().ToUpperInvariant();
        if (!RuleCatalog.TryGet(code, out var rule))
        {
            var close = NameSuggestion.Closest(code, RuleCatalog.All.Select(r => r.Code), 1, swaps: false);
            problem = $"unknown rule code '{text.Trim()}'" + (close is null ? "" : $" (did you mean {close}?)") +
                "; the codes are listed in docs/rules.md";
            return false;
        }

        if (!rule.CanIgnore)
        {
            problem = $"{code} (\"{rule.Title}\") cannot be ignored: it stops the check, so ignoring it would pass a file that was never checked";
            return false;
        }

        problem = "";
        return true;
    }
}
