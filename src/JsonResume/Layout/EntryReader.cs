using JsonResume.Diagnostics;

namespace JsonResume.Layout;

/// <summary>Reads an entry layout back into a model object (the inverse of <see cref="EntryLayouts.Build"/>), reporting what it cannot place.</summary>
internal static class EntryReader
{
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

    private static void ReadDateLine<T>(EntryShape<T> shape, T item, MetaLine meta, string pointer, List<Diagnostic> diagnostics)
        where T : class, new()
    {
        if (shape.Start is null || EntryLayouts.Parse(shape, meta.Text) is not { } parsed)
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
