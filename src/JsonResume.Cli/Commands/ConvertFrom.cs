namespace JsonResume.Cli.Commands;

/// <summary>What <c>jsonresume convert --from</c> reads.</summary>
internal enum ConvertFrom
{
    /// <summary>Decide from the content, not the file name.</summary>
    Auto = 0,

    /// <summary>Markdown.</summary>
    Markdown = 1,

    /// <summary>Plain text.</summary>
    Text = 2,

    /// <summary>JSON Resume (validated and normalised).</summary>
    Json = 3,

    /// <summary>JSON Resume written in YAML (validated and normalised to JSON); also chosen for files named *.yaml or *.yml.</summary>
    Yaml = 4,
}
