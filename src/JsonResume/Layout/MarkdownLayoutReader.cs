using System.Text;
using JsonResume.Diagnostics;
using JsonResume.Vocabulary;
using Markdig.Syntax.Inlines;
using Markdig.Syntax;
using Markdig;

namespace JsonResume.Layout;

/// <summary>
/// Reads the library's own Markdown back into a layout, from Markdig's syntax tree: the <c>#</c> heading is the name, a
/// paragraph that is one bold text is the label, paragraphs whose lines start with bold <c>Label:</c> or an italic date
/// line are labelled lines, lists are profiles (in the header) or bullets (in an entry), <c>##</c> headings are sections,
/// <c>###</c> headings entries, a thematic break starts the footer and a fenced <c>json extensions</c> block is the
/// extensions block.
/// </summary>
internal static class MarkdownLayoutReader
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().Build();

    private enum Zone
    {
        Header,
        Section,
        Skipped,
        Footer,
    }

    /// <summary>The layout of the document, with a diagnostic for every part that could not be read.</summary>
    /// <param name="markdown">The Markdown.</param>
    /// <param name="diagnostics">Where the problems go.</param>
    /// <param name="stopAtFirstProblem">Stop reading at the first problem (for a caller that has no use for a reading with one).</param>
    /// <returns>The layout.</returns>
    public static DocumentLayout Read(string markdown, List<Diagnostic> diagnostics, bool stopAtFirstProblem = false)
    {
        var document = new DocumentLayout();
        var zone = Zone.Header;
        SectionLayout? section = null;
        EntryLayout? entry = null;
        var known = diagnostics.Count;
        foreach (var block in Markdig.Markdown.Parse(markdown, Pipeline))
        {
            if (stopAtFirstProblem && diagnostics.Count > known)
            {
                break;
            }

            var line = block.Line + 1;
            switch (block)
            {
                case HeadingBlock { Level: 1 } h when zone == Zone.Header && document.Header is null:
                    document.Header = new EntryLayout { Title = Flatten(h.Inline), SourceLine = line };
                    break;
                case HeadingBlock { Level: 2 } h:
                    entry = null;
                    var title = Flatten(h.Inline);
                    if (SectionNames.TryRecognize(title, out var recognized))
                    {
                        section = new SectionLayout(recognized);
                        document.Sections.Add(section);
                        zone = Zone.Section;
                    }
                    else
                    {
                        zone = Zone.Skipped;
                        diagnostics.Add(Problem(line, $"\"{title}\" is not a section heading; what follows it up to the next section was not read."));
                    }

                    break;
                case HeadingBlock { Level: 3 } h when zone == Zone.Section:
                    entry = new EntryLayout { Title = Flatten(h.Inline), SourceLine = line };
                    section!.Entries.Add(entry);
                    break;
                case ThematicBreakBlock:
                    zone = Zone.Footer;
                    entry = null;
                    break;
                case FencedCodeBlock code when code.Info == "json" && code.Arguments == "extensions":
                    document.Extensions = ExtensionsBlock.Parse(code.Lines.ToString(), line, diagnostics);
                    break;
                case ParagraphBlock p when zone == Zone.Header:
                    ReadHeaderParagraph(document.Header ??= new EntryLayout { SourceLine = line }, p, diagnostics);
                    break;
                case ListBlock list when zone == Zone.Header:
                    (document.Header ??= new EntryLayout { SourceLine = line }).Items.AddRange(list.OfType<ListItemBlock>().Select(i => Item(i, diagnostics)));
                    break;
                case ParagraphBlock p when zone == Zone.Section && entry is not null:
                    if (entry.Paragraphs.Count == 0 && entry.Bullets is null && StartsWithEmphasis(p))
                    {
                        entry.Lines.AddRange(LabelledLines(p, diagnostics));
                    }
                    else
                    {
                        entry.Paragraphs.Add(Flatten(p.Inline));
                    }

                    break;
                case ListBlock list when zone == Zone.Section && entry is not null:
                    (entry.Bullets ??= []).AddRange(list.OfType<ListItemBlock>().Select(Bullet));
                    break;
                case ParagraphBlock p when zone == Zone.Footer:
                    document.Footer.AddRange(LabelledLines(p, diagnostics));
                    break;
                default:
                    if (zone != Zone.Skipped)
                    {
                        diagnostics.Add(Problem(line, $"A {Describe(block)} is not expected here; it was not read."));
                    }

                    break;
            }
        }

        return document;
    }

    private static void ReadHeaderParagraph(EntryLayout header, ParagraphBlock p, List<Diagnostic> diagnostics)
    {
        var inlines = Children(p.Inline).ToList();
        if (inlines is [EmphasisInline { DelimiterCount: 2 } strong] && Flatten(strong) is var text && !text.EndsWith(':'))
        {
            header.Subtitle = text;
        }
        else if (StartsWithEmphasis(p))
        {
            header.Lines.AddRange(LabelledLines(p, diagnostics));
        }
        else
        {
            header.Paragraphs.Add(Flatten(p.Inline));
        }
    }

    private static EntryLayout Item(ListItemBlock item, List<Diagnostic> diagnostics)
    {
        var layout = new EntryLayout { SourceLine = item.Line + 1 };
        if (item.FirstOrDefault() is not ParagraphBlock p)
        {
            return layout;
        }

        var lines = SplitLines(p.Inline).ToList();
        if (lines.Count > 0 && lines[0] is not [EmphasisInline, ..])
        {
            layout.Title = Flatten(lines[0]);
            lines.RemoveAt(0);
        }

        var first = p.Line + 1 + (layout.Title is null ? 0 : 1);
        layout.Lines.AddRange(lines.Select((l, i) => Labelled(l, first + i, diagnostics)).OfType<LayoutLine>());
        return layout;
    }

    private static string Bullet(ListItemBlock item) =>
        item.FirstOrDefault() is ParagraphBlock p ? Flatten(p.Inline) : "";

    private static bool StartsWithEmphasis(ParagraphBlock p) => p.Inline?.FirstChild is EmphasisInline;

    private static IEnumerable<LayoutLine> LabelledLines(ParagraphBlock p, List<Diagnostic> diagnostics) =>
        SplitLines(p.Inline).Select((l, i) => Labelled(l, p.Line + 1 + i, diagnostics)).OfType<LayoutLine>();

    /// <summary>A line that is an italic date line, or bold <c>Label:</c> followed by a space and the value.</summary>
    private static LayoutLine? Labelled(List<Inline> line, int source, List<Diagnostic> diagnostics)
    {
        switch (line)
        {
            case [EmphasisInline { DelimiterCount: 1 } meta]:
                return new MetaLine(Flatten(meta)) { SourceLine = source };
            case [EmphasisInline { DelimiterCount: 2 } strong, .. var rest] when Flatten(strong) is var label && label.EndsWith(':'):
                var value = Flatten(rest);
                return new FieldLine(label[..^1], value.TrimStart(' '), FieldKind.Line) { SourceLine = source };
            default:
                diagnostics.Add(Problem(source, $"\"{Flatten(line)}\" is neither a date line nor a labelled line (**Label:** value); it was not read."));
                return null;
        }
    }

    private static IEnumerable<List<Inline>> SplitLines(ContainerInline? container)
    {
        var line = new List<Inline>();
        foreach (var inline in Children(container))
        {
            if (inline is LineBreakInline)
            {
                yield return line;
                line = [];
            }
            else
            {
                line.Add(inline);
            }
        }

        if (line.Count > 0)
        {
            yield return line;
        }
    }

    private static IEnumerable<Inline> Children(ContainerInline? container)
    {
        for (var inline = container?.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            yield return inline;
        }
    }

    /// <summary>The text of inlines as a reader sees it: escapes resolved, autolinks as their address, soft breaks as spaces.</summary>
    internal static string Flatten(ContainerInline? container) => Flatten(Children(container));

    private static string Flatten(IEnumerable<Inline> inlines)
    {
        var sb = new StringBuilder();
        foreach (var inline in inlines)
        {
            Append(sb, inline);
        }

        return sb.ToString();
    }

    private static void Append(StringBuilder sb, Inline inline)
    {
        switch (inline)
        {
            case LiteralInline literal:
                sb.Append(literal.Content.AsSpan());
                break;
            case AutolinkInline autolink:
                sb.Append(autolink.Url);
                break;
            case CodeInline code:
                sb.Append(code.Content);
                break;
            case HtmlEntityInline entity:
                sb.Append(entity.Transcoded.AsSpan());
                break;
            case LineBreakInline br:
                sb.Append(br.IsHard ? '\n' : ' ');
                break;
            case HtmlInline html:
                sb.Append(html.Tag);
                break;
            case ContainerInline container:
                foreach (var child in Children(container))
                {
                    Append(sb, child);
                }

                break;
        }
    }

    private static string Describe(Block block) => block switch
    {
        HeadingBlock h => $"level-{h.Level} heading",
        ParagraphBlock => "paragraph",
        ListBlock => "list",
        FencedCodeBlock or CodeBlock => "code block",
        QuoteBlock => "quote",
        HtmlBlock => "HTML block",
        _ => block.GetType().Name,
    };

    private static Diagnostic Problem(int line, string message) =>
        new(DiagnosticSeverity.Warning, DiagnosticCodes.OwnFormatNotUnderstood, message) { Line = line };
}
