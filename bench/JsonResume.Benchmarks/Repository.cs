namespace JsonResume.Benchmarks;

/// <summary>Finds the repository the benchmarks run from.</summary>
public static class Repository
{
    /// <summary>The directory holding <c>JsonResume.sln</c>.</summary>
    /// <returns>Its path.</returns>
    public static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "JsonResume.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("Run the benchmarks from inside the repository.");
    }
}
