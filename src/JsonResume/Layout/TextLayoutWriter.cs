using System.Text;

namespace JsonResume.Layout;

/// <summary>
/// Writes a layout as plain text: the name underlined with <c>=</c>, UPPERCASE section headings underlined with
/// <c>-</c>, entry headings at the margin, their date line and labelled lines indented by two right under them,
/// paragraphs indented by two and bullets by four after a blank line. See <see cref="TextFormat"/> for the grammar.
/// </summary>
internal static class TextLayoutWriter
{
    public static string Write(DocumentLayout document, int textWidth, bool includeExtensions)
    {
        var width = Math.Max(20, textWidth);
        var blocks = new List<string>();
        if (document.Header is { } header)
        {
            WriteHeader(header, blocks, width, document.Language.SummaryHeading);
        }

        foreach (var section in document.Sections)
        {
            blocks.Add(Heading(document.Language.Title(section.Section).ToUpperInvariant()));
            blocks.AddRange(section.Entries.Select(e => Entry(e, width, document.Language.Untitled)));
        }

        if (document.Footer.Count > 0)
        {
            blocks.Add(Heading(document.Language.DocumentHeading));
            blocks.Add(HeaderLines(document.Footer, [], TextFormat.Indent, width));
        }

        if (includeExtensions && document.Extensions is { } extensions)
        {
            blocks.Add(Heading(document.Language.ExtensionsHeading));
            blocks.Add(string.Join("\n", ExtensionsBlock.Write(extensions).Split('\n').Select(l => TextFormat.Indent + l)) + "\n");
        }

        return string.Concat(blocks.Select((b, i) => i == 0 ? b : "\n" + b));
    }

    private static void WriteHeader(EntryLayout header, List<string> blocks, int width, string summaryHeading)
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
            blocks.Add(Heading(summaryHeading));
            blocks.AddRange(header.Paragraphs.Select(p => Paragraph(p, width)));
        }
    }

    private static string Heading(string text) => $"{text}\n{new string('-', Math.Max(3, TextWrap.Columns(text)))}\n";

    private static string Entry(EntryLayout entry, int width, string untitled)
    {
        var sb = new StringBuilder();
        sb.Append(entry.Title ?? untitled).Append('\n');
        if (entry.Lines.Count > 0)
        {
            sb.Append(HeaderLines(entry.Lines, [], TextFormat.Indent, width));
        }

        foreach (var paragraph in entry.Paragraphs)
        {
            sb.Append('\n').Append(Paragraph(paragraph, width));
        }

        if (entry.Bullets is { Count: > 0 } bullets)
        {
            sb.Append('\n');
            foreach (var bullet in bullets)
            {
                TextWrap.Append(sb, TextFormat.BulletIndent + "- ", bullet, TextFormat.BulletIndent + "  ", width);
            }
        }

        return sb.ToString();
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
            AppendLines(sb, item.Lines, indent + "  ", width);
        }

        return sb.ToString();
    }

    private static void AppendLines(StringBuilder sb, IReadOnlyList<LayoutLine> lines, string indent, int width)
    {
        // Values line up in columns, so labels are padded by their width on screen (a Chinese character takes two).
        var labelWidth = lines.OfType<FieldLine>().Select(f => TextWrap.Columns(f.Label) + 1).DefaultIfEmpty(0).Max();
        var continuation = indent + "    ";
        foreach (var line in lines)
        {
            switch (line)
            {
                case MetaLine meta:
                    TextWrap.Append(sb, indent, meta.Text, continuation, width);
                    break;
                case FieldLine field:
                    var label = field.Label + ":" + new string(' ', labelWidth - TextWrap.Columns(field.Label) - 1);
                    TextWrap.Append(sb, indent + label + " ", field.Value, continuation, width);
                    break;
            }
        }
    }
}
