namespace JsonResume.Cli.Commands;

/// <summary>
/// The one-line descriptions of the commands that the native front executable hands to its companion
/// (<see cref="LeanCli"/>): both executables list them in <c>jsonresume --help</c>, so they are written once, here.
/// </summary>
internal static class CommandSummaries
{
    /// <summary><c>jsonresume render</c>.</summary>
    public const string Render = "Render a résumé as Markdown, plain text or a self-contained HTML page, or write it as canonical JSON or YAML.";

    /// <summary><c>jsonresume convert</c>.</summary>
    public const string Convert = "Convert a résumé written in Markdown or plain text to JSON Resume, reporting what became of every line.";

    /// <summary><c>jsonresume roundtrip</c>.</summary>
    public const string RoundTrip = "Render résumés to JSON, Markdown or plain text and read them back; show what would be lost.";

    /// <summary><c>jsonresume migrate</c>.</summary>
    public static string Migrate => $"Upgrade an older JSON Resume document (0.0.x, 1.0, hand-made variants) to {ToolInfo.SchemaVersion}, listing every change.";
}
