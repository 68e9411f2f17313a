using JsonResume.Import.Blocks;
using Markdig;
using Markdig.Extensions.DefinitionLists;
using Markdig.Extensions.Tables;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Block = JsonResume.Import.Blocks.Block;
using MdBlock = Markdig.Syntax.Block;

namespace JsonResume.Import.Documents;

/// <summary>
/// Reads Markdown through Markdig's syntax tree into blocks: headings, paragraph lines (soft-wrapped prose joined,
/// header-like lines kept apart), list items, table and definition-list rows, images, fenced plain text (read as a
/// plain-text document), and raw HTML (read with AngleSharp).
/// </summary>
internal static partial class MarkdownReader
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

    private sealed partial class Walker(IReadOnlyList<string> lines, LineLedger ledger)
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

                if (firstRow && columns is null && TableHeader.Read(cells) is { } header)
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
}
