using System.Text;
using System.Text.Json;

namespace JsonResume.Tests.Support;

/// <summary>
/// The one golden-file comparison of the test project: the expected file is checked in beside its input; on a
/// mismatch <c>EXPECTED.actual</c> is written beside it (git-ignored) and the first differing line reported; with
/// <c>UPDATE_GOLDEN=1</c> the expected file is rewritten instead. Line ends do not count.
/// </summary>
internal static class Golden
{
    /// <summary>Whether this run rewrites expected files (<c>UPDATE_GOLDEN=1</c>).</summary>
    public static bool Updating => Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1";

    /// <summary>Asserts that <paramref name="actual"/> equals the expected file.</summary>
    /// <param name="expectedPath">The checked-in file.</param>
    /// <param name="actual">What the code under test gave.</param>
    /// <param name="equivalent">How to compare (expected, actual); exact text (line ends aside) when null.</param>
    public static void AssertMatches(string expectedPath, string actual, Func<string, string, bool>? equivalent = null)
    {
        ArgumentNullException.ThrowIfNull(actual);
        var actualPath = expectedPath + ".actual";
        if (Updating)
        {
            File.WriteAllText(expectedPath, actual, new UTF8Encoding(false));
            File.Delete(actualPath);
            return;
        }

        var expected = File.Exists(expectedPath) ? File.ReadAllText(expectedPath).ReplaceLineEndings("\n") : null;
        var normalised = actual.ReplaceLineEndings("\n");
        if (expected is not null && (equivalent ?? string.Equals)(expected, normalised))
        {
            File.Delete(actualPath);
            return;
        }

        File.WriteAllText(actualPath, actual, new UTF8Encoding(false));
        Assert.Fail(expected is null
            ? $"{expectedPath} does not exist; wrote {actualPath} (review it; UPDATE_GOLDEN=1 accepts it)."
            : $"{Path.GetFileName(expectedPath)} differs from the output (wrote {actualPath}; UPDATE_GOLDEN=1 accepts it).\n{FirstDifference(expected, normalised)}");
    }

    /// <summary>Compares two JSON documents by value (property order and formatting aside).</summary>
    /// <param name="expected">One document.</param>
    /// <param name="actual">Another.</param>
    /// <returns>Whether they hold the same values.</returns>
    public static bool SameJson(string expected, string actual)
    {
        using var e = JsonDocument.Parse(expected);
        using var a = JsonDocument.Parse(actual);
        return JsonAssert.FirstDifference(e.RootElement, a.RootElement, "") is null;
    }

    private static string FirstDifference(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        for (var i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            var el = i < e.Length ? e[i] : "<end of file>";
            var al = i < a.Length ? a[i] : "<end of file>";
            if (el != al)
            {
                return $"first difference at line {i + 1}:\n- expected: {el}\n+ actual:   {al}";
            }
        }

        return "(the files hold the same lines but are not equivalent)";
    }
}
