using JsonResume.Diagnostics;
using JsonResume.Import.Blocks;
using JsonResume.Import.Fields;
using JsonResume.Import.Recognition;
using JsonResume.Import.Sections;
using JsonResume.Model;
using JsonResume.Vocabulary;

namespace JsonResume.Import.Assembling;

/// <summary>
/// Turns a document's blocks into a résumé: splits them into sections, hands each to its reader, then tidies up
/// (a structured entry replaces its twin read from prose, padded January dates, phone numbers, an inferred name).
/// </summary>
internal static class ResumeBuilder
{
    public static void Build(IReadOnlyList<Block> blocks, ImportContext ctx)
    {
        var sections = SectionSplitter.Split(blocks);
        TrailingContact(sections);
        foreach (var section in sections)
        {
            switch (section.Kind)
            {
                case ResumeSection.Contact or ResumeSection.Summary:
                    HeaderReader.Read(section, ctx);
                    break;
                case ResumeSection.Work or ResumeSection.Volunteer or ResumeSection.Projects:
                    WorkReader.Read(section, ctx);
                    break;
                case ResumeSection.Education:
                    EducationReader.Read(section, ctx);
                    break;
                case ResumeSection.Awards or ResumeSection.Certificates:
                    AwardReader.Read(section, ctx);
                    break;
                case ResumeSection.Publications:
                    PublicationReader.Read(section, ctx);
                    break;
                case ResumeSection.Skills:
                    SkillReader.Read(section, ctx, interests: false);
                    break;
                case ResumeSection.Interests:
                    SkillReader.Read(section, ctx, interests: true);
                    break;
                case ResumeSection.Languages:
                    LanguageReader.Read(section, ctx);
                    break;
                case ResumeSection.References:
                    ReferenceReader.Read(section, ctx);
                    break;
                default:
                    Unknown(section, ctx);
                    break;
            }
        }

        ctx.CompleteSummary();
        MergeProseTwins(ctx);
        PaddedJanuaries(ctx.Resume);
        Tidy(ctx);
        InferName(ctx);
        if (ctx.Basics.Phone is { } phone)
        {
            ctx.Basics.Phone = PhoneRecognizer.Normalize(phone, ctx.Basics.Location?.CountryCode);
        }

        foreach (var section in sections.Where(s => s.Heading is not null))
        {
            ClaimHeading(section, ctx);
        }
    }

    /// <summary>
    /// A document that closes with the person's contact details (a line of email address and phone number, and the
    /// postal address beside it) keeps them out of its last section: they become a contact section of their own.
    /// </summary>
    private static void TrailingContact(List<Section> sections)
    {
        if (sections.Count < 2 || sections[^1] is not { } last || last.Kind is ResumeSection.Contact or ResumeSection.Summary || last.IsPreamble)
        {
            return;
        }

        var blocks = last.Blocks;
        var k = blocks.Count;
        var contact = false;
        while (k > 0 && blocks[k - 1].Kind == BlockKind.Text)
        {
            var block = blocks[k - 1];
            if (HeaderReader.IsContactLine(block))
            {
                contact = true;
            }
            else if (!IsAddressLine(block.Content.ToPlain()))
            {
                break;
            }

            k--;
        }

        if (!contact || k == 0)
        {
            return;
        }

        var closing = new Section { Kind = ResumeSection.Contact, Implied = true };
        closing.Blocks.AddRange(blocks.Skip(k));
        blocks.RemoveRange(k, blocks.Count - k);
        sections.Add(closing);
    }

    /// <summary>A place or a postal address ("12 Main Street, Springfield 01234, USA"): short, not a sentence, with a place or a number.</summary>
    private static bool IsAddressLine(string text) =>
        LocationRecognizer.TryParse(text, out _)
        || (text.Length <= MaxAddressLength && text.Any(char.IsDigit) && text.Contains(',', StringComparison.Ordinal) && !LineJoiner.IsSentence(text));

    /// <summary>A postal address line is short; a longer line is prose.</summary>
    private const int MaxAddressLength = 100;

    private static void Unknown(Section section, ImportContext ctx)
    {
        var reason = $"section \"{section.Title}\" has no JSON Resume counterpart";
        ctx.Ledger.Reject(section.Heading!, reason);
        foreach (var b in section.Blocks)
        {
            if (!HeaderReader.TryContactLine(b, ctx) && !SkillReader.TryLabelledInterests(b, ctx))
            {
                ctx.Ledger.Reject(b, reason);
            }
        }

        if (section.Blocks.Count > 0)
        {
            ctx.Diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, DiagnosticCodes.ImportUnknownSection, $"Section \"{section.Title}\" (line {section.Heading!.FirstLine}) has no JSON Resume counterpart; its content was not imported.")
            {
                Line = section.Heading.FirstLine,
                Column = 1,
            });
        }
    }

    private static void ClaimHeading(Section section, ImportContext ctx)
    {
        var field = ResumeSections.JsonName(section.Kind) ?? "";
        var present = section.Kind is ResumeSection.Contact or ResumeSection.Summary
            ? ctx.Resume.Basics is not null
            : ResumeSections.Of(section.Kind)?.Items(ctx.Resume) is { Count: > 0 };
        if (present)
        {
            ctx.Ledger.Claim(section.Heading!, ctx.Resume, field);
        }
        else if (section.Kind != ResumeSection.Unknown)
        {
            ctx.Ledger.Reject(section.Heading!, $"section \"{section.Title}\" held nothing to import");
        }
    }

    /// <summary>An entry read from prose goes when a structured entry says the same thing.</summary>
    private static void MergeProseTwins(ImportContext ctx)
    {
        Merge(ctx, ctx.Resume.Work, (a, b) => Similar(a.Name, b.Name) && (a.Position is null || b.Position is null || Similar(a.Position, b.Position)));
        Merge(ctx, ctx.Resume.Education, (a, b) => Similar(a.Institution, b.Institution) || (a.StudyType is not null && Similar(a.StudyType.Replace(".", "", StringComparison.Ordinal), b.StudyType?.Replace(".", "", StringComparison.Ordinal)) && Similar(a.Area, b.Area)));
        Merge(ctx, ctx.Resume.Awards, (a, b) => Similar(a.Title, b.Title));
    }

    private static void Merge<T>(ImportContext ctx, List<T>? list, Func<T, T, bool> same)
        where T : class
    {
        if (list is null)
        {
            return;
        }

        foreach (var prose in list.Where(ctx.FromProse.Contains).ToList())
        {
            var twin = list.FirstOrDefault(other => !ReferenceEquals(other, prose) && !ctx.FromProse.Contains(other) && same(prose, other));
            if (twin is not null)
            {
                list.Remove(prose);
                ctx.Ledger.Redirect(prose, twin);
            }
        }
    }

    private static bool Similar(string? a, string? b)
    {
        if (a is null || b is null)
        {
            return false;
        }

        var x = Lexicon.Words(a).Where(w => w.Length > 2 && w != "the").ToHashSet();
        var y = Lexicon.Words(b).Where(w => w.Length > 2 && w != "the").ToHashSet();
        if (x.Count == 0 || y.Count == 0)
        {
            return false;
        }

        var common = x.Intersect(y).Count();
        return common >= Math.Min(x.Count, y.Count) * 0.7;
    }

    /// <summary>Fewer January dates than this in a section are taken as written (see <see cref="PaddedJanuaries"/>).</summary>
    private const int MinPaddedJanuaries = 2;

    /// <summary>
    /// Generators often print a year-only date as January of that year ("Jan 2014", "2014-01"). When every date of a
    /// section is a January, and there are at least <see cref="MinPaddedJanuaries"/> of them, the months carry no
    /// information: keep the years. One January date alone is as likely a real month as any other.
    /// </summary>
    private static void PaddedJanuaries(Resume r)
    {
        Pad(r.Awards, a => [a.Date], (a, d) => a.Date = d[0]);
        Pad(r.Publications, p => [p.ReleaseDate], (p, d) => p.ReleaseDate = d[0]);
        Pad(r.Certificates, c => [c.Date], (c, d) => c.Date = d[0]);
        Pad(r.Work, w => [w.StartDate, w.EndDate], (w, d) => (w.StartDate, w.EndDate) = (d[0], d[1]));
        Pad(r.Education, e => [e.StartDate, e.EndDate], (e, d) => (e.StartDate, e.EndDate) = (d[0], d[1]));
        Pad(r.Projects, p => [p.StartDate, p.EndDate], (p, d) => (p.StartDate, p.EndDate) = (d[0], d[1]));
        Pad(r.Volunteer, v => [v.StartDate, v.EndDate], (v, d) => (v.StartDate, v.EndDate) = (d[0], d[1]));
    }

    private static void Pad<T>(List<T>? list, Func<T, string?[]> get, Action<T, string?[]> set)
    {
        if (list is null)
        {
            return;
        }

        var dates = list.SelectMany(get).Where(d => d is not null).ToList();
        if (dates.Count < MinPaddedJanuaries || !dates.All(d => PartialDate.TryParse(d, out var p) && p.Precision == DatePrecision.Month && p.Month == 1))
        {
            return;
        }

        foreach (var item in list)
        {
            set(item, get(item).Select(d => d?[..4]).ToArray());
        }
    }

    private static void InferName(ImportContext ctx)
    {
        var basics = ctx.Basics;
        if (basics.Name is not null)
        {
            return;
        }

        var slugs = basics.Profiles?.Select(p => p.Username).OfType<string>() ?? [];
        var name = NameInference.FromEmailAndSlugs(basics.Email, slugs) ?? NameInference.FromEmailAndAuthors(basics.Email, ctx.AuthorLists);
        if (name is null)
        {
            return;
        }

        basics.Name = name;
        ctx.Diagnostics.Add(new Diagnostic(DiagnosticSeverity.Info, DiagnosticCodes.ImportInferred, $"The document states no name; \"{name}\" was inferred from the email address and the profiles or author lists.")
        {
            InstanceLocation = "/basics/name",
        });
    }

    private static void Tidy(ImportContext ctx)
    {
        var r = ctx.Resume;
        if (r.Basics is { Location: { } l } && l.City is null && l.Region is null && l.CountryCode is null && l.Address is null && l.PostalCode is null)
        {
            r.Basics.Location = null;
        }

        if (r.Basics is { Profiles.Count: 0 })
        {
            r.Basics.Profiles = null;
        }

        r.Work = Keep(r.Work, w => w.Name ?? w.Position ?? w.Summary ?? (w.Highlights?.Count > 0 ? "x" : null));
        r.Volunteer = Keep(r.Volunteer, v => v.Organization ?? v.Position ?? v.Summary);
        r.Education = Keep(r.Education, e => e.Institution ?? e.Area ?? e.StudyType);
        r.Awards = Keep(r.Awards, a => a.Title);
        r.Certificates = Keep(r.Certificates, c => c.Name);
        r.Publications = Keep(r.Publications, p => p.Name);
        r.Skills = Keep(r.Skills, s => s.Name ?? (s.Keywords?.Count > 0 ? "x" : null));
        r.Languages = Keep(r.Languages, l => l.Name);
        r.Interests = Keep(r.Interests, i => i.Name);
        r.References = Keep(r.References, x => x.Name ?? x.Text);
        r.Projects = Keep(r.Projects, p => p.Name ?? p.Description);
    }

    private static List<T>? Keep<T>(List<T>? list, Func<T, string?> key)
    {
        if (list is null)
        {
            return null;
        }

        list.RemoveAll(item => string.IsNullOrWhiteSpace(key(item)));
        return list.Count > 0 ? list : null;
    }
}
