using JsonResume.Diagnostics;
using JsonResume.Vocabulary;

namespace JsonResume.Layout;

/// <summary>
/// Reads the library's own plain text back into a layout (the grammar is described on <see cref="TextFormat"/>):
/// structure comes from the margin, indentation, blank lines and underlines, never from what values look like.
/// </summary>
internal sealed class TextLayoutReader
{
    private readonly List<Diagnostic> diagnostics;
    private readonly string[] lines;
    private readonly int stopAt;
    private int at;

    private TextLayoutReader(string text, List<Diagnostic> diagnostics, bool stopAtFirstProblem)
    {
        this.diagnostics = diagnostics;
        stopAt = stopAtFirstProblem ? diagnostics.Count + 1 : int.MaxValue;
        var all = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        lines = all.Length > 0 && all[^1].Length == 0 ? all[..^1] : all;
    }

    /// <summary>The layout of the text, with a diagnostic for every part that could not be read.</summary>
    /// <param name="text">The text.</param>
    /// <param name="diagnostics">Where the problems go.</param>
    /// <param name="stopAtFirstProblem">Stop reading at the first problem (for a caller that has no use for a reading with one).</param>
    /// <returns>The layout.</returns>
    public static DocumentLayout Read(string text, List<Diagnostic> diagnostics, bool stopAtFirstProblem = false) =>
        new TextLayoutReader(text, diagnostics, stopAtFirstProblem).Document();

    /// <summary>Whether reading stops here: a problem was found and the caller wants no reading with one.</summary>
    private bool Stopped => diagnostics.Count >= stopAt;

    private DocumentLayout Document()
    {
        var document = new DocumentLayout();
        ReadPreamble(document);
        while (!Stopped && SkipBlank())
        {
            if (!IsHeading(at))
            {
                Problem(at, $"\"{Content(at)}\" is outside any section; it was not read.");
                at++;
                continue;
            }

            var heading = Content(at);
            var line = at + 1;
            at += 2;
            if (SectionNames.IsSummaryTitle(heading))
            {
                var header = document.Header ??= new EntryLayout { SourceLine = line };
                while (SkipBlank() && Indent(at) > 0)
                {
                    header.Paragraphs.Add(Paragraph());
                }
            }
            else if (LayoutLanguage.IsDocumentHeading(heading))
            {
                SkipBlank();
                document.Footer.AddRange(HeaderBlock(allowDateLine: false, items: null));
            }
            else if (LayoutLanguage.IsExtensionsHeading(heading))
            {
                var json = string.Join("\n", lines[at..].Select(l => l.StartsWith(TextFormat.Indent, StringComparison.Ordinal) ? l[TextFormat.Indent.Length..] : l));
                document.Extensions = ExtensionsBlock.Parse(json, at + 1, diagnostics);
                at = lines.Length;
            }
            else if (SectionNames.TryRecognize(heading, out var known))
            {
                var section = new SectionLayout(known);
                document.Sections.Add(section);
                ReadEntries(section);
            }
            else
            {
                Problem(line - 1, $"\"{heading}\" is not a section heading; what follows it up to the next section was not read.");
                while (at < lines.Length && !IsHeading(at))
                {
                    at++;
                }
            }
        }

        return document;
    }

    /// <summary>The name (underlined with '='), the label, and the indented contact lines and profiles.</summary>
    private void ReadPreamble(DocumentLayout document)
    {
        EntryLayout Header() => document.Header ??= new EntryLayout { SourceLine = at + 1 };
        if (at < lines.Length && IsMarginText(at) && !IsHeading(at))
        {
            if (at + 1 < lines.Length && IsUnderline(at + 1, '='))
            {
                Header().Title = Content(at);
                at += 2;
            }

            if (at < lines.Length && IsMarginText(at) && !IsHeading(at))
            {
                Header().Subtitle = Content(at);
                at++;
            }
        }

        if (SkipBlank() && Indent(at) > 0)
        {
            var header = Header();
            header.Lines.AddRange(HeaderBlock(allowDateLine: false, header.Items));
        }
    }

    private void ReadEntries(SectionLayout section)
    {
        while (!Stopped && SkipBlank() && !IsHeading(at))
        {
            if (Indent(at) > 0)
            {
                Problem(at, $"\"{Content(at)}\" is not under an entry heading; it was not read.");
                at++;
                continue;
            }

            var entry = new EntryLayout { Title = Content(at), SourceLine = at + 1 };
            section.Entries.Add(entry);
            at++;
            entry.Lines.AddRange(HeaderBlock(allowDateLine: true, items: null));
            while (SkipBlank() && Indent(at) > 0)
            {
                if (Indent(at) >= TextFormat.BulletIndent.Length && IsItem(Content(at)))
                {
                    entry.Bullets ??= [];
                    while (at < lines.Length && Indent(at) >= TextFormat.BulletIndent.Length && IsItem(Content(at)))
                    {
                        var bullet = Content(at) is "-" ? "" : Content(at)[2..];
                        var indent = Indent(at);
                        at++;
                        entry.Bullets.Add(Continue(bullet, indent));
                    }
                }
                else
                {
                    entry.Paragraphs.Add(Paragraph());
                }
            }
        }
    }

    /// <summary>Lines right under a heading: the date line, labelled lines and items, each with its continuation lines.</summary>
    private List<LayoutLine> HeaderBlock(bool allowDateLine, List<EntryLayout>? items)
    {
        var result = new List<LayoutLine>();
        if (at >= lines.Length || Blank(at) || Indent(at) == 0)
        {
            return result;
        }

        var baseIndent = Indent(at);
        var first = true;
        while (at < lines.Length && !Blank(at) && Indent(at) == baseIndent)
        {
            var content = Content(at);
            var source = at + 1;
            if (items is not null && IsItem(content))
            {
                var item = new EntryLayout { Title = content == "-" ? null : content[2..], SourceLine = source };
                at++;
                while (at < lines.Length && !Blank(at) && Indent(at) > baseIndent)
                {
                    var subIndent = Indent(at);
                    var sub = Content(at);
                    var subSource = at + 1;
                    at++;
                    if (Labelled(Continue(sub, subIndent), subSource) is { } labelled)
                    {
                        item.Lines.Add(labelled);
                    }
                }

                items.Add(item);
                first = false;
                continue;
            }

            at++;
            var text = Continue(content, baseIndent);
            if (first && allowDateLine && DateRangeLine.StartsWithDate(text))
            {
                result.Add(new MetaLine(text) { SourceLine = source });
            }
            else if (Labelled(text, source) is { } labelled)
            {
                result.Add(labelled);
            }

            first = false;
        }

        return result;
    }

    private FieldLine? Labelled(string text, int source)
    {
        if (!LabelledLine.TryParse(text, out var label, out var value))
        {
            Problem(source - 1, $"\"{text}\" is not a labelled line (Label: value); it was not read.");
            return null;
        }

        return new FieldLine(label, value, FieldKind.Line) { SourceLine = source };
    }

    /// <summary>The value started on the previous line, joined with the lines indented deeper than it.</summary>
    private string Continue(string start, int indent)
    {
        var parts = new List<string> { start };
        while (at < lines.Length && !Blank(at) && Indent(at) > indent)
        {
            parts.Add(Content(at));
            at++;
        }

        return string.Join(" ", parts);
    }

    /// <summary>A paragraph: indented lines up to a blank line, joined with one space.</summary>
    private string Paragraph()
    {
        var parts = new List<string>();
        while (at < lines.Length && !Blank(at) && Indent(at) > 0)
        {
            parts.Add(Content(at));
            at++;
        }

        return string.Join(" ", parts);
    }

    private static bool IsItem(string content) => content == "-" || content.StartsWith("- ", StringComparison.Ordinal);

    private bool SkipBlank()
    {
        while (at < lines.Length && Blank(at))
        {
            at++;
        }

        return at < lines.Length;
    }

    private bool Blank(int i) => lines[i].AsSpan().Trim(' ').IsEmpty;

    private int Indent(int i) => lines[i].Length - lines[i].TrimStart(' ').Length;

    private string Content(int i) => lines[i].Trim(' ');

    private bool IsMarginText(int i) => !Blank(i) && Indent(i) == 0;

    private bool IsHeading(int i) => IsMarginText(i) && i + 1 < lines.Length && IsUnderline(i + 1, '-');

    private bool IsUnderline(int i, char c) => IsMarginText(i) && lines[i].TrimEnd(' ').All(x => x == c);

    private void Problem(int index, string message) =>
        diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, DiagnosticCodes.OwnFormatNotUnderstood, message) { Line = index + 1 });
}
