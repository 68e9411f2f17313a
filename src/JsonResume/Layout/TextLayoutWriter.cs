using System.Text;

namespace JsonResume.Layout;

/// <summary>
/// Writes a layout as plain text: the name underlined with <c>=</c>, UPPERCASE section headings underlined with
/// <c>-</c>, entry headings at the margin, their date line and labelled lines indented by two right under them,
/// paragraphs indented by two and bullets by four after a blank line. See <see cref="TextFormat"/> for the grammar.
/// </summary>
internal static class TextLayoutWriter
{
    private const string BulletPrefix = TextFormat.BulletIndent + "- ";
    private const string BulletContinuation = TextFormat.BulletIndent + "  ";
    private const string ItemIndent = TextFormat.Indent + "  ";

    /// <summary>Dashes enough to underline any usual heading without a new string.</summary>
    private static readonly string Rule = new('-', 80);

    public static void Write(DocumentSource document, int textWidth, bool includeExtensions, TextWriter output)
    {
        var width = Math.Max(20, textWidth);
        var blocks = new BlockSink(output, "\n");
        var sb = new StringBuilder(256);
        if (document.Header is { } header)
        {
            WriteHeader(header, blocks, width, document.Language.SummaryHeading);
        }

        foreach (var section in document.Sections())
        {
            Heading(blocks, document.Language.UpperTitle(section.Section));
            foreach (var entry in section.Entries)
            {
                Entry(entry, width, document.Language.Untitled, sb.Clear());
                blocks.Next().Write(sb);
            }
        }

        if (document.Footer.Count > 0)
        {
            Heading(blocks, document.Language.DocumentHeading);
            blocks.Add(HeaderLines(document.Footer, [], TextFormat.Indent, width));
        }

        if (includeExtensions && document.Extensions() is { } extensions)
        {
            Heading(blocks, document.Language.ExtensionsHeading);
            var w = blocks.Next();
            ExtensionsBlock.Write(extensions, w, TextFormat.Indent);
            w.Write('\n');
        }
    }

    private static void WriteHeader(EntryLayout header, BlockSink blocks, int width, string summaryHeading)
    {
        var top = new StringBuilder();
        if (header.Title is { } name)
        {
            top.Append(name).Append('\n').Append('=', Math.Max(3, TextWrap.Width(name))).Append('\n');
        }

        if (header.Subtitle is { } subtitle)
        {
            top.Append(subtitle).Append('\n');
        }

        if (top.Length > 0)
        {
            blocks.Add(top.ToString());
        }

        if (header.Lines.Count > 0 || header.Items.Count > 0)
        {
            blocks.Add(HeaderLines(header.Lines, header.Items, TextFormat.Indent, width));
        }

        if (header.Paragraphs.Count > 0)
        {
            Heading(blocks, summaryHeading);
            foreach (var paragraph in header.Paragraphs)
            {
                blocks.Add(Paragraph(paragraph, width));
            }
        }
    }

    /// <summary>A heading block: the text, underlined with as many dashes as it takes columns (at least three).</summary>
    private static void Heading(BlockSink blocks, string text)
    {
        var w = blocks.Next();
        w.Write(text);
        w.Write('\n');
        var dashes = Math.Max(3, TextWrap.Columns(text));
        w.Write(dashes <= Rule.Length ? Rule.AsSpan(0, dashes) : new string('-', dashes));
        w.Write('\n');
    }

    private static void Entry(EntryLayout entry, int width, string untitled, StringBuilder sb)
    {
        sb.Append(entry.Title ?? untitled).Append('\n');
        if (entry.Lines.Count > 0)
        {
            AppendLines(sb, entry.Lines, TextFormat.Indent, width);
        }

        foreach (var paragraph in entry.Paragraphs)
        {
            TextWrap.Append(sb.Append('\n'), TextFormat.Indent, paragraph, TextFormat.Indent, width);
        }

        if (entry.Bullets is { Count: > 0 } bullets)
        {
            sb.Append('\n');
            foreach (var bullet in bullets)
            {
                TextWrap.Append(sb, BulletPrefix, bullet, BulletContinuation, width);
            }
        }
    }

    private static string Paragraph(string text, int width)
    {
        var sb = new StringBuilder();
        TextWrap.Append(sb, TextFormat.Indent, text, TextFormat.Indent, width);
        return sb.ToString();
    }

    /// <summary>Labelled lines (values aligned) and items, with continuation lines indented deeper.</summary>
    private static string HeaderLines(IReadOnlyList<LayoutLine> lines, IReadOnlyList<EntryLayout> items, string indent, int width)
    {
        var sb = new StringBuilder();
        AppendLines(sb, lines, indent, width);
        foreach (var item in items)
        {
            sb.Append(indent).Append(item.Title is null ? "-" : "- " + item.Title).Append('\n');
            AppendLines(sb, item.Lines, indent == TextFormat.Indent ? ItemIndent : indent + "  ", width);
        }

        return sb.ToString();
    }

    /// <summary>Where a wrapped value goes on: four columns deeper than its line (the two usual indents come without a new string).</summary>
    private static string Continuation(string indent) => indent switch
    {
        TextFormat.Indent => TextFormat.Indent + "    ",
        ItemIndent => ItemIndent + "    ",
        _ => indent + "    ",
    };

    private static void AppendLines(StringBuilder sb, IReadOnlyList<LayoutLine> lines, string indent, int width)
    {
        // Values line up in columns, so labels are padded by their width on screen (a Chinese character takes two).
        var labelWidth = 0;
        foreach (var line in lines)
        {
            if (line is FieldLine f)
            {
                labelWidth = Math.Max(labelWidth, TextWrap.Columns(f.Label) + 1);
            }
        }

        var continuation = Continuation(indent);
        foreach (var line in lines)
        {
            switch (line)
            {
                case MetaLine meta:
                    TextWrap.Append(sb, indent, meta.Text, continuation, width);
                    break;
                case FieldLine { Value.Length: > 0 } field:
                    // indent, label, colon, padding and a space, then the value (TextWrap.Append without the prefix string)
                    var columns = TextWrap.Columns(field.Label);
                    sb.Append(indent).Append(field.Label).Append(':').Append(' ', labelWidth - columns - 1).Append(' ');
                    TextWrap.AppendWords(sb, TextWrap.Width(indent) + TextWrap.Width(field.Label) + labelWidth - columns + 1, field.Value, continuation, width);
                    break;
                case FieldLine field:
                    var label = field.Label + ":" + new string(' ', labelWidth - TextWrap.Columns(field.Label) - 1);
                    TextWrap.Append(sb, indent + label + " ", field.Value, continuation, width);
                    break;
            }
        }
    }
}
