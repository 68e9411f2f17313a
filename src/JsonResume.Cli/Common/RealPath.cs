namespace JsonResume.Cli.Common;

/// <summary>
/// Paths with every symbolic link resolved, to tell whether two paths name the same file (the output is the input).
/// </summary>
internal static class RealPath
{
    /// <summary>How many links one path may go through (Linux's own limit); more is a loop.</summary>
    private const int MaxLinks = 40;

    private static readonly StringComparison Comparison =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    /// <summary>Whether two absolute paths name the same file once their symbolic links are followed.</summary>
    /// <param name="a">One absolute path.</param>
    /// <param name="b">Another.</param>
    /// <returns>Whether they are the same.</returns>
    public static bool Same(string a, string b) => string.Equals(Resolve(a), Resolve(b), Comparison);

    /// <summary>
    /// Resolves every symbolic link in an absolute path, folder by folder; a part that does not exist is kept as it is.
    /// A loop of links leaves the path as given.
    /// </summary>
    /// <param name="fullPath">An absolute path.</param>
    /// <returns>The path without links.</returns>
    public static string Resolve(string fullPath)
    {
        var root = Path.GetPathRoot(fullPath) ?? "";
        var pending = new Stack<string>(Parts(fullPath[root.Length..]).Reverse());
        var current = root;
        var links = 0;
        while (pending.TryPop(out var part))
        {
            if (part == ".")
            {
                continue;
            }

            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }

            var next = Path.Combine(current, part);
            var target = LinkTarget(next);
            if (target is null)
            {
                current = next;
                continue;
            }

            if (++links > MaxLinks)
            {
                return fullPath;
            }

            if (Path.IsPathRooted(target))
            {
                current = Path.GetPathRoot(target) ?? root;
                target = target[current.Length..];
            }

            foreach (var linked in Parts(target).Reverse())
            {
                pending.Push(linked);
            }
        }

        return current;
    }

    private static string[] Parts(string path) =>
        path.Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries);

    private static string? LinkTarget(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
