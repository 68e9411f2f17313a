using JsonResume.Import.Blocks;
using Markdig.Extensions.Mathematics;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace JsonResume.Import.Documents;

/// <summary>The inline half of the Markdown walk: runs of text with their style, links, images, raw HTML tags and line breaks.</summary>
internal static partial class MarkdownReader
{
    private sealed partial class Walker
    {
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
