using System.Text;
using JsonResume.Vocabulary;

namespace JsonResume.Layout;

/// <summary>
/// Writes a layout as one HTML5 page: <c>header</c> with the name, label, contact details and profiles; one
/// <c>section</c> per part with an <c>h2</c>; one <c>article</c> per entry with an <c>h3</c>, its dates in
/// <c>time</c> elements, labelled details in a <c>dl</c>, paragraphs and bullets. Every value is HTML-encoded; links go
/// only to http, https and mailto addresses; a content security policy forbids scripts and fetching anything.
/// </summary>
internal static partial class HtmlLayoutWriter
{
    /// <summary>The first capacity of the buffer a page is written through (characters): one entry, or the head of the page.</summary>
    private const int ScratchCapacity = 4096;

    /// <summary>The largest buffer kept for the next page (characters); a page with a larger entry gets a buffer of its own.</summary>
    private const int MaxCachedScratch = 64 * 1024;

    private static StringBuilder? cachedScratch;

    public static void Write(DocumentSource document, string htmlLanguage, TextWriter output)
    {
        // One buffer, taken by one page at a time and kept while it is small: no new 8 KB buffer per page.
        var sb = Interlocked.Exchange(ref cachedScratch, null) ?? new StringBuilder(ScratchCapacity);
        try
        {
            Write(document, htmlLanguage, output, sb.Clear());
        }
        finally
        {
            if (sb.Capacity <= MaxCachedScratch)
            {
                cachedScratch = sb.Clear();
            }
        }
    }

    private static void Write(DocumentSource document, string htmlLanguage, TextWriter output, StringBuilder sb)
    {
        var language = document.Language;
        var name = document.Header?.Title;
        sb.Append("<!DOCTYPE html>\n")
          .Append("<html lang=\"").Append(HtmlText.Encode(htmlLanguage)).Append("\">\n")
          .Append("<head>\n<meta charset=\"utf-8\">\n")
          .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
          .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
          .Append("<meta name=\"generator\" content=\"JsonResume\">\n")
          .Append("<title>").Append(HtmlText.Encode(name is null ? language.ResumeWord : name + " – " + language.ResumeWord)).Append("</title>\n")
          .Append("<style>\n");
        Flush(sb, output);
        output.Write(HtmlStyles.Css);
        sb.Append("</style>\n</head>\n<body>\n<main class=\"resume\">\n");

        if (document.Header is { } header)
        {
            WriteHeader(sb, header, language);
        }

        // Written out entry by entry, so the page is never held whole.
        Flush(sb, output);
        foreach (var section in document.Sections())
        {
            var id = SectionNames.JsonName(section.Section);
            sb.Append("<section class=\"section section-").Append(id).Append("\" aria-labelledby=\"h-").Append(id).Append("\">\n")
              .Append("<h2 id=\"h-").Append(id).Append("\">").Append(HtmlText.Encode(language.Title(section.Section))).Append("</h2>\n");
            foreach (var entry in section.Entries)
            {
                WriteEntry(sb, entry, language);
                Flush(sb, output);
            }

            sb.Append("</section>\n");
        }

        if (document.Footer.Count > 0)
        {
            sb.Append("<footer class=\"document\">\n");
            WriteFields(sb, [.. document.Footer.OfType<FieldLine>()], language);
            sb.Append("</footer>\n");
        }

        sb.Append("</main>\n</body>\n</html>\n");
        Flush(sb, output);
    }

    private static void Flush(StringBuilder sb, TextWriter output)
    {
        output.Write(sb);
        sb.Clear();
    }

    private static void WriteEntry(StringBuilder sb, EntryLayout entry, LayoutLanguage language)
    {
        var fields = new List<FieldLine>(entry.Lines.Count);
        MetaLine? meta = null;
        foreach (var line in entry.Lines)
        {
            if (line is FieldLine f)
            {
                fields.Add(f);
            }
            else if (line is MetaLine m)
            {
                meta ??= m;
            }
        }

        FieldLine? website = null;
        if (entry.TitleParts.Count > 0)
        {
            foreach (var field in fields)
            {
                if (field.Key == "Website" && HtmlText.WebHref(field.Value) is not null)
                {
                    website = field;
                    break;
                }
            }
        }

        sb.Append("<article class=\"entry\">\n<div class=\"entry-head\">\n<h3>");
        if (entry.TitleParts.Count == 0)
        {
            sb.Append("<span class=\"untitled\">").Append(HtmlText.Encode(LayoutLanguage.Capitalize(language.Untitled.Trim('(', ')')))).Append("</span>");
        }

        for (var i = 0; i < entry.TitleParts.Count; i++)
        {
            sb.Append(i == 0 ? "<span class=\"title\">" : "<span class=\"sep\" aria-hidden=\"true\"> · </span><span class=\"sub\">");
            var text = HtmlText.Encode(entry.TitleParts[i].Text);
            if (website is not null && i == entry.TitleParts.Count - 1)
            {
                sb.Append("<a href=\"").Append(HtmlText.Encode(website.Value)).Append("\">").Append(text).Append("</a>");
            }
            else
            {
                sb.Append(text);
            }

            sb.Append("</span>");
        }

        sb.Append("</h3>\n");
        if (meta is not null)
        {
            Meta(sb, meta, language);
        }

        sb.Append("</div>\n");
        var listed = new List<FieldLine>(fields.Count);
        foreach (var field in fields)
        {
            if (IsDescription(field))
            {
                sb.Append("<p class=\"description\">").Append(HtmlText.Encode(field.Value)).Append("</p>\n");
            }
            else if (field != website)
            {
                listed.Add(field);
            }
        }

        WriteFields(sb, listed, language);
        foreach (var paragraph in entry.Paragraphs)
        {
            sb.Append("<p>").Append(HtmlText.Encode(paragraph)).Append("</p>\n");
        }

        if (entry.Bullets is { Count: > 0 } bullets)
        {
            sb.Append("<ul class=\"highlights\">\n");
            foreach (var bullet in bullets)
            {
                sb.Append("<li>").Append(HtmlText.Encode(bullet)).Append("</li>\n");
            }

            sb.Append("</ul>\n");
        }

        sb.Append("</article>\n");
    }

    private static void Meta(StringBuilder sb, MetaLine meta, LayoutLanguage language)
    {
        sb.Append("<p class=\"meta\">");
        if (meta.Start is { } start)
        {
            Time(sb, start, language);
            if (meta.IsRange)
            {
                sb.Append(" – ");
                if (meta.End is { } end)
                {
                    Time(sb, end, language);
                }
                else
                {
                    sb.Append(HtmlText.Encode(language.PresentCapitalized()));
                }
            }
        }
        else
        {
            sb.Append(HtmlText.Encode(meta.Text));
        }

        if (meta.Place is { } place)
        {
            sb.Append("<span class=\"place\">").Append(HtmlText.Encode(place)).Append("</span>");
        }

        sb.Append("</p>\n");
    }

    private static void Time(StringBuilder sb, string date, LayoutLanguage language) =>
        sb.Append("<time datetime=\"").Append(HtmlText.Encode(date)).Append("\">").Append(HtmlText.Encode(language.Date(date))).Append("</time>");

    /// <summary>A one-line description, shown as a paragraph under the heading rather than as a labelled field.</summary>
    private static bool IsDescription(FieldLine field) =>
        field.Key == "Description" && field.Kind != FieldKind.Prose && field.Value.Length > 0;

    private static void WriteFields(StringBuilder sb, List<FieldLine> list, LayoutLanguage language)
    {
        if (list.Count == 0)
        {
            return;
        }

        sb.Append("<dl class=\"fields\">\n");
        foreach (var field in list)
        {
            sb.Append("<div><dt>").Append(HtmlText.Encode(field.Label)).Append("</dt><dd>");
            if (field.Kind == FieldKind.List)
            {
                sb.Append("<ul class=\"tags\">");
                foreach (var item in CommaList.Split(field.Value))
                {
                    sb.Append("<li>").Append(HtmlText.Encode(item)).Append("</li>");
                }

                sb.Append("</ul>");
            }
            else
            {
                Value(sb, field.Value, field.Kind, language);
            }

            sb.Append("</dd></div>\n");
        }

        sb.Append("</dl>\n");
    }

    private static void Value(StringBuilder sb, string value, FieldKind kind, LayoutLanguage language)
    {
        var href = kind switch
        {
            FieldKind.Url => HtmlText.WebHref(value),
            FieldKind.Email => HtmlText.MailHref(value),
            _ => null,
        };
        var text = kind == FieldKind.Date ? language.Date(value) : value;
        if (href is null)
        {
            sb.Append(HtmlText.Encode(text));
        }
        else
        {
            sb.Append("<a href=\"").Append(HtmlText.Encode(href)).Append("\">").Append(HtmlText.Encode(text)).Append("</a>");
        }
    }
}
