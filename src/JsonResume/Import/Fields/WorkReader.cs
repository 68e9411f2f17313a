using System.Text.RegularExpressions;
using JsonResume.Import.Blocks;
using JsonResume.Import.Recognition;
using JsonResume.Import.Sections;
using JsonResume.Model;
using JsonResume.Vocabulary;

namespace JsonResume.Import.Fields;

/// <summary>
/// Reads work, volunteering and project entries: which header piece is the role and which the organisation (by
/// emphasis, job-title and organisation words, and order), the dates, place and address; then summary and highlights.
/// </summary>
internal static partial class WorkReader
{
    public static void Read(Section section, ImportContext ctx)
    {
        var blocks = section.Kind == ResumeSection.Work ? ProseJobLine.ReadAll(section.Blocks, ctx) : section.Blocks;
        var (intro, entries) = EntrySegmenter.Segment(blocks, datedBullets: true, namedItems: section.Kind == ResumeSection.Projects);
        foreach (var b in intro)
        {
            ctx.Ledger.Reject(b, "text before the first entry of the section");
        }

        if (section.Kind == ResumeSection.Work)
        {
            entries = LaterRoles.Split(entries, ctx.Dates);
        }

        var headers = entries.Select(e => HeaderFields.Read(e.Header, ctx.Dates)).ToList();
        var layout = Layout(headers);
        for (var n = 0; n < entries.Count; n++)
        {
            var entry = entries[n];
            var fields = headers[n];
            var (role, organisation, others) = TableEntries.Assign(fields.Pieces, Assign(fields.Pieces, section.Kind == ResumeSection.Projects, layout));
            if (organisation is not null && role is not null && RoleConnectors.Leading().Match(organisation.Rich.Text) is { Success: true } connector
                && connector.Length < organisation.Rich.Length)
            {
                // "**Role** chez Organisation": the emphasis split the line before the connector.
                organisation = Make(organisation, organisation.Rich.Slice(connector.Length, organisation.Rich.Length - connector.Length));
            }

            var place = fields.Location ?? TableEntries.Place(fields.Pieces);
            if (section.Kind == ResumeSection.Work && place is null && organisation is not null && TrailingPlace(organisation) is { } split)
            {
                (organisation, place) = split;
            }

            var placeBeside = section.Kind == ResumeSection.Work && place is null ? PlaceBesideDate(others, fields) : null;
            if (placeBeside is not null)
            {
                place = placeBeside.Text;
                others.Remove(placeBeside);
            }

            var (jobBody, projectBlocks) = section.Kind == ResumeSection.Work ? NestedProjects.Split(entry.Body) : (entry.Body, []);
            var (release, releaseBlock) = section.Kind == ResumeSection.Projects && fields.Dates is null ? ReleaseLine(jobBody, ctx) : (null, null);
            if (releaseBlock is not null)
            {
                jobBody = [.. jobBody.Where(b => !ReferenceEquals(b, releaseBlock))];
            }

            var labelled = section.Kind == ResumeSection.Projects ? ProjectLabels.Read(jobBody) : (jobBody, null, null, [], [], []);
            var body = EntryText.Read(labelled.Body);
            var url = fields.Url ?? organisation?.Url ?? (section.Kind == ResumeSection.Projects ? role?.Url : null);
            object owner;
            switch (section.Kind)
            {
                case ResumeSection.Volunteer:
                    var v = new Volunteer
                    {
                        Organization = organisation?.Text, Position = role?.Text, Url = url, StartDate = fields.StartDate, EndDate = fields.EndDate,
                        Summary = body.Summary, Highlights = body.Highlights.Count > 0 ? body.Highlights.Select(h => h.Text).ToList() : null,
                    };
                    (ctx.Resume.Volunteer ??= []).Add(v);
                    owner = v;
                    Claim(ctx, fields, v, role, organisation, "organization");
                    break;
                case ResumeSection.Projects:
                    var named = (organisation is null || role is null) && (organisation ?? role) is { } only ? ProjectLines.NameWithTechnologies(only.Text) : null;
                    var p = new Project
                    {
                        Name = named?.Name ?? organisation?.Text ?? role?.Text ?? ProjectLines.AddressName(entry), Url = ProjectLines.AddressUrl(entry) ?? url,
                        StartDate = release?.Start?.ToString() ?? fields.StartDate,
                        EndDate = release is null ? fields.EndDate : release.IsRange ? release.End?.ToString() : release.Start?.ToString(),
                        Description = labelled.Description is { } d ? (body.Summary is { } s ? d + " " + s : d) : body.Summary,
                        Highlights = body.Highlights.Count > 0 ? body.Highlights.Select(h => h.Text).ToList() : null,
                    };
                    if (organisation is not null && role is not null)
                    {
                        p.Roles = [role.Text];
                    }

                    var keywords = named?.Technologies ?? [];
                    keywords.AddRange(others.SelectMany(o => KeywordSplitter.Split(o.Text)));
                    keywords.AddRange(labelled.Keywords ?? []);
                    labelled.DescriptionBlocks.ForEach(b => ctx.Ledger.Claim(b, p, "description"));
                    labelled.KeywordBlocks.ForEach(b => ctx.Ledger.Claim(b, p, "keywords"));
                    labelled.Labels.ForEach(b => ctx.Ledger.Markup(b.FirstLine, b.LastLine));
                    if (releaseBlock is not null)
                    {
                        ctx.Ledger.Claim(releaseBlock, p, "startDate");
                    }

                    if (keywords.Count > 0)
                    {
                        p.Keywords = keywords;
                        foreach (var o in others)
                        {
                            ctx.Ledger.Claim(o.Block, p, "keywords");
                        }
                    }

                    (ctx.Resume.Projects ??= []).Add(p);
                    owner = p;
                    Claim(ctx, fields, p, organisation is null ? null : role, organisation ?? role, "name", roleField: "roles");
                    if (organisation is null && role is null && p.Name is not null)
                    {
                        ctx.Ledger.Claim(entry.Header[0], p, "name");
                    }

                    break;
                default:
                    var w = new Work
                    {
                        Name = organisation?.Text, Position = role?.Text, Url = url, Location = place, StartDate = fields.StartDate, EndDate = fields.EndDate,
                        Summary = body.Summary, Highlights = body.Highlights.Count > 0 ? body.Highlights.Select(h => h.Text).ToList() : null,
                    };
                    (ctx.Resume.Work ??= []).Add(w);
                    owner = w;
                    Claim(ctx, fields, w, role, organisation, "name");
                    if (fields.LocationBlock is not null || placeBeside is not null)
                    {
                        ctx.Ledger.Claim(fields.LocationBlock ?? placeBeside!.Block, w, "location");
                    }
                    else if (place is not null && organisation is not null)
                    {
                        ctx.Ledger.Claim(organisation.Block, w, "location");
                    }

                    break;
            }

            body.Claim(ctx, owner, section.Kind == ResumeSection.Projects ? "description" : "summary");
            NestedProjects.Read(projectBlocks, organisation?.Text, ctx);
            foreach (var o in others.Where(_ => section.Kind != ResumeSection.Projects))
            {
                ctx.Ledger.Reject(o.Block, $"\"{o.Text}\" was not placed: the entry already has a role and an organisation");
            }
        }
    }

    /// <summary>The first body line dating a project by its release ("Published June 2011").</summary>
    private static (DateMatch? Date, Block? Block) ReleaseLine(IReadOnlyList<Block> body, ImportContext ctx)
    {
        foreach (var b in body)
        {
            if (b.Kind is BlockKind.Bullet or BlockKind.Text && ProjectLines.ReleaseDate(b, ctx.Dates) is { } date)
            {
                return (date, b);
            }
        }

        return (null, null);
    }

    /// <summary>"Organisation, London" or "Organisation, Boston, MA": the place after the last comma(s).</summary>
    private static void Claim(ImportContext ctx, HeaderFields fields, object owner, HeaderFields.Piece? role, HeaderFields.Piece? organisation, string organisationField, string roleField = "position")
    {
        if (role is not null)
        {
            ctx.Ledger.Claim(role.Block, owner, roleField);
        }

        if (organisation is not null)
        {
            ctx.Ledger.Claim(organisation.Block, owner, organisationField);
        }

        ClaimDates(ctx, fields.DateBlock, owner, ("startDate", fields.StartDate), ("endDate", fields.EndDate));
    }

    /// <summary>Claims a date line for the date fields it filled (or for the entry when it filled none, as in "??? – Present").</summary>
    public static void ClaimDates(ImportContext ctx, Block? dateBlock, object owner, params (string Field, string? Value)[] dates)
    {
        if (dateBlock is null)
        {
            return;
        }

        var any = false;
        foreach (var (field, value) in dates)
        {
            if (value is not null)
            {
                ctx.Ledger.Claim(dateBlock, owner, field);
                any = true;
            }
        }

        if (!any)
        {
            ctx.Ledger.Claim(dateBlock, owner);
        }
    }

    /// <summary>Chooses the role and the organisation among the header pieces.</summary>
    /// <summary>
    /// How a section lays out its entries: for each slot (emphasis and position of a piece), how much the pieces found
    /// there read as roles (positive) or organisations (negative), averaged over the section's entries.
    /// </summary>
    private static Dictionary<string, double> Layout(List<HeaderFields> headers)
    {
        var sums = new Dictionary<string, (double Sum, int Count)>(StringComparer.Ordinal);
        foreach (var fields in headers.Where(f => f.Pieces.Count >= 2))
        {
            for (var i = 0; i < fields.Pieces.Count; i++)
            {
                var p = fields.Pieces[i];
                var key = Slot(p, i);
                var lean = Math.Clamp(p.TitleScore - p.OrgScore, -3, 3);
                var (sum, count) = sums.GetValueOrDefault(key);
                sums[key] = (sum + lean, count + 1);
            }
        }

        return sums.Where(kv => kv.Value.Count >= 2).ToDictionary(kv => kv.Key, kv => kv.Value.Sum / kv.Value.Count, StringComparer.Ordinal);
    }

    private static string Slot(HeaderFields.Piece p, int index) =>
        (p.Italic ? "I" : p.Bold ? "B" : p.Linked ? "L" : "P") + Math.Min(index, 3).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static (HeaderFields.Piece? Role, HeaderFields.Piece? Organisation, List<HeaderFields.Piece> Others) Assign(List<HeaderFields.Piece> pieces, bool project, Dictionary<string, double>? layout = null)
    {
        if (pieces.Count == 0)
        {
            return (null, null, []);
        }

        if (pieces.Count == 1)
        {
            var (role, organisation) = SplitOne(pieces[0], project);
            return (role, organisation, []);
        }

        if (project)
        {
            // A project is named first; a piece with job-title words is the role; the rest are usually technologies.
            var roleIndex = pieces.FindIndex(p => p.TitleScore > p.OrgScore && p.TitleScore > 0);
            var nameIndex = pieces.FindIndex(p => pieces.IndexOf(p) != roleIndex);
            var rest = pieces.Where((_, i) => i != roleIndex && i != nameIndex).ToList();
            return (roleIndex >= 0 ? pieces[roleIndex] : null, pieces[nameIndex], rest);
        }

        var best = (Score: double.MinValue, Role: 0, Org: 1);
        var limit = Math.Min(pieces.Count, 4);
        for (var r = 0; r < limit; r++)
        {
            for (var o = 0; o < limit; o++)
            {
                if (r == o)
                {
                    continue;
                }

                var bias = 1.5 * ((layout?.GetValueOrDefault(Slot(pieces[r], r)) ?? 0) - (layout?.GetValueOrDefault(Slot(pieces[o], o)) ?? 0));
                var score = RoleScore(pieces[r]) + OrgScore(pieces[o]) + bias + (r < o ? 0.3 : 0) - (0.15 * (r + o));
                if (score > best.Score)
                {
                    best = (score, r, o);
                }
            }
        }

        var others = pieces.Where((_, i) => i != best.Role && i != best.Org).ToList();
        return (pieces[best.Role], pieces[best.Org], others);
    }

    private static double RoleScore(HeaderFields.Piece p) =>
        p.TitleScore - p.OrgScore + (p.Italic ? 0.8 : 0) - (p.Linked ? 0.4 : 0) - (Lexicon.IsSchool(p.Text) ? 1 : 0);

    private static double OrgScore(HeaderFields.Piece p) =>
        p.OrgScore - p.TitleScore + (p.Bold || p.Linked ? 0.6 : 0) - (p.Italic ? 0.3 : 0);

    [GeneratedRegex(@"^\s*(?i:inc|ltd|llc|l\.l\.c|corp|co|gmbh|s\.a|sa|plc|ag|b\.?v|pty|pvt|llp|lp|s\.r\.l|oy|ab|a/s|kk|n\.?v|limited|incorporated)\.?\s*(?:$|[,(])", RegexOptions.CultureInvariant)]
    private static partial Regex LegalForm();
}
