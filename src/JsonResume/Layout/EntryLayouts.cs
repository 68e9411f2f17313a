
namespace JsonResume.Layout;

/// <summary>
/// Lays entries out (<see cref="EntryReader"/> reads them back). A field goes into the heading, the date line, paragraphs or bullets only when
/// reading that compact form back gives the value exactly; otherwise it gets a labelled line, which always reads back
/// exactly. So the layout is lossless by construction for every schema string (see <see cref="WhitespaceRule"/>).
/// </summary>
internal static class EntryLayouts
{
    public static EntryLayout Build<T>(EntryShape<T> shape, T item, LayoutLanguage language)
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

        if (DateLineFor(shape, item, language.Present) is { } meta)
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
            AddLabelled(field, item, layout.Lines, language);
        }

        return layout;
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

    private static (MetaLine Line, FieldSpec<T>[] Fields)? DateLineFor<T>(EntryShape<T> shape, T item, string present)
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
            var text = Format(shape, start, end, place, present);
            if (IsCompact(text) && Parse(shape, text) == new DateLine(start, end, place))
            {
                return (new MetaLine(text) { Start = start, End = end, Place = place, IsRange = shape.End is not null }, [.. dates, placeField]);
            }
        }

        var plain = Format(shape, start, end, null, present);
        return (new MetaLine(plain) { Start = start, End = end, IsRange = shape.End is not null }, dates);
    }

    private static string Format<T>(EntryShape<T> shape, string start, string? end, string? place, string present)
        where T : class, new() =>
        shape.End is null ? DateRangeLine.FormatSingle(start, place) : DateRangeLine.FormatRange(start, end, place, present);

    internal static DateLine? Parse<T>(EntryShape<T> shape, string text)
        where T : class, new()
    {
        DateLine? result;
        var ok = shape.End is null ? DateRangeLine.TryParseSingle(text, out result) : DateRangeLine.TryParseRange(text, out result);
        return ok ? result : null;
    }

    private static void AddLabelled<T>(FieldSpec<T> field, T item, List<LayoutLine> lines, LayoutLanguage language)
        where T : class
    {
        var label = language.Label(field.Label);
        if (!field.IsList)
        {
            if (field.GetText(item) is { } text)
            {
                lines.Add(new FieldLine(label, text, field.Kind) { Key = field.Label });
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
            lines.Add(new FieldLine(label, joined, FieldKind.List) { Key = field.Label });
            return;
        }

        var itemLabel = language.Label(field.ItemLabel ?? field.Label);
        lines.AddRange(list.Select(value => new FieldLine(itemLabel, value, FieldKind.Line) { Key = field.ItemLabel ?? field.Label }));
    }

}
