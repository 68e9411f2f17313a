using System.Text.Json;
using System.Text.Json.Nodes;
using JsonResume.Diagnostics;
using JsonResume.Import.Own;
using JsonResume.Json;

namespace JsonResume.Render.Layout;

/// <summary>
/// Lays entries out and reads them back. A field goes into the heading, the date line, paragraphs or bullets only when
/// reading that compact form back gives the value exactly; otherwise it gets a labelled line, which always reads back
/// exactly. So the layout is lossless by construction for every schema string (see <see cref="WhitespaceRule"/>).
/// </summary>
internal static class EntryLayouts
{
    public static EntryLayout Build<T>(EntryShape<T> shape, T item)
        where T : class, new()
    {
        var layout = new EntryLayout();
        var shown = new HashSet<FieldSpec<T>>();
        PlaceTitle(shape, item, layout, shown);

        if (shape.Subtitle is { } subtitle && subtitle.GetText(item) is { } sub && IsCompact(sub) && !sub.EndsWith(':'))
        {
            layout.Subtitle = sub;
            shown.Add(subtitle);
        }

        if (DateLineFor(shape, item) is { } meta)
        {
            layout.Lines.Add(meta.Line);
            shown.UnionWith(meta.Fields);
        }

        if (shape.Prose is { } prose && prose.GetText(item) is { Length: > 0 } paragraphs)
        {
            layout.Paragraphs.AddRange(paragraphs.Split("\n\n"));
            shown.Add(prose);
        }

        if (shape.Bullets is { } bullets && bullets.GetList(item) is { Count: > 0 } list)
        {
            layout.Bullets = [.. list];
            shown.Add(bullets);
        }

        foreach (var field in shape.Fields.Where(f => !shown.Contains(f)))
        {
            AddLabelled(field, item, layout.Lines);
        }

        return layout;
    }

    public static T Read<T>(EntryShape<T> shape, EntryLayout layout, string pointer, List<Diagnostic> diagnostics, T? into = null)
        where T : class, new()
    {
        var item = into ?? new T();
        if (layout.Title is { } title)
        {
            var parts = EntryTitle.Split(title, shape.MaxTitleParts);
            var pattern = shape.Titles.FirstOrDefault(p => p.Count == parts.Count);
            if (pattern is not null)
            {
                for (var i = 0; i < parts.Count; i++)
                {
                    pattern[i].SetText(item, parts[i]);
                }
            }
            else if (parts.Count > 0)
            {
                diagnostics.Add(Problem(pointer, layout.SourceLine, $"The heading \"{title}\" has {parts.Count} parts separated by \"{EntryTitle.Separator.Trim()}\"; this kind of entry has headings of {string.Join(" or ", shape.Titles.Select(t => t.Count))}."));
            }
        }

        if (layout.Subtitle is { } subtitle)
        {
            shape.Subtitle?.SetText(item, subtitle);
        }

        foreach (var line in layout.Lines)
        {
            switch (line)
            {
                case MetaLine meta:
                    ReadDateLine(shape, item, meta, pointer, diagnostics);
                    break;
                case FieldLine field:
                    ReadLabelled(shape, item, field, pointer, diagnostics);
                    break;
            }
        }

        if (layout.Paragraphs.Count > 0)
        {
            if (shape.Prose is { } prose)
            {
                prose.SetText(item, string.Join("\n\n", layout.Paragraphs));
            }
            else
            {
                diagnostics.Add(Problem(pointer, layout.SourceLine, "This kind of entry has no paragraphs; they were not read."));
            }
        }

        if (layout.Bullets is { } bullets)
        {
            if (shape.Bullets is { } field)
            {
                field.SetList(item, [.. bullets]);
            }
            else
            {
                diagnostics.Add(Problem(pointer, layout.SourceLine, "This kind of entry has no bullets; they were not read."));
            }
        }

        return item;
    }

    public static void Normalize<T>(EntryShape<T> shape, T item)
        where T : class, new()
    {
        foreach (var field in shape.Fields)
        {
            if (field.IsList)
            {
                if (field.GetList(item) is { } list)
                {
                    for (var i = 0; i < list.Count; i++)
                    {
                        list[i] = WhitespaceRule.NormalizeLine(list[i]);
                    }
                }
            }
            else if (field.GetText(item) is { } text)
            {
                field.SetText(item, field.Kind == FieldKind.Prose ? WhitespaceRule.NormalizeProse(text) : WhitespaceRule.NormalizeLine(text));
            }
        }
    }

    /// <summary>Whether the text shows anything of the item (a value of any field, empty strings included).</summary>
    public static bool ShowsAnything<T>(EntryShape<T> shape, T item)
        where T : class, new() =>
        shape.Fields.Any(f => f.IsList ? f.GetList(item) is { Count: > 0 } : f.GetText(item) is not null);

    /// <summary>The extension data and empty lists of an item, as JSON; null when it has none.</summary>
    public static JsonObject? Overlay<T>(EntryShape<T> shape, T item)
        where T : class, new()
    {
        JsonObject? overlay = null;
        foreach (var field in shape.Fields.Where(f => f.IsList && f.GetList(item) is { Count: 0 }))
        {
            (overlay ??= [])[field.Json] = new JsonArray();
        }

        return AddExtensions(overlay, shape.Extensions(item));
    }

    /// <summary>Adds extension data to an overlay (creating it when needed).</summary>
    public static JsonObject? AddExtensions(JsonObject? overlay, Dictionary<string, JsonElement>? extensions)
    {
        foreach (var (name, value) in extensions ?? [])
        {
            (overlay ??= [])[name] = JsonSerializer.SerializeToNode(value, ResumeJsonContext.Default.JsonElement);
        }

        return overlay;
    }

    /// <summary>An array overlay: one object per item (<c>{}</c> for items without anything), trailing empty ones dropped; null when all are empty.</summary>
    public static JsonArray? OverlayArray(IEnumerable<JsonNode?> items)
    {
        var list = items.ToList();
        var last = list.FindLastIndex(n => n is not null);
        if (last < 0)
        {
            return null;
        }

        var array = new JsonArray();
        foreach (var node in list.Take(last + 1))
        {
            array.Add(node ?? new JsonObject());
        }

        return array;
    }

    /// <summary>A value that can stand in a heading, date line or comma list: one non-empty normalised line.</summary>
    public static bool IsCompact(string value) => value.Length > 0 && WhitespaceRule.IsLineNormal(value);

    private static void PlaceTitle<T>(EntryShape<T> shape, T item, EntryLayout layout, HashSet<FieldSpec<T>> shown)
        where T : class, new()
    {
        foreach (var pattern in shape.Titles)
        {
            var parts = pattern.Select(f => f.GetText(item)).ToList();
            if (parts.Any(p => p is null))
            {
                continue;
            }

            var text = EntryTitle.Join(parts!);
            var back = EntryTitle.Split(text, shape.MaxTitleParts);
            if (IsCompact(text) && back.Count == pattern.Count && back.SequenceEqual(parts, StringComparer.Ordinal))
            {
                layout.Title = text;
                layout.TitleParts = pattern.Select(f => new TitlePart(f.GetText(item)!, f.Kind)).ToArray();
                shown.UnionWith(pattern);
                return;
            }
        }
    }

    private static (MetaLine Line, FieldSpec<T>[] Fields)? DateLineFor<T>(EntryShape<T> shape, T item)
        where T : class, new()
    {
        if (shape.Start is not { } startField || startField.GetText(item) is not { } start || !DateRangeLine.IsDateShape(start))
        {
            return null;
        }

        var end = shape.End?.GetText(item);
        if (shape.End is not null && end is not null && !DateRangeLine.IsDateShape(end))
        {
            return null;
        }

        FieldSpec<T>[] dates = shape.End is null ? [startField] : [startField, shape.End];
        if (shape.Place is { } placeField && placeField.GetText(item) is { } place)
        {
            var text = Format(shape, start, end, place);
            if (IsCompact(text) && Parse(shape, text) == new DateLine(start, end, place))
            {
                return (new MetaLine(text) { Start = start, End = end, Place = place, IsRange = shape.End is not null }, [.. dates, placeField]);
            }
        }

        var plain = Format(shape, start, end, null);
        return (new MetaLine(plain) { Start = start, End = end, IsRange = shape.End is not null }, dates);
    }

    private static string Format<T>(EntryShape<T> shape, string start, string? end, string? place)
        where T : class, new() =>
        shape.End is null ? DateRangeLine.FormatSingle(start, place) : DateRangeLine.FormatRange(start, end, place);

    private static DateLine? Parse<T>(EntryShape<T> shape, string text)
        where T : class, new()
    {
        DateLine? result;
        var ok = shape.End is null ? DateRangeLine.TryParseSingle(text, out result) : DateRangeLine.TryParseRange(text, out result);
        return ok ? result : null;
    }

    private static void AddLabelled<T>(FieldSpec<T> field, T item, List<LayoutLine> lines)
        where T : class
    {
        if (!field.IsList)
        {
            if (field.GetText(item) is { } text)
            {
                lines.Add(new FieldLine(field.Label, text, field.Kind));
            }

            return;
        }

        if (field.GetList(item) is not { Count: > 0 } list)
        {
            return; // an empty list goes to the extensions block
        }

        var joined = CommaList.Join(list);
        if (IsCompact(joined) && CommaList.Split(joined).SequenceEqual(list, StringComparer.Ordinal))
        {
            lines.Add(new FieldLine(field.Label, joined, FieldKind.List));
            return;
        }

        lines.AddRange(list.Select(value => new FieldLine(field.ItemLabel ?? field.Label, value, FieldKind.Line)));
    }

    private static void ReadDateLine<T>(EntryShape<T> shape, T item, MetaLine meta, string pointer, List<Diagnostic> diagnostics)
        where T : class, new()
    {
        if (shape.Start is null || Parse(shape, meta.Text) is not { } parsed)
        {
            diagnostics.Add(Problem(pointer, meta.SourceLine, $"\"{meta.Text}\" is not a date line of this kind of entry; it was not read."));
            return;
        }

        shape.Start.SetText(item, parsed.Start);
        if (parsed.End is { } end)
        {
            shape.End!.SetText(item, end);
        }

        if (parsed.Place is { } place)
        {
            if (shape.Place is { } field)
            {
                field.SetText(item, place);
            }
            else
            {
                diagnostics.Add(Problem(pointer, meta.SourceLine, $"This kind of entry names nothing after its dates; \"{place}\" was not read."));
            }
        }
    }

    private static void ReadLabelled<T>(EntryShape<T> shape, T item, FieldLine line, string pointer, List<Diagnostic> diagnostics)
        where T : class, new()
    {
        var field = shape.ByLabel(line.Label, out var isItem);
        if (field is null)
        {
            diagnostics.Add(Problem(pointer, line.SourceLine, $"\"{line.Label}\" is not a label of this kind of entry; the line was not read.",
                $"Labels here: {string.Join(", ", shape.Fields.Select(f => f.Label))}."));
            return;
        }

        if (isItem)
        {
            var list = field.GetList(item) ?? [];
            list.Add(line.Value);
            field.SetList(item, list);
        }
        else if (field.IsList)
        {
            var list = field.GetList(item) ?? [];
            list.AddRange(CommaList.Split(line.Value));
            field.SetList(item, list);
        }
        else
        {
            if (field.GetText(item) is not null)
            {
                diagnostics.Add(Problem(pointer, line.SourceLine, $"\"{line.Label}\" appears more than once; the last one is kept."));
            }

            field.SetText(item, line.Value);
        }
    }

    private static Diagnostic Problem(string pointer, int line, string message, string? hint = null) =>
        new(DiagnosticSeverity.Warning, DiagnosticCodes.OwnFormatNotUnderstood, message)
        {
            InstanceLocation = pointer,
            Line = line,
            Hint = hint,
        };
}
