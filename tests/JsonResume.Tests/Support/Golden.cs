namespace JsonResume.Tests.Support;

/// <summary>
/// Golden-file comparison: the expected file is checked in; on a mismatch <c>FILE.actual</c> is written beside it
/// (git-ignored) and the first differing line reported; with <c>UPDATE_GOLDEN=1</c> the expected file is rewritten.
/// </summary>
internal static class Golden
{
    public static void AssertMatches(string expectedPath, string actual)
    {
        var actualPath = expectedPath + ".actual";
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(expectedPath, actual);
            File.Delete(actualPath);
            return;
        }

        var expected = File.Exists(expectedPath) ? File.ReadAllText(expectedPath).Replace("\r\n", "\n", StringComparison.Ordinal) : null;
        if (expected == actual)
        {
            File.Delete(actualPath);
            return;
        }

        File.WriteAllText(actualPath, actual);
        var e = (expected ?? "").Split('\n');
        var a = actual.Split('\n');
        var line = Enumerable.Range(0, Math.Max(e.Length, a.Length)).First(i => i >= e.Length || i >= a.Length || e[i] != a[i]);
        Assert.Fail(expected is null
            ? $"{expectedPath} does not exist; wrote {actualPath} (run with UPDATE_GOLDEN=1 to accept it)."
            : $"{Path.GetFileName(expectedPath)} differs at line {line + 1}:\n  expected: {(line < e.Length ? e[line] : "(end)")}\n  actual:   {(line < a.Length ? a[line] : "(end)")}\nwrote {actualPath}.");
    }
}
