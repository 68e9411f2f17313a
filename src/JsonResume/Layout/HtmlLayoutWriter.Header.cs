using System.Text;

namespace JsonResume.Layout;

/// <summary>The page's header: name, label, contact details (the address parts on one line), profiles and summary.</summary>
internal static partial class HtmlLayoutWriter
{
    private static readonly string[] LocationLabels = ["Address", "City", "Region", "Postal code", "Country"];

    private static void WriteHeader(StringBuilder sb, EntryLayout header, LayoutLanguage language)
    {
        sb.Append("<header class=\"basics\">\n");
        if (header.Title is { } name)
        {
            sb.Append("<h1>").Append(HtmlText.Encode(name)).Append("</h1>\n");
        }

        if (header.Subtitle is { } label)
        {
            sb.Append("<p class=\"label\">").Append(HtmlText.Encode(label)).Append("</p>\n");
        }

        // Loops rather than LINQ (the header is written for every page); the same choices as before, in the same order.
        var fields = new List<FieldLine>(header.Lines.Count);
        foreach (var line in header.Lines)
        {
            if (line is FieldLine f)
            {
                fields.Add(f);
            }
        }

        var location = Location(fields);
        FieldLine? photo = null;
        foreach (var f in fields)
        {
            if (f.Key == "Image" && HtmlText.WebHref(f.Value) is not null)
            {
                photo = f;
                break;
            }
        }

        var contact = new List<FieldLine>(fields.Count);
        foreach (var f in fields)
        {
            if (!LocationLabels.Contains(f.Key) && f != photo && f.Value.Length > 0)
            {
                contact.Add(f);
            }
        }

        if (contact.Count > 0 || location.Length > 0 || header.Items.Count > 0 || photo is not null)
        {
            sb.Append("<ul class=\"contact\">\n");
            foreach (var field in contact)
            {
                sb.Append("<li><span class=\"k\">").Append(HtmlText.Encode(field.Label)).Append("</span> ");
                Value(sb, field.Value, field.Kind, language);
                sb.Append("</li>\n");
            }

            if (location.Length > 0)
            {
                sb.Append("<li><span class=\"k\">").Append(HtmlText.Encode(language.Label("Location"))).Append("</span> ").Append(HtmlText.Encode(location)).Append("</li>\n");
            }

            foreach (var profile in header.Items)
            {
                sb.Append("<li class=\"profile\">");
                Profile(sb, profile);
                sb.Append("</li>\n");
            }

            if (photo is not null)
            {
                sb.Append("<li><a href=\"").Append(HtmlText.Encode(photo.Value)).Append("\">").Append(HtmlText.Encode(language.Photo)).Append("</a></li>\n");
            }

            sb.Append("</ul>\n");
        }

        foreach (var paragraph in header.Paragraphs)
        {
            sb.Append("<p class=\"summary\">").Append(HtmlText.Encode(paragraph)).Append("</p>\n");
        }

        sb.Append("</header>\n");
    }

    /// <summary>The address parts that have a value, in <see cref="LocationLabels"/> order, joined by ", " (each the first field with its key).</summary>
    private static string Location(List<FieldLine> fields)
    {
        var sb = (StringBuilder?)null;
        string? only = null;
        foreach (var key in LocationLabels)
        {
            string? value = null;
            foreach (var f in fields)
            {
                if (f.Key == key)
                {
                    value = f.Value;
                    break;
                }
            }

            if (string.IsNullOrEmpty(value))
            {
                continue;
            }

            if (only is null)
            {
                only = value;
            }
            else
            {
                (sb ??= new StringBuilder(only)).Append(", ").Append(value);
            }
        }

        return sb?.ToString() ?? only ?? "";
    }

    private static void Profile(StringBuilder sb, EntryLayout profile)
    {
        // The parts: the heading's, then the labelled lines' values, those that are not empty.
        var parts = new List<(string Text, FieldKind Kind)>(profile.TitleParts.Count + profile.Lines.Count);
        foreach (var p in profile.TitleParts)
        {
            if (p.Text.Length > 0)
            {
                parts.Add((p.Text, p.Kind));
            }
        }

        foreach (var line in profile.Lines)
        {
            if (line is FieldLine f && f.Value.Length > 0)
            {
                parts.Add((f.Value, f.Kind));
            }
        }

        var network = profile.TitleParts.Count > 0 ? profile.TitleParts[0].Text : null;
        string? url = null;
        string? shown = null;
        foreach (var p in parts)
        {
            if (p.Kind == FieldKind.Url)
            {
                url ??= p.Text;
            }
            else if (p.Text != network)
            {
                shown ??= p.Text;
            }
        }

        shown ??= url ?? "";
        if (network is not null)
        {
            sb.Append("<span class=\"k\">").Append(HtmlText.Encode(network)).Append("</span> ");
        }

        if (url is not null && HtmlText.WebHref(url) is { } href)
        {
            sb.Append("<a href=\"").Append(HtmlText.Encode(href)).Append("\">").Append(HtmlText.Encode(shown)).Append("</a>");
        }
        else
        {
            var others = new StringBuilder();
            foreach (var p in parts)
            {
                if (p.Text != network)
                {
                    (others.Length > 0 ? others.Append(" · ") : others).Append(p.Text);
                }
            }

            sb.Append(HtmlText.Encode(others.ToString()));
        }
    }
}
