using JsonResume.Import.Blocks;
using JsonResume.Import.Sections;
using JsonResume.Model;

namespace JsonResume.Import.Fields;

/// <summary>Reads references: a name line and the words written about the person, or a quotation with its author.</summary>
internal static class ReferenceReader
{
    public static void Read(Section section, ImportContext ctx)
    {
        var (intro, entries) = EntrySegmenter.Segment(section.Blocks);
        foreach (var b in intro)
        {
            ctx.Ledger.Reject(b, "text before the first reference");
        }

        foreach (var entry in entries)
        {
            var name = entry.Header.Select(h => h.Content.ToPlain()).FirstOrDefault(t => t.Length > 0);
            var body = EntryText.Read(entry.Body);
            var text = string.Join("\n\n", body.Paragraphs.Select(p => p.Text).Concat(body.Highlights.Select(h => h.Text)));
            if (name is null && text.Length > 0 && text.Contains("request", StringComparison.OrdinalIgnoreCase) && text.Length < 120)
            {
                foreach (var b in entry.All)
                {
                    ctx.Ledger.Reject(b, "references are offered on request; there is none to import");
                }

                continue;
            }

            if (name is not null && text.Length == 0 && name.Contains("request", StringComparison.OrdinalIgnoreCase))
            {
                foreach (var b in entry.All)
                {
                    ctx.Ledger.Reject(b, "references are offered on request; there is none to import");
                }

                continue;
            }

            var reference = new Reference { Name = name, Text = text.Length > 0 ? text : null };
            (ctx.Resume.References ??= []).Add(reference);
            foreach (var b in entry.All)
            {
                ctx.Ledger.Claim(b, reference);
            }
        }
    }
}
