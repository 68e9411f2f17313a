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

        var fields = header.Lines.OfType<FieldLine>().ToList();
        var location = string.Join(", ", LocationLabels
            .Select(l => fields.FirstOrDefault(f => f.Key == l)?.Value)
            .Where(v => !string.IsNullOrEmpty(v)));
        var photo = fields.FirstOrDefault(f => f.Key == "Image" && HtmlText.WebHref(f.Value) is not null);
        var contact = fields.Where(f => !LocationLabels.Contains(f.Key) && f != photo && f.Value.Length > 0).ToList();
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

    private static void Profile(StringBuilder sb, EntryLayout profile)
    {
        var parts = profile.TitleParts.Select(p => (p.Text, p.Kind))
            .Concat(profile.Lines.OfType<FieldLine>().Select(f => (Text: f.Value, f.Kind)))
            .Where(p => p.Text.Length > 0)
            .ToList();
        var network = profile.TitleParts.Count > 0 ? profile.TitleParts[0].Text : null;
        var url = parts.FirstOrDefault(p => p.Kind == FieldKind.Url).Text;
        var shown = parts.Where(p => p.Kind != FieldKind.Url && p.Text != network).Select(p => p.Text).FirstOrDefault() ?? url ?? "";
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
            sb.Append(HtmlText.Encode(string.Join(" · ", parts.Where(p => p.Text != network).Select(p => p.Text))));
        }
    }
}
