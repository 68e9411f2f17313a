using System.Text;

namespace JsonResume.Import.Blocks;

/// <summary>Builds a <see cref="RichText"/> piece by piece, collapsing white space as it goes.</summary>
internal sealed class RichTextBuilder
{
    private readonly StringBuilder _text;
    private readonly List<RunStyle> _styles;
    private readonly List<LinkSpan> _links = [];
    private readonly Stack<(int Start, string Url)> _open = new();

    /// <summary>A builder for a line of about <paramref name="capacity"/> characters (the text and styles then grow once, if at all).</summary>
    public RichTextBuilder(int capacity = DefaultCapacity)
    {
        _text = new StringBuilder(capacity);
        _styles = new List<RunStyle>(capacity);
    }

    private const int DefaultCapacity = 16;

    // Whether a character other than white space was added: only spaces are ever removed, so this is
    // "the text so far is blank" without copying it (the Markdown reader asks at every inline).
    private bool _hasContent;

    public int Length => _text.Length;

    public bool IsBlank => !_hasContent;

    public void Append(string text, RunStyle style)
    {
        foreach (var c in text)
        {
            Append(c, style);
        }
    }

    /// <summary>One character, as <see cref="Append(string, RunStyle)"/> adds each of a string's.</summary>
    public void Append(char c, RunStyle style)
    {
        if (c == '\t')
        {
            TrimTrailingSpace();
            if (_text.Length > 0 && _text[^1] != '\t')
            {
                Add('\t', style);
            }

            return;
        }

        if (char.IsWhiteSpace(c) || c == '\u00a0')
        {
            if (_text.Length > 0 && !char.IsWhiteSpace(_text[^1]))
            {
                Add(' ', style);
            }

            return;
        }

        _hasContent = true;
        Add(c, style);
    }

    public void OpenLink(string url) => _open.Push((_text.Length, url));

    /// <summary>The addresses of links still open, outermost first (to reopen them on the next line).</summary>
    public IReadOnlyList<string> OpenUrls => _open.Reverse().Select(o => o.Url).ToList();

    public void CloseLink()
    {
        if (_open.Count == 0)
        {
            return;
        }

        var (start, url) = _open.Pop();
        _links.Add(new LinkSpan(start, _text.Length - start, url));
    }

    public RichText Build()
    {
        while (_open.Count > 0)
        {
            CloseLink();
        }

        var text = _text.ToString();
        var start = 0;
        var end = text.Length;
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        var links = _links.Select(l => l with { Length = Math.Min(l.Length, text.Length - l.Start) })
            .Select(l => l.Length == 0 ? l with { Start = Math.Clamp(l.Start, start, end) } : l);
        // Most lines have no link: no query, sort or list for them.
        var rich = new RichText(text, [.. _styles], _links.Count == 0 ? [] : MergeAdjacent(links));
        return start == 0 && end == text.Length ? rich : rich.Slice(start, end - start);
    }

    /// <summary>Two spans of one link separated only by a space (a link broken over two lines) become one.</summary>
    private static List<LinkSpan> MergeAdjacent(IEnumerable<LinkSpan> links)
    {
        var result = new List<LinkSpan>();
        foreach (var link in links.OrderBy(l => l.Start))
        {
            if (result.Count > 0 && result[^1].Url == link.Url && link.Start <= result[^1].End + 1 && link.Length > 0 && result[^1].Length > 0)
            {
                result[^1] = result[^1] with { Length = Math.Max(result[^1].End, link.End) - result[^1].Start };
                continue;
            }

            result.Add(link);
        }

        return result;
    }

    private void TrimTrailingSpace()
    {
        while (_text.Length > 0 && _text[^1] == ' ')
        {
            _text.Length--;
            _styles.RemoveAt(_styles.Count - 1);
        }
    }

    private void Add(char c, RunStyle style)
    {
        _text.Append(c);
        _styles.Add(style);
    }
}
