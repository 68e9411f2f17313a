namespace JsonResume.Cli;

/// <summary>
/// Every exit code the tool returns, in one place. CI pipelines depend on them: they never change meaning.
/// </summary>
public static class ExitCodes
{
    /// <summary>Every document is valid (warnings allowed, unless <c>--strict</c>).</summary>
    public const int Valid = 0;

    /// <summary>At least one document is invalid.</summary>
    public const int Invalid = 1;

    /// <summary>A usage error, a file that cannot be read, input that is not JSON at all, or an unexpected failure.</summary>
    public const int Usage = 2;

    /// <summary>Combines two outcomes: the more serious one wins (usage and input errors over invalid over valid).</summary>
    /// <param name="a">One exit code.</param>
    /// <param name="b">Another.</param>
    /// <returns>The more serious of the two.</returns>
    public static int Worst(int a, int b) => Math.Max(a, b);
}
