
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
        var shown = PlaceTitle(shape, item, layout); // the fields shown so far, one bit each (EntryShape.Bit)

        if (shape.Subtitle is { } subtitle && subtitle.GetText(item) is { } sub && IsCompact(sub) && !sub.EndsWith(':'))
        {
            layout.Subtitle = sub;
            shown |= shape.Bit(subtitle);
        }

        if (DateLineFor(shape, item, language.Present) is { } meta)
        {
            layout.Lines.Add(meta.Line);
            shown |= meta.Fields;
        }

        if (shape.Prose is { } prose && prose.GetText(item) is { Length: > 0 } paragraphs)
        {
            layout.Paragraphs.AddRange(paragraphs.Split("\n\n"));
            shown |= shape.Bit(prose);
        }

        if (shape.Bullets is { } bullets && bullets.GetList(item) is { Count: > 0 } list)
        {
            layout.Bullets = list; // the layout only reads it, and lives while the entry is written
            shown |= shape.Bit(bullets);
        }

        var fields = shape.FieldSpan;
        for (var i = 0; i < fields.Length; i++)
        {
            if ((shown & (1UL << i)) == 0)
            {
                AddLabelled(fields[i], item, layout.Lines, language);
            }
        }

        return layout;
    }

    /// <summary>A value that can stand in a heading, date line or comma list: one non-empty normalised line.</summary>
    public static bool IsCompact(string value) => value.Length > 0 && WhitespaceRule.IsLineNormal(value);

    /// <summary>Sets the heading from the first pattern whose values read back from it; returns the bits of its fields.</summary>
    private static ulong PlaceTitle<T>(EntryShape<T> shape, T item, EntryLayout layout)
        where T : class, new()
    {
        foreach (var pattern in shape.TitleSpan)
        {
            var parts = new string[pattern.Length];
            var complete = true;
            for (var i = 0; i < parts.Length && complete; i++)
            {
                parts[i] = pattern[i].GetText(item)!;
                complete = parts[i] is not null;
            }

            if (!complete)
            {
                continue;
            }

            // What EntryTitle.Split of the heading gives must be the parts: no untitled word, each separator where a part ends.
            var text = parts.Length == 1 ? parts[0] : string.Join(EntryTitle.Separator, parts);
            if (IsCompact(text) && !LayoutLanguage.IsUntitled(text)
                && SeparatedText.SplitsBackTo(text, EntryTitle.Separator, parts, shape.MaxTitleParts))
            {
                layout.Title = text;
                var titleParts = new TitlePart[parts.Length];
                var shown = 0UL;
                for (var i = 0; i < parts.Length; i++)
                {
                    titleParts[i] = new TitlePart(parts[i], pattern[i].Kind);
                    shown |= shape.Bit(pattern[i]);
                }

                layout.TitleParts = titleParts;
                return shown;
            }
        }

        return 0;
    }

    private static (MetaLine Line, ulong Fields)? DateLineFor<T>(EntryShape<T> shape, T item, string present)
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

        var dates = shape.Bit(startField) | (shape.End is null ? 0 : shape.Bit(shape.End));
        if (shape.Place is { } placeField && placeField.GetText(item) is { } place)
        {
            var text = Format(shape, start, end, place, present);
            if (IsCompact(text) && Parse(shape, text) == new DateLine(start, end, place))
            {
                return (new MetaLine(text) { Start = start, End = end, Place = place, IsRange = shape.End is not null }, dates | shape.Bit(placeField));
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
        if (IsCompact(joined) && SeparatedText.SplitsBackTo(joined, CommaList.Separator, list))
        {
            lines.Add(new FieldLine(label, joined, FieldKind.List) { Key = field.Label });
            return;
        }

        var itemLabel = language.Label(field.ItemLabel ?? field.Label);
        foreach (var value in list)
        {
            lines.Add(new FieldLine(itemLabel, value, FieldKind.Line) { Key = field.ItemLabel ?? field.Label });
        }
    }

}
