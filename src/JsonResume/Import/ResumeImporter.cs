namespace JsonResume.Import;

/// <summary>
/// Reads résumés written as Markdown or plain text into JSON Resume. <see cref="Import(string, ImportOptions?)"/> reads
/// documents people write by hand, in any layout, and reports what became of every line.
/// </summary>
public static partial class ResumeImporter;
