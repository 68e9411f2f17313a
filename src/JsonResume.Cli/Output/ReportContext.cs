namespace JsonResume.Cli.Output;

/// <summary>What report writers may need besides the results.</summary>
/// <param name="CurrentDirectory">The working folder: SARIF locations are relative to it.</param>
/// <param name="UseColor">Whether text output may use ANSI colours.</param>
/// <param name="Quiet">Only errors: text output leaves out summary lines.</param>
/// <param name="ExitCode">The exit code the run will return.</param>
internal sealed record ReportContext(string CurrentDirectory, bool UseColor, bool Quiet, int ExitCode);
