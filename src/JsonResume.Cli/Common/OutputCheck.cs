namespace JsonResume.Cli.Common;

/// <summary>What <see cref="OutputTarget.Check"/> found.</summary>
internal enum OutputCheck
{
    /// <summary>The result can be written.</summary>
    Ready = 0,

    /// <summary>The output names the input (possibly through a symbolic link).</summary>
    IsInput = 1,

    /// <summary>The output is a folder.</summary>
    Folder = 2,

    /// <summary>The output exists and may not be replaced.</summary>
    Exists = 3,

    /// <summary>The output's folder does not exist.</summary>
    MissingFolder = 4,
}
