namespace JsonResume.Cli.Common;

/// <summary>
/// Every exit code the tool returns, named for what it means, in one place. CI pipelines depend on them: they never
/// change meaning.
/// </summary>
internal static class ExitCodes
{
    /// <summary>The command did its job: every document is valid, written, lossless (warnings allowed, unless <c>--strict</c>).</summary>
    public const int Success = 0;

    /// <summary>The command ran and found problems in a document: invalid, still invalid after migration, lossy.</summary>
    public const int Findings = 1;

    /// <summary>The command could not do its job: a usage error, input that cannot be read or is not JSON at all, output that cannot be written, an unexpected failure.</summary>
    public const int Error = 2;

    /// <summary>Combines two outcomes: the more serious one wins (errors over findings over success).</summary>
    /// <param name="a">One exit code.</param>
    /// <param name="b">Another.</param>
    /// <returns>The more serious of the two.</returns>
    public static int Worst(int a, int b) => Math.Max(a, b);
}
