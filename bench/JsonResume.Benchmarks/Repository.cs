namespace JsonResume.Benchmarks;

/// <summary>Finds the repository the benchmarks run from.</summary>
public static class Repository
{
    /// <summary>The directory holding <c>JsonResume.sln</c>.</summary>
    /// <returns>Its path.</returns>
    public static string Root()
    {
        // From the build output inside the repository or, for a build elsewhere (bench/compare-peers.sh builds into a
        // temporary folder), from the folder it is run in.
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "JsonResume.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new DirectoryNotFoundException("Run the benchmarks from inside the repository.");
    }
}
