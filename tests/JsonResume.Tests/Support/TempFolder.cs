namespace JsonResume.Tests.Support;

/// <summary>A fresh folder under the system's temporary folder, deleted with everything in it when disposed.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder(string prefix = "jsonresume-test-") => Path = Directory.CreateTempSubdirectory(prefix).FullName;

    /// <summary>The folder's absolute path.</summary>
    public string Path { get; }

    /// <summary>A path inside the folder.</summary>
    public string File(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    /// <summary>The names of the files in the folder (hidden ones too), sorted.</summary>
    public IReadOnlyList<string> FileNames() =>
        Directory.GetFiles(Path).Select(System.IO.Path.GetFileName).Order(StringComparer.Ordinal).ToList()!;

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: the system cleans its temporary folder.
        }
    }
}
