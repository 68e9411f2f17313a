using FsCheck;
using FsCheck.Fluent;

namespace JsonResume.Tests.Support;

/// <summary>
/// Runs FsCheck properties with the number of cases the environment asks for: 1,000 by default (every CI run),
/// <c>JSONRESUME_PROPERTY_RUNS</c> when set (10,000 for the nightly-size run).
/// </summary>
internal static class PropertyRuns
{
    public static int Count =>
        int.TryParse(Environment.GetEnvironmentVariable("JSONRESUME_PROPERTY_RUNS"), out var n) && n > 0 ? n : 1000;

    /// <summary>Checks that <paramref name="body"/> does not throw for any generated value; the failing value is in the message.</summary>
    public static void Check<T>(Gen<T> generator, Action<T> body, int? count = null) =>
        Check(generator.ToArbitrary(), body, count);

    /// <summary>Checks with an arbitrary, so that a failing value is shrunk before it is reported.</summary>
    public static void Check<T>(Arbitrary<T> arbitrary, Action<T> body, int? count = null) =>
        global::FsCheck.Check.One(
            Config.QuickThrowOnFailure.WithMaxTest(count ?? Count).WithQuietOnSuccess(true),
            Prop.ForAll(arbitrary, body));
}
