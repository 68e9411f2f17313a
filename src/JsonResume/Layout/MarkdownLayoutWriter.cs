using System.Text;

namespace JsonResume.Layout;

/// <summary>
/// Writes a layout as CommonMark (GitHub renders it as is): <c>#</c> name, bold label, labelled lines joined by hard
/// breaks, profiles as a list, <c>##</c> sections, <c>###</c> entries with an italic date line, paragraphs and bullets,
/// a footer after a thematic break, and the extensions block as a fenced <c>json</c> block. Blocks are separated by a
/// blank line and written as each entry is laid out.
/// </summary>
internal static class MarkdownLayoutWriter
{
    public static void Write(DocumentSource document, bool includeExtensions, TextWriter output)
    {
        var blocks = new BlockSink(output, "\n\n");
        var sb = new StringBuilder(256);
        if (document.Header is { } header)
        {
            WriteHeader(header, blocks, sb);
        }

        foreach (var section in document.Sections())
        {
            blocks.Next().Write("## ");
            output.Write(document.Language.Title(section.Section));
            foreach (var entry in section.Entries)
            {
                blocks.Next().Write("### ");
                Title(entry.TitleParts, document.Language.Untitled, sb);
                output.Write(sb);
                WriteBody(entry, blocks, sb);
            }
        }

        if (document.Footer.Count > 0)
        {
            blocks.Add("---");
            Lines(document.Footer, sb);
            blocks.Next().Write(sb);
        }

        if (includeExtensions && document.Extensions() is { } extensions)
        {
            // The fence outgrows any run of backticks inside the block; the block is written twice (counted, then
            // out) rather than held as one string, which for deep or large extension data could outgrow memory.
            var fence = new string('`', Math.Max(3, ExtensionsBlock.LongestRun(extensions, '`') + 1));
            var w = blocks.Next();
            w.Write(fence);
            w.Write(ExtensionsBlock.MarkdownInfo);
            w.Write('\n');
            ExtensionsBlock.Write(extensions, w, "");
            w.Write('\n');
            w.Write(fence);
        }

        if (blocks.Any)
        {
            output.Write('\n');
        }
    }

    private static void WriteHeader(EntryLayout header, BlockSink blocks, StringBuilder sb)
    {
        if (header.Title is not null)
        {
            blocks.Next().Write("# ");
            Title(header.TitleParts, "", sb);
            blocks.Writer.Write(sb);
        }

        if (header.Subtitle is { } subtitle)
        {
            sb.Clear().Append("**");
            MarkdownText.Escape(sb, subtitle, false);
            blocks.Next().Write(sb.Append("**"));
        }

        if (header.Lines.Count > 0)
        {
            Lines(header.Lines, sb);
            blocks.Next().Write(sb);
        }

        if (header.Items.Count > 0)
        {
            sb.Clear();
            for (var i = 0; i < header.Items.Count; i++)
            {
                if (i > 0)
                {
                    sb.Append('\n');
                }

                Item(header.Items[i], sb);
            }

            blocks.Next().Write(sb);
        }

        Paragraphs(header.Paragraphs, blocks, sb);
    }

    private static void WriteBody(EntryLayout entry, BlockSink blocks, StringBuilder sb)
    {
        if (entry.Lines.Count > 0)
        {
            Lines(entry.Lines, sb);
            blocks.Next().Write(sb);
        }

        Paragraphs(entry.Paragraphs, blocks, sb);
        if (entry.Bullets is { Count: > 0 } bullets)
        {
            sb.Clear();
            for (var i = 0; i < bullets.Count; i++)
            {
                sb.Append(i == 0 ? "-" : "\n-");
                if (bullets[i].Length > 0)
                {
                    MarkdownText.Escape(sb.Append(' '), bullets[i], true);
                }
            }

            blocks.Next().Write(sb);
        }
    }

    private static void Paragraphs(List<string> paragraphs, BlockSink blocks, StringBuilder sb)
    {
        foreach (var paragraph in paragraphs)
        {
            MarkdownText.Escape(sb.Clear(), paragraph, true);
            blocks.Next().Write(sb);
        }
    }

    private static void Item(EntryLayout item, StringBuilder sb)
    {
        if (item.Title is null && item.Lines.Count == 0)
        {
            sb.Append('-');
            return;
        }

        sb.Append("- ");
        var first = true;
        if (item.Title is not null)
        {
            TitleParts(item.TitleParts, sb);
            first = false;
        }

        foreach (var line in item.Lines)
        {
            if (!first)
            {
                sb.Append("\\\n  ");
            }

            Line(line, sb);
            first = false;
        }
    }

    /// <summary>A heading's text (the untitled word when it has no parts), in <paramref name="sb"/> after clearing it.</summary>
    private static void Title(List<TitlePart> parts, string untitled, StringBuilder sb)
    {
        sb.Clear();
        if (parts.Count == 0)
        {
            MarkdownText.Escape(sb, untitled, true);
            return;
        }

        TitleParts(parts, sb);
    }

    private static void TitleParts(List<TitlePart> parts, StringBuilder sb)
    {
        for (var i = 0; i < parts.Count; i++)
        {
            if (i > 0)
            {
                sb.Append(EntryTitle.Separator);
            }

            Value(parts[i].Text, parts[i].Kind, i == 0, sb);
        }
    }

    /// <summary>Lines joined by hard breaks, in <paramref name="sb"/> after clearing it.</summary>
    private static void Lines(List<LayoutLine> lines, StringBuilder sb)
    {
        sb.Clear();
        for (var i = 0; i < lines.Count; i++)
        {
            if (i > 0)
            {
                sb.Append("\\\n");
            }

            Line(lines[i], sb);
        }
    }

    private static void Line(LayoutLine line, StringBuilder sb)
    {
        switch (line)
        {
            case MetaLine meta:
                MarkdownText.Escape(sb.Append('*'), meta.Text, false).Append('*');
                break;
            case FieldLine field when field.Value.Length == 0:
                sb.Append("**").Append(field.Label).Append(":**");
                break;
            case FieldLine field:
                sb.Append("**").Append(field.Label).Append(":** ");
                Value(field.Value, field.Kind, false, sb);
                break;
            default:
                throw new InvalidOperationException($"Unknown line {line.GetType().Name}.");
        }
    }

    private static void Value(string value, FieldKind kind, bool blockStart, StringBuilder sb)
    {
        if ((kind == FieldKind.Url && MarkdownText.IsUriAutolink(value)) || (kind == FieldKind.Email && MarkdownText.IsEmailAutolink(value)))
        {
            sb.Append('<').Append(value).Append('>');
        }
        else
        {
            MarkdownText.Escape(sb, value, blockStart);
        }
    }
}
