using System.Runtime.InteropServices;

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
        Fill(shape, item, language, layout);
        return layout;
    }

    /// <summary>Lays an entry out into <paramref name="layout"/>, emptied first (so one layout can serve entry after entry).</summary>
    public static void Fill<T>(EntryShape<T> shape, T item, LayoutLanguage language, EntryLayout layout)
        where T : class, new()
    {
        layout.Clear();
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
            if (paragraphs.Contains("\n\n", StringComparison.Ordinal))
            {
                layout.Paragraphs.AddRange(paragraphs.Split("\n\n"));
            }
            else
            {
                layout.Paragraphs.Add(paragraphs); // one paragraph: no split, no array
            }
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
    }

    /// <summary>A value that can stand in a heading, date line or comma list: one non-empty normalised line.</summary>
    public static bool IsCompact(string value) => value.Length > 0 && WhitespaceRule.IsLineNormal(value);

    /// <summary>Sets the heading from the first pattern whose values read back from it; returns the bits of its fields.</summary>
    private static ulong PlaceTitle<T>(EntryShape<T> shape, T item, EntryLayout layout)
        where T : class, new()
    {
        var parts = layout.TitleParts; // filled per pattern, left empty when none fits
        foreach (var pattern in shape.TitleSpan)
        {
            parts.Clear();
            foreach (var field in pattern)
            {
                if (field.GetText(item) is not { } text)
                {
                    break;
                }

                parts.Add(new TitlePart(text, field.Kind));
            }

            if (parts.Count < pattern.Length)
            {
                continue;
            }

            // What EntryTitle.Split of the heading gives must be the parts: no untitled word, each separator where a part ends.
            var title = parts.Count == 1 ? parts[0].Text : JoinTitle(parts);
            if (IsCompact(title) && !LayoutLanguage.IsUntitled(title)
                && SeparatedText.SplitsBackTo(title, EntryTitle.Separator, CollectionsMarshal.AsSpan(parts), shape.MaxTitleParts))
            {
                layout.Title = title;
                var shown = 0UL;
                foreach (var field in pattern)
                {
                    shown |= shape.Bit(field);
                }

                return shown;
            }
        }

        parts.Clear();
        return 0;
    }

    /// <summary>The parts' texts joined by <see cref="EntryTitle.Separator"/>, as <see cref="EntryTitle.Join"/> gives them (one allocation).</summary>
    private static string JoinTitle(List<TitlePart> parts)
    {
        var length = (parts.Count - 1) * EntryTitle.Separator.Length;
        foreach (var part in parts)
        {
            length += part.Text.Length;
        }

        return string.Create(length, parts, static (chars, parts) =>
        {
            var at = 0;
            for (var i = 0; i < parts.Count; i++)
            {
                if (i > 0)
                {
                    EntryTitle.Separator.CopyTo(chars[at..]);
                    at += EntryTitle.Separator.Length;
                }

                parts[i].Text.CopyTo(chars[at..]);
                at += parts[i].Text.Length;
            }
        });
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
            if (IsCompact(text) && DateRangeLine.ReadsBackAs(text, shape.End is not null, start, end, place))
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
