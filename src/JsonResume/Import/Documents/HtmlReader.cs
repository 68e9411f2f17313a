using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using JsonResume.Diagnostics;
using JsonResume.Import.Blocks;

namespace JsonResume.Import.Documents;

/// <summary>
/// Reads raw HTML (an HTML block of a Markdown document) with AngleSharp into blocks: headings, paragraphs split at
/// <c>&lt;br&gt;</c>, list items, table rows with their cells, images; <c>&lt;style&gt;</c> and <c>&lt;script&gt;</c> are hidden.
/// </summary>
internal static class HtmlReader
{
    private static readonly HashSet<string> Hidden = new(StringComparer.Ordinal) { "style", "script", "noscript", "template", "head", "meta", "link", "title", "svg", "iframe" };
    private static readonly HashSet<string> BlockElements = new(StringComparer.Ordinal)
    {
        "p", "div", "center", "section", "article", "header", "footer", "main", "aside", "nav", "blockquote", "figure", "figcaption",
        "details", "summary", "dl", "dt", "dd", "address", "pre", "hr", "form", "fieldset", "body", "html",
    };

    /// <summary>Reads an HTML fragment that starts on source line <paramref name="firstLine"/> and ends on <paramref name="lastLine"/>.</summary>
    public static List<Block> Read(string html, int firstLine, int lastLine, LineLedger ledger)
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        var document = parser.ParseDocument(html);
        var walker = new Walker(firstLine, ledger);
        ledger.Markup(firstLine, lastLine);
        foreach (var element in document.Head?.Children ?? Enumerable.Empty<IElement>())
        {
            walker.Walk(element, 0);
        }

        walker.Walk(document.Body!, 0);
        walker.Flush();
        var blocks = walker.Blocks;
        for (var i = 0; i < blocks.Count; i++)
        {
            var next = i + 1 < blocks.Count ? blocks[i + 1].FirstLine - 1 : lastLine;
            blocks[i].LastLine = Math.Clamp(Math.Max(blocks[i].LastLine, next), blocks[i].FirstLine, Math.Max(blocks[i].FirstLine, lastLine));
        }

        return blocks;
    }

    /// <summary>The most tags <see cref="ReadTag"/> remembers per thread before it starts again.</summary>
    private const int MaxCachedTags = 256;

    [ThreadStatic]
    private static Dictionary<string, (string LocalName, string? Href)?>? t_tags;

    /// <summary>
    /// The local name and link target of one tag, parsed with AngleSharp (for inline HTML in Markdown). Answers are kept
    /// per thread: a document repeats a few tags (<c>&lt;br&gt;</c>, <c>&lt;b&gt;</c>), and each parse builds a document.
    /// </summary>
    public static (string LocalName, string? Href)? ReadTag(string tag)
    {
        var cache = t_tags ??= new Dictionary<string, (string, string?)?>(StringComparer.Ordinal);
        if (cache.TryGetValue(tag, out var known))
        {
            return known;
        }

        var element = ParseTag(tag);
        (string, string?)? result = element is null ? null : (element.LocalName, element.GetAttribute("href"));
        if (cache.Count >= MaxCachedTags)
        {
            cache.Clear();
        }

        cache[tag] = result;
        return result;
    }

    /// <summary>The local name and attributes of one tag, parsed with AngleSharp.</summary>
    private static IElement? ParseTag(string tag)
    {
        var parser = new HtmlParser();
        var document = parser.ParseDocument("");
        return parser.ParseFragment(tag, document.Body!).OfType<IElement>().FirstOrDefault();
    }

    private sealed class Walker(int firstLine, LineLedger ledger)
    {
        private RichTextBuilder _line = new();
        private int _lineStart;
        private RunStyle _style;
        private int _depth;

        public List<Block> Blocks { get; } = [];

        public void Walk(INode node, int listDepth)
        {
            if (node is IText text)
            {
                if (_line.IsBlank && text.Data.Trim().Length > 0)
                {
                    _lineStart = LineOf(text.ParentElement);
                }

                TextInline.Append(_line, text.Data, _style, columns: false);
                return;
            }

            if (node is not IElement element)
            {
                return;
            }

            var name = element.LocalName;
            var line = LineOf(element);
            if (Hidden.Contains(name) && name != "head")
            {
                var end = line + element.OuterHtml.Count(c => c == '\n');
                ledger.Hide(line, end, LineDisposition.Style, $"<{name}> block");
                return;
            }

            switch (name)
            {
                case "br":
                    Flush();
                    return;
                case "img":
                    Flush();
                    Blocks.Add(new Block { Kind = BlockKind.Image, Source = element.GetAttribute("src"), Alt = element.GetAttribute("alt"), FirstLine = line, LastLine = line });
                    return;
                case "table":
                    Flush();
                    ReadTable(element);
                    return;
                case "ul" or "ol":
                    Flush();
                    foreach (var child in element.Children)
                    {
                        Walk(child, listDepth + 1);
                    }

                    return;
                case "li":
                    Flush();
                    _lineStart = line;
                    Children(element, listDepth);
                    Flush(BlockKind.Bullet, Math.Max(0, listDepth - 1));
                    return;
                case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                    Flush();
                    _lineStart = line;
                    Children(element, listDepth);
                    Flush(BlockKind.Heading, name[1] - '0');
                    return;
                case "a":
                    var href = element.GetAttribute("href");
                    if (href is not null)
                    {
                        _line.OpenLink(href);
                    }

                    Children(element, listDepth);
                    if (href is not null)
                    {
                        _line.CloseLink();
                    }

                    return;
                default:
                    break;
            }

            var style = name switch
            {
                "strong" or "b" => RunStyle.Bold,
                "em" or "i" or "cite" => RunStyle.Italic,
                "code" or "kbd" or "samp" or "tt" => RunStyle.Code,
                "s" or "del" or "strike" => RunStyle.Strike,
                _ => RunStyle.None,
            };
            var isBlock = BlockElements.Contains(name);
            if (isBlock)
            {
                Flush();
            }

            var saved = _style;
            _style |= style;
            Children(element, listDepth);
            _style = saved;
            if (isBlock)
            {
                Flush();
            }
        }

        public void Flush(BlockKind kind = BlockKind.Text, int level = 0)
        {
            var content = _line.Build();
            _line = new RichTextBuilder();
            if (content.IsEmpty && kind != BlockKind.Heading)
            {
                return;
            }

            if (content.IsEmpty)
            {
                return;
            }

            Blocks.Add(new Block { Kind = kind, Level = level, Content = content, FirstLine = _lineStart, LastLine = _lineStart });
        }

        private void Children(IElement element, int listDepth)
        {
            _depth++;
            if (_depth < 64)
            {
                foreach (var child in element.ChildNodes)
                {
                    Walk(child, listDepth);
                }
            }

            _depth--;
        }

        private void ReadTable(IElement table)
        {
            var rows = table.QuerySelectorAll("tr").Where(r => r.Closest("table") == table).ToList();
            var first = true;
            IReadOnlyList<Vocabulary.TableColumn?>? columns = null;
            foreach (var row in rows)
            {
                var cells = new List<IReadOnlyList<RichText>>();
                foreach (var cell in row.Children.Where(c => c.LocalName is "td" or "th"))
                {
                    var inner = new Walker(firstLine, ledger) { _lineStart = LineOf(cell) };
                    inner.Children(cell, 0);
                    inner.Flush();
                    var lines = inner.Blocks.Where(b => b.Kind != BlockKind.Image).Select(b => b.Content).ToList();
                    if (lines.Count > 0)
                    {
                        cells.Add(lines);
                    }
                }

                if (cells.Count == 0)
                {
                    continue;
                }

                var line = LineOf(row);
                if (first && columns is null && TableHeader.Read(cells) is { } header)
                {
                    columns = header; // the header row names the columns: layout, not content
                    ledger.Markup(line, line);
                    continue;
                }

                // Empty cells are not kept, so a column is only known when the row has as many cells as the header.
                var named = columns?.Count == cells.Count ? columns : null;
                Blocks.Add(new Block { Kind = BlockKind.Row, Cells = cells, Columns = named, Content = cells[0][0], FirstLine = line, LastLine = line, Boundary = true, Gap = first });
                first = false;
            }
        }

        private int LineOf(IElement? element)
        {
            var position = element?.SourceReference?.Position;
            return position is { Line: > 0 } p ? firstLine + p.Line - 1 : Math.Max(_lineStart, firstLine);
        }
    }
}
