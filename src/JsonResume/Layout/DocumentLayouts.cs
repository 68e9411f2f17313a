using System.Text.Json.Nodes;
using JsonResume.Diagnostics;
using JsonResume.Model;
using JsonResume.Vocabulary;

namespace JsonResume.Layout;

/// <summary>Lays a whole résumé out (after the white-space rule) and reads a layout back into a résumé.</summary>
internal static class DocumentLayouts
{
    /// <summary>The header of a résumé whose values already follow <see cref="WhitespaceRule"/>; null when it shows nothing.</summary>
    public static EntryLayout? Header(Resume resume, LayoutLanguage language)
    {
        if (resume.Basics is not { } basics || !ShowsBasics(basics))
        {
            return null;
        }

        var header = EntryLayouts.Build(ResumeShapes.Basics, basics, language);
        foreach (var profile in basics.Profiles ?? [])
        {
            header.Items.Add(EntryLayouts.Build(ResumeShapes.Profile, profile, language));
        }

        return header;
    }

    /// <summary>Reads a layout back (the extensions block included).</summary>
    public static Resume Read(DocumentLayout document, List<Diagnostic> diagnostics)
    {
        var resume = new Resume();
        if (document.Header is { } header)
        {
            var basics = EntryReader.Read(ResumeShapes.Basics, header, "/basics", diagnostics);
            if (header.Items.Count > 0)
            {
                basics.Profiles = header.Items
                    .Select((item, i) => EntryReader.Read(ResumeShapes.Profile, item, JsonPointer.Append("/basics/profiles", i), diagnostics))
                    .ToList();
            }

            resume.Basics = basics;
        }

        foreach (var section in document.Sections)
        {
            ResumeShapes.Section(section.Section).Read(resume, section.Entries, diagnostics);
        }

        if (document.Footer.Count > 0)
        {
            var footer = new EntryLayout();
            footer.Lines.AddRange(document.Footer);
            EntryReader.Read(ResumeShapes.Footer, footer, "", diagnostics, resume);
        }

        return document.Extensions is { } extensions ? ExtensionsBlock.Apply(resume, extensions, diagnostics) : resume;
    }

    private static bool ShowsBasics(Basics basics) =>
        EntryValues.ShowsAnything(ResumeShapes.Basics, basics) || basics.Profiles is { Count: > 0 };

    /// <summary>Everything the text cannot show, as a sparse résumé: extension data, empty lists and empty objects.</summary>
    public static JsonObject? Overlay(Resume resume)
    {
        var overlay = EntryValues.AddExtensions(null, resume.ExtensionData);
        if (resume.Basics is { } basics && BasicsOverlay(basics) is { } b)
        {
            (overlay ??= [])["basics"] = b;
        }

        foreach (var section in ResumeShapes.Sections)
        {
            if (section.Overlay(resume) is { } node)
            {
                (overlay ??= [])[SectionNames.JsonName(section.Section)] = node;
            }
        }

        if (resume.Meta is { } meta)
        {
            var m = EntryValues.AddExtensions(null, meta.ExtensionData);
            if (meta is { Canonical: null, Version: null, LastModified: null })
            {
                m ??= [];
            }

            if (m is not null)
            {
                (overlay ??= [])["meta"] = m;
            }
        }

        return overlay is null ? null : InSchemaOrder(overlay);
    }

    /// <summary>The top-level properties in the standard's order (<c>$schema</c>, <c>basics</c>, the sections, <c>meta</c>), then any others as they came.</summary>
    private static JsonObject InSchemaOrder(JsonObject overlay)
    {
        string[] order = ["$schema", "basics", .. ResumeSections.All.Select(s => s.JsonName), "meta"];
        var properties = overlay.ToList();
        overlay.Clear();
        foreach (var (name, value) in properties.OrderBy(p => Array.IndexOf(order, p.Key) is var i && i < 0 ? int.MaxValue : i))
        {
            overlay[name] = value;
        }

        return overlay;
    }

    private static JsonObject? BasicsOverlay(Basics basics)
    {
        var overlay = EntryValues.Overlay(ResumeShapes.Basics, basics);
        if (basics.Location is { } location)
        {
            var l = EntryValues.AddExtensions(null, location.ExtensionData);
            if (location is { Address: null, PostalCode: null, City: null, Region: null, CountryCode: null })
            {
                l ??= [];
            }

            if (l is not null)
            {
                (overlay ??= [])["location"] = l;
            }
        }

        if (basics.Profiles is { } profiles)
        {
            JsonNode? p = profiles.Count == 0
                ? new JsonArray()
                : EntryValues.OverlayArray(profiles.Select(x => (JsonNode?)EntryValues.Overlay(ResumeShapes.Profile, x)));
            if (p is not null)
            {
                (overlay ??= [])["profiles"] = p;
            }
        }

        return overlay ?? (ShowsBasics(basics) ? null : []);
    }
}
