namespace JsonResume.Layout;

/// <summary>
/// The plain-text layout, precisely, so that it reads back exactly:
/// <list type="bullet">
/// <item>Lines at the margin are only: the name (followed by a line of <c>=</c>), the label, section headings (followed
/// by a line of <c>-</c>) and entry headings (<see cref="EntryTitle.Untitled"/> when an entry has none).</item>
/// <item>Right under a heading (no blank line), lines indented by two are the date line (it starts with a date) and
/// labelled lines (<c>Label: value</c>); profiles are items (<c>- heading</c>) with their labelled lines indented by four.
/// A line indented deeper than the line before continues its value (joined with one space).</item>
/// <item>After a blank line: paragraphs indented by two (their lines joined with one space), bullets indented by four
/// (<c>- text</c>, continued at six).</item>
/// <item>The summary of <c>basics</c> is under its heading (<see cref="LayoutLanguage.SummaryHeading"/>: <c>SUMMARY</c>);
/// <c>$schema</c> and <c>meta</c> under <see cref="LayoutLanguage.DocumentHeading"/> (<c>DOCUMENT</c>); the extensions
/// block under <see cref="LayoutLanguage.ExtensionsHeading"/> (<c>EXTENSIONS (JSON)</c>), as JSON indented by two. Headings and labels
/// are in the language written (<see cref="LayoutLanguage"/>); the reader accepts each in every language.</item>
/// </list>
/// </summary>
internal static class TextFormat
{
    /// <summary>The indentation of lines under a heading and of paragraphs.</summary>
    public const string Indent = "  ";

    /// <summary>The indentation of bullets.</summary>
    public const string BulletIndent = "    ";
}
