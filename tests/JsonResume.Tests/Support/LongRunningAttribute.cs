namespace JsonResume.Tests.Support;

/// <summary>
/// Marks a test class that takes long (seconds on a quiet two-core machine, from the suite's own timings), so that
/// <see cref="LongRunningFirst"/> starts it before the short ones.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class LongRunningAttribute(int expectedSeconds) : Attribute
{
    /// <summary>How long the class takes, roughly, including its fixtures.</summary>
    public int ExpectedSeconds { get; } = expectedSeconds;
}
