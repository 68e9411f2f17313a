using System.Text;

namespace JsonResume.Layout;

/// <summary>
/// Writes a layout as CommonMark (GitHub renders it as is): <c>#</c> name, bold label, labelled lines joined by hard
/// breaks, profiles as a list, <c>##</c> sections, <c>###</c> entries with an italic date line, paragraphs and bullets,
/// a footer after a thematic break, and the extensions block as a fenced <c>json</c> block.
/// </summary>
internal static class MarkdownLayoutWriter
{
    public static string Write(DocumentLayout document, bool includeExtensions)
    {
        var blocks = new List<string>();
        if (document.Header is { } header)
        {
            WriteHeader(header, blocks);
        }

        foreach (var section in document.Sections)
        {
            blocks.Add("## " + document.Language.Title(section.Section));
            foreach (var entry in section.Entries)
            {
                blocks.Add("### " + Title(entry.TitleParts, document.Language.Untitled));
                WriteBody(entry, blocks);
            }
        }

        if (document.Footer.Count > 0)
        {
            blocks.Add("---");
            blocks.Add(Lines(document.Footer, ""));
        }

        if (includeExtensions && document.Extensions is { } extensions)
        {
            var json = ExtensionsBlock.Write(extensions);
            var fence = new string('`', Math.Max(3, LongestRun(json, '`') + 1));
            blocks.Add($"{fence}{ExtensionsBlock.MarkdownInfo}\n{json}\n{fence}");
        }

        return blocks.Count == 0 ? "" : string.Join("\n\n", blocks) + "\n";
    }

    private static void WriteHeader(EntryLayout header, List<string> blocks)
    {
        if (header.Title is not null)
        {
            blocks.Add("# " + Title(header.TitleParts, ""));
        }

        if (header.Subtitle is { } subtitle)
        {
            blocks.Add("**" + MarkdownText.Escape(subtitle, false) + "**");
        }

        if (header.Lines.Count > 0)
        {
            blocks.Add(Lines(header.Lines, ""));
        }

        if (header.Items.Count > 0)
        {
            blocks.Add(string.Join("\n", header.Items.Select(Item)));
        }

        blocks.AddRange(header.Paragraphs.Select(p => MarkdownText.Escape(p, true)));
    }

    private static void WriteBody(EntryLayout entry, List<string> blocks)
    {
        if (entry.Lines.Count > 0)
        {
            blocks.Add(Lines(entry.Lines, ""));
        }

        blocks.AddRange(entry.Paragraphs.Select(p => MarkdownText.Escape(p, true)));
        if (entry.Bullets is { Count: > 0 } bullets)
        {
            blocks.Add(string.Join("\n", bullets.Select(b => b.Length == 0 ? "-" : "- " + MarkdownText.Escape(b, true))));
        }
    }

    private static string Item(EntryLayout item)
    {
        var lines = new List<string>();
        if (item.Title is not null)
        {
            lines.Add(Title(item.TitleParts, ""));
        }

        lines.AddRange(item.Lines.Select(Line));
        return lines.Count == 0 ? "-" : "- " + string.Join("\\\n  ", lines);
    }

    private static string Title(IReadOnlyList<TitlePart> parts, string untitled)
    {
        if (parts.Count == 0)
        {
            return MarkdownText.Escape(untitled, true);
        }

        return string.Join(EntryTitle.Separator, parts.Select((p, i) => Value(p.Text, p.Kind, i == 0)));
    }

    private static string Lines(IEnumerable<LayoutLine> lines, string indent) =>
        string.Join("\\\n" + indent, lines.Select(Line));

    private static string Line(LayoutLine line) => line switch
    {
        MetaLine meta => "*" + MarkdownText.Escape(meta.Text, false) + "*",
        FieldLine field when field.Value.Length == 0 => $"**{field.Label}:**",
        FieldLine field => $"**{field.Label}:** {Value(field.Value, field.Kind, false)}",
        _ => throw new InvalidOperationException($"Unknown line {line.GetType().Name}."),
    };

    private static string Value(string value, FieldKind kind, bool blockStart) => kind switch
    {
        FieldKind.Url when MarkdownText.IsUriAutolink(value) => "<" + value + ">",
        FieldKind.Email when MarkdownText.IsEmailAutolink(value) => "<" + value + ">",
        _ => MarkdownText.Escape(value, blockStart),
    };

    private static int LongestRun(string text, char c)
    {
        int longest = 0, run = 0;
        foreach (var x in text)
        {
            run = x == c ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        return longest;
    }
}
