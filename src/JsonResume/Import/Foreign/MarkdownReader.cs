using Markdig;
using Markdig.Extensions.DefinitionLists;
using Markdig.Extensions.Mathematics;
using Markdig.Extensions.Tables;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using MdBlock = Markdig.Syntax.Block;

namespace JsonResume.Import.Foreign;

/// <summary>
/// Reads Markdown through Markdig's syntax tree into blocks: headings, paragraph lines (soft-wrapped prose joined,
/// header-like lines kept apart), list items, table and definition-list rows, images, fenced plain text (read as a
/// plain-text document), and raw HTML (read with AngleSharp).
/// </summary>
internal static class MarkdownReader
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .UsePipeTables()
        .UseGridTables()
        .UseDefinitionLists()
        .UseMathematics()
        .UseEmphasisExtras()
        .UseAutoLinks()
        .UsePreciseSourceLocation()
        .Build();

    public static List<Block> Read(string text, IReadOnlyList<string> lines, LineLedger ledger)
    {
        var document = Markdown.Parse(text, Pipeline);
        var reader = new Walker(lines, ledger);
        reader.Container(document, 0);
        return reader.Blocks;
    }

    private sealed class Walker(IReadOnlyList<string> lines, LineLedger ledger)
    {
        public List<Block> Blocks { get; } = [];

        public void Container(ContainerBlock container, int depth)
        {
            var children = container.ToList();
            for (var i = 0; i < children.Count; i++)
            {
                if (children[i] is HtmlBlock)
                {
                    var first = i;
                    while (i + 1 < children.Count && children[i + 1] is HtmlBlock)
                    {
                        i++;
                    }

                    var start = children[first].Line + 1;
                    var end = LastLine(children[i]);
                    var html = string.Join('\n', Enumerable.Range(start - 1, end - start + 1).Select(n => lines[n]));
                    Blocks.AddRange(HtmlReader.Read(html, start, end, ledger));
                    continue;
                }

                One(children[i], depth);
            }
        }

        private void One(MdBlock block, int depth)
        {
            switch (block)
            {
                case YamlFrontMatterBlock:
                    break;
                case HeadingBlock heading:
                    AddLines(heading.Inline, heading.IsSetext ? SetextTextLine(heading) : heading.Line + 1, BlockKind.Heading, heading.Level, joinLines: true);
                    if (heading.IsSetext && heading.Line < lines.Count && lines[heading.Line].Trim().Trim('=', '-').Length == 0)
                    {
                        ledger.Markup(heading.Line + 1, heading.Line + 1);
                    }

                    break;
                case ParagraphBlock paragraph:
                    AddLines(paragraph.Inline, paragraph.Line + 1, BlockKind.Text, depth, joinLines: false);
                    break;
                case ListBlock list:
                    foreach (var item in list.OfType<ListItemBlock>())
                    {
                        ListItem(item, depth);
                    }

                    break;
                case DefinitionList definitions:
                    foreach (var item in definitions.OfType<DefinitionItem>())
                    {
                        foreach (var child in item)
                        {
                            if (child is DefinitionTerm term)
                            {
                                AddLines(term.Inline, term.Line + 1, BlockKind.Text, depth, joinLines: true, isTerm: true);
                            }
                            else
                            {
                                One(child, depth);
                            }
                        }
                    }

                    break;
                case Table table:
                    ReadTable(table);
                    break;
                case FencedCodeBlock fenced:
                    Fenced(fenced);
                    break;
                case CodeBlock code:
                    Blocks.AddRange(PlainTextReader.Read(lines, code.Line, LastLine(code), ledger));
                    break;
                case HtmlBlock html:
                    var htmlText = string.Join('\n', Enumerable.Range(html.Line, LastLine(html) - html.Line).Select(n => lines[n]));
                    Blocks.AddRange(HtmlReader.Read(htmlText, html.Line + 1, LastLine(html), ledger));
                    break;
                case ThematicBreakBlock or LinkReferenceDefinitionGroup or BlankLineBlock:
                    ledger.Markup(block.Line + 1, LastLine(block));
                    break;
                case ContainerBlock other:
                    Container(other, depth);
                    break;
                case LeafBlock leaf when leaf.Inline is not null:
                    AddLines(leaf.Inline, leaf.Line + 1, BlockKind.Text, depth, joinLines: false);
                    break;
                default:
                    break;
            }
        }

        private void ListItem(ListItemBlock item, int depth)
        {
            var first = true;
            foreach (var child in item)
            {
                if (first && child is ParagraphBlock paragraph)
                {
                    AddLines(paragraph.Inline, paragraph.Line + 1, BlockKind.Bullet, depth, joinLines: false);
                }
                else
                {
                    One(child, depth + 1);
                }

                first = false;
            }
        }

        private void Fenced(FencedCodeBlock fenced)
        {
            var info = fenced.Info?.Trim().ToLowerInvariant() ?? "";
            var start = fenced.Line + 1;
            var end = LastLine(fenced);
            ledger.Markup(start, start);
            ledger.Markup(end, end);
            if (info is "" or "text" or "txt" or "plain" or "plaintext" or "none" or "md" or "markdown")
            {
                Blocks.AddRange(PlainTextReader.Read(lines, start, Math.Max(start, end - 1), ledger));
            }
            else
            {
                ledger.Reject(start + 1, end - 1, $"code block ({info}) is not résumé content");
            }
        }

        private void ReadTable(Table table)
        {
            var firstRow = true;
            IReadOnlyList<Vocabulary.TableColumn?>? columns = null;
            foreach (var row in table.OfType<TableRow>())
            {
                var cells = new List<IReadOnlyList<RichText>>();
                foreach (var cell in row.OfType<TableCell>())
                {
                    var cellLines = new List<RichText>();
                    foreach (var paragraph in cell.OfType<LeafBlock>())
                    {
                        cellLines.AddRange(InlineLines(paragraph.Inline, paragraph.Line + 1).Select(l => l.Text).Where(t => !t.IsEmpty));
                    }

                    cells.Add(cellLines.Count > 0 ? cellLines : [RichText.Empty]);
                }

                if (cells.All(c => c.All(l => l.IsEmpty)))
                {
                    continue;
                }

                if (firstRow && columns is null && TableEntries.Header(cells) is { } header)
                {
                    columns = header; // the header row names the columns: layout, covered by the table's markup
                    continue;
                }

                Blocks.Add(new Block
                {
                    Kind = BlockKind.Row,
                    Cells = cells,
                    Columns = columns,
                    Content = cells.SelectMany(c => c).FirstOrDefault(t => !t.IsEmpty) ?? RichText.Empty,
                    FirstLine = row.Line + 1,
                    LastLine = row.Line + 1,
                    Boundary = true,
                    Gap = firstRow,
                });
                firstRow = false;
            }

            ledger.Markup(table.Line + 1, LastLine(table));
            _images.Clear();
        }

        private void AddLines(ContainerInline? inline, int firstLine, BlockKind kind, int level, bool joinLines, bool isTerm = false)
        {
            var lines = InlineLines(inline, firstLine);
            foreach (var image in _images)
            {
                Blocks.Add(new Block { Kind = BlockKind.Image, Source = image.Source, Alt = image.Alt, FirstLine = image.Line, LastLine = image.Line });
            }

            _images.Clear();
            var merged = new List<(RichText Text, int First, int Last, bool Hard)>();
            foreach (var line in lines)
            {
                if (merged.Count > 0 && (joinLines || (!line.HardBefore && LineJoiner.ShouldJoin(merged[^1].Text, line.Text, 60))))
                {
                    var previous = merged[^1];
                    merged[^1] = (Concat(previous.Text, line.Text), previous.First, line.Last, previous.Hard);
                }
                else if (!line.Text.IsEmpty)
                {
                    merged.Add((line.Text, line.First, line.Last, line.HardBefore));
                }
            }

            var isFirst = true;
            foreach (var (text, first, last, _) in merged)
            {
                Blocks.Add(new Block
                {
                    Kind = isFirst ? kind : (kind == BlockKind.Bullet ? BlockKind.Text : kind),
                    Level = level,
                    Content = text,
                    FirstLine = first,
                    LastLine = last,
                    IsTerm = isTerm && isFirst,
                });
                isFirst = false;
            }
        }

        private readonly List<(string? Source, string? Alt, int Line)> _images = [];

        private List<(RichText Text, int First, int Last, bool HardBefore)> InlineLines(ContainerInline? inline, int firstLine)
        {
            var result = new List<(RichText, int, int, bool)>();
            if (inline is null)
            {
                return result;
            }

            var state = new InlineState(firstLine);
            Walk(inline, state, result);
            state.Finish(result);
            return result;
        }

        private void Walk(Inline inline, InlineState state, List<(RichText, int, int, bool)> result)
        {
            state.Touch(inline.Span.Start >= 0 ? LineOfOffset(inline.Span.Start) : inline.Line + 1);
            switch (inline)
            {
                case LiteralInline literal:
                    TextInline.Append(state.Builder, literal.Content.ToString(), state.Style, columns: false);
                    break;
                case CodeInline code:
                    state.Builder.Append(code.Content, state.Style | RunStyle.Code);
                    break;
                case MathInline math:
                    state.Builder.Append(TextCleaner.Latex(math.Content.ToString()), state.Style);
                    break;
                case HtmlEntityInline entity:
                    state.Builder.Append(entity.Transcoded.ToString(), state.Style);
                    break;
                case AutolinkInline auto:
                    state.Builder.OpenLink(auto.IsEmail ? "mailto:" + auto.Url : auto.Url);
                    state.Builder.Append(auto.Url, state.Style);
                    state.Builder.CloseLink();
                    break;
                case LineBreakInline lineBreak:
                    state.Break(result, lineBreak.IsHard);
                    break;
                case HtmlInline html:
                    Html(html.Tag, state, result);
                    break;
                case LinkInline { IsImage: true } image:
                    _images.Add((image.Url, Plain(image), image.Line + 1));
                    break;
                case LinkInline link:
                    state.Builder.OpenLink(link.GetDynamicUrl?.Invoke() ?? link.Url ?? "");
                    Children(link, state, result);
                    state.Builder.CloseLink();
                    break;
                case EmphasisInline emphasis:
                    var saved = state.Style;
                    state.Style |= emphasis.DelimiterChar switch
                    {
                        '~' => RunStyle.Strike,
                        '*' or '_' => emphasis.DelimiterCount switch { 1 => RunStyle.Italic, 2 => RunStyle.Bold, _ => RunStyle.Bold | RunStyle.Italic },
                        _ => RunStyle.None,
                    };
                    Children(emphasis, state, result);
                    state.Style = saved;
                    break;
                case ContainerInline container:
                    Children(container, state, result);
                    break;
                default:
                    break;
            }
        }

        private void Children(ContainerInline container, InlineState state, List<(RichText, int, int, bool)> result)
        {
            foreach (var child in container)
            {
                Walk(child, state, result);
            }
        }

        private static void Html(string tag, InlineState state, List<(RichText, int, int, bool)> result)
        {
            if (tag.StartsWith("<!--", StringComparison.Ordinal))
            {
                return;
            }

            if (tag.StartsWith("</", StringComparison.Ordinal))
            {
                var name = tag[2..].TrimEnd('>', ' ').Trim().ToLowerInvariant();
                state.Close(name);
                return;
            }

            if (HtmlReader.ReadTag(tag) is not { } element)
            {
                return;
            }

            switch (element.LocalName)
            {
                case "br":
                    state.Break(result, hard: true);
                    break;
                case "a":
                    state.Builder.OpenLink(element.Href ?? "");
                    state.Open("a", state.Style);
                    break;
                case "strong" or "b":
                    state.Open(element.LocalName, state.Style);
                    state.Style |= RunStyle.Bold;
                    break;
                case "em" or "i":
                    state.Open(element.LocalName, state.Style);
                    state.Style |= RunStyle.Italic;
                    break;
                case "code" or "kbd":
                    state.Open(element.LocalName, state.Style);
                    state.Style |= RunStyle.Code;
                    break;
                default:
                    break;
            }
        }

        private static string Plain(ContainerInline container) =>
            string.Concat(container.Descendants<LiteralInline>().Select(l => l.Content.ToString()));

        private static RichText Concat(RichText a, RichText b)
        {
            var builder = new RichTextBuilder(a.Length + 1 + b.Length);
            Append(builder, a);
            builder.Append(" ", RunStyle.None);
            Append(builder, b);
            return builder.Build();
        }

        private static void Append(RichTextBuilder builder, RichText text)
        {
            // Character by character without a string or a query per character (this runs for every joined line).
            var links = text.Links.OrderBy(l => l.Start).ToList();
            for (var i = 0; i < text.Length; i++)
            {
                foreach (var link in links)
                {
                    if (link.Start == i)
                    {
                        builder.OpenLink(link.Url);
                    }
                }

                builder.Append(text.Text[i], text.Styles[i]);
                foreach (var link in links)
                {
                    if (link.End == i + 1)
                    {
                        builder.CloseLink();
                    }
                }
            }
        }

        private int LineOfOffset(int offset)
        {
            LastLine(null);
            var index = _lineStarts.BinarySearch(offset);
            return index >= 0 ? index + 1 : ~index;
        }

        /// <summary>The (1-based) line of a setext heading's text: Markdig places the block on its underline.</summary>
        private int SetextTextLine(HeadingBlock heading)
        {
            var underline = heading.Line;
            if (underline < lines.Count && lines[underline].Trim().Trim('=', '-').Length == 0)
            {
                return Math.Max(1, underline);
            }

            return heading.Line + 1;
        }

        private int LastLine(MdBlock? block)
        {
            if (_lineStarts.Count == 0)
            {
                var offset = 0;
                foreach (var l in lines)
                {
                    _lineStarts.Add(offset);
                    offset += l.Length + 1;
                }
            }

            if (block is null)
            {
                return 0;
            }

            var end = Math.Max(block.Span.End, block.Span.Start);
            var index = _lineStarts.BinarySearch(end);
            var line = index >= 0 ? index + 1 : ~index;
            return Math.Clamp(line, block.Line + 1, Math.Max(block.Line + 1, lines.Count));
        }

        private readonly List<int> _lineStarts = [];
    }

    private sealed class InlineState(int firstLine)
    {
        private readonly Stack<(string Name, RunStyle Saved)> _tags = new();
        private int _first = firstLine;
        private int _last = firstLine;
        private bool _hardBefore;

        public RichTextBuilder Builder { get; private set; } = new();

        public RunStyle Style { get; set; }

        public void Touch(int line)
        {
            if (Builder.IsBlank)
            {
                _first = Math.Max(line, _first);
            }

            _last = Math.Max(_last, line);
        }

        public void Break(List<(RichText, int, int, bool)> result, bool hard)
        {
            var open = Builder.OpenUrls;
            result.Add((Builder.Build(), _first, Math.Max(_first, _last), _hardBefore));
            Builder = new RichTextBuilder();
            foreach (var url in open)
            {
                Builder.OpenLink(url);
            }

            _hardBefore = hard;
            _first = _last + 1;
            _last = _first;
        }

        public void Finish(List<(RichText, int, int, bool)> result) => result.Add((Builder.Build(), _first, Math.Max(_first, _last), _hardBefore));

        public void Open(string name, RunStyle saved) => _tags.Push((name, saved));

        public void Close(string name)
        {
            if (!_tags.Any(t => t.Name == name))
            {
                return;
            }

            while (_tags.Count > 0)
            {
                var (tag, saved) = _tags.Pop();
                Style = saved;
                if (tag == "a")
                {
                    Builder.CloseLink();
                }

                if (tag == name)
                {
                    return;
                }
            }
        }
    }
}
