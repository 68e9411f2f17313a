using JsonResume.Import.Own;
using JsonResume.Model;
using static JsonResume.Render.Layout.FieldKind;

namespace JsonResume.Render.Layout;

/// <summary>
/// The layout of every object of the schema: one place that names each field's label and role. Renderers, readers,
/// the white-space rule and the extensions block all work from it, so a field cannot be forgotten by one of them.
/// </summary>
internal static class ResumeShapes
{
    /// <summary>The header: name as heading, label under it, contact lines, profiles as items, summary as paragraphs.</summary>
    public static EntryShape<Basics> Basics { get; } = BasicsShape();

    /// <summary>A profile (an item of the header).</summary>
    public static EntryShape<Profile> Profile { get; } = ProfileShape();

    /// <summary>The footer: labelled lines about the document (<c>$schema</c> and <c>meta</c>).</summary>
    public static EntryShape<Resume> Footer { get; } = new()
    {
        Fields =
        [
            FieldSpec<Resume>.Text("$schema", "Schema", Url, r => r.Schema, (r, v) => r.Schema = v),
            FieldSpec<Resume>.Text("canonical", "Canonical", Url, r => r.Meta?.Canonical, (r, v) => (r.Meta ??= new()).Canonical = v),
            FieldSpec<Resume>.Text("version", "Version", Line, r => r.Meta?.Version, (r, v) => (r.Meta ??= new()).Version = v),
            FieldSpec<Resume>.Text("lastModified", "Last modified", Line, r => r.Meta?.LastModified, (r, v) => (r.Meta ??= new()).LastModified = v),
        ],
        Extensions = _ => null,
    };

    /// <summary>The list sections, in the standard's order.</summary>
    public static IReadOnlyList<ISectionShape> Sections { get; } =
    [
        new SectionShape<Work>(ResumeSection.Work, r => r.Work, (r, v) => r.Work = v, WorkShape()),
        new SectionShape<Volunteer>(ResumeSection.Volunteer, r => r.Volunteer, (r, v) => r.Volunteer = v, VolunteerShape()),
        new SectionShape<Education>(ResumeSection.Education, r => r.Education, (r, v) => r.Education = v, EducationShape()),
        new SectionShape<Award>(ResumeSection.Awards, r => r.Awards, (r, v) => r.Awards = v, AwardShape()),
        new SectionShape<Certificate>(ResumeSection.Certificates, r => r.Certificates, (r, v) => r.Certificates = v, CertificateShape()),
        new SectionShape<Publication>(ResumeSection.Publications, r => r.Publications, (r, v) => r.Publications = v, PublicationShape()),
        new SectionShape<Skill>(ResumeSection.Skills, r => r.Skills, (r, v) => r.Skills = v, SkillShape()),
        new SectionShape<Language>(ResumeSection.Languages, r => r.Languages, (r, v) => r.Languages = v, LanguageShape()),
        new SectionShape<Interest>(ResumeSection.Interests, r => r.Interests, (r, v) => r.Interests = v, InterestShape()),
        new SectionShape<Reference>(ResumeSection.References, r => r.References, (r, v) => r.References = v, ReferenceShape()),
        new SectionShape<Project>(ResumeSection.Projects, r => r.Projects, (r, v) => r.Projects = v, ProjectShape()),
    ];

    /// <summary>The shape of a section.</summary>
    public static ISectionShape Section(ResumeSection section) => Sections[(int)section];

    /// <summary>Applies the white-space rule to every schema string of a résumé, in place.</summary>
    public static void Normalize(Resume resume)
    {
        EntryLayouts.Normalize(Footer, resume);
        if (resume.Basics is { } basics)
        {
            EntryLayouts.Normalize(Basics, basics);
            foreach (var profile in basics.Profiles ?? [])
            {
                EntryLayouts.Normalize(Profile, profile);
            }
        }

        foreach (var section in Sections)
        {
            section.Normalize(resume);
        }
    }

    private static EntryShape<Basics> BasicsShape()
    {
        var name = FieldSpec<Basics>.Text("name", "Name", Line, b => b.Name, (b, v) => b.Name = v);
        var label = FieldSpec<Basics>.Text("label", "Label", Line, b => b.Label, (b, v) => b.Label = v);
        var summary = FieldSpec<Basics>.Text("summary", "Summary", Prose, b => b.Summary, (b, v) => b.Summary = v);
        return new()
        {
            Fields =
            [
                name, label,
                FieldSpec<Basics>.Text("email", "Email", Email, b => b.Email, (b, v) => b.Email = v),
                FieldSpec<Basics>.Text("phone", "Phone", Line, b => b.Phone, (b, v) => b.Phone = v),
                FieldSpec<Basics>.Text("url", "Website", Url, b => b.Url, (b, v) => b.Url = v),
                FieldSpec<Basics>.Text("image", "Image", Url, b => b.Image, (b, v) => b.Image = v),
                FieldSpec<Basics>.Text("address", "Address", Line, b => b.Location?.Address, (b, v) => (b.Location ??= new()).Address = v),
                FieldSpec<Basics>.Text("postalCode", "Postal code", Line, b => b.Location?.PostalCode, (b, v) => (b.Location ??= new()).PostalCode = v),
                FieldSpec<Basics>.Text("city", "City", Line, b => b.Location?.City, (b, v) => (b.Location ??= new()).City = v),
                FieldSpec<Basics>.Text("region", "Region", Line, b => b.Location?.Region, (b, v) => (b.Location ??= new()).Region = v),
                FieldSpec<Basics>.Text("countryCode", "Country", Line, b => b.Location?.CountryCode, (b, v) => (b.Location ??= new()).CountryCode = v),
                summary,
            ],
            Titles = [[name]],
            Subtitle = label,
            Prose = summary,
            Extensions = b => b.ExtensionData,
        };
    }

    private static EntryShape<Profile> ProfileShape()
    {
        var network = FieldSpec<Profile>.Text("network", "Network", Line, p => p.Network, (p, v) => p.Network = v);
        var username = FieldSpec<Profile>.Text("username", "Username", Line, p => p.Username, (p, v) => p.Username = v);
        var url = FieldSpec<Profile>.Text("url", "URL", Url, p => p.Url, (p, v) => p.Url = v);
        return new()
        {
            Fields = [network, username, url],
            Titles = [[network, username, url], [network, url], [network]],
            Extensions = p => p.ExtensionData,
        };
    }

    private static EntryShape<Work> WorkShape()
    {
        var position = FieldSpec<Work>.Text("position", "Position", Line, w => w.Position, (w, v) => w.Position = v);
        var name = FieldSpec<Work>.Text("name", "Employer", Line, w => w.Name, (w, v) => w.Name = v);
        var location = FieldSpec<Work>.Text("location", "Location", Line, w => w.Location, (w, v) => w.Location = v);
        var start = FieldSpec<Work>.Text("startDate", "Start", Date, w => w.StartDate, (w, v) => w.StartDate = v);
        var end = FieldSpec<Work>.Text("endDate", "End", Date, w => w.EndDate, (w, v) => w.EndDate = v);
        var summary = FieldSpec<Work>.Text("summary", "Summary", Prose, w => w.Summary, (w, v) => w.Summary = v);
        var highlights = FieldSpec<Work>.Bullets("highlights", "Highlights", w => w.Highlights, (w, v) => w.Highlights = v);
        return new()
        {
            Fields =
            [
                position, name, location, start, end,
                FieldSpec<Work>.Text("url", "Website", Url, w => w.Url, (w, v) => w.Url = v),
                FieldSpec<Work>.Text("description", "Description", Line, w => w.Description, (w, v) => w.Description = v),
                summary, highlights,
            ],
            Titles = [[position, name], [position]],
            Start = start,
            End = end,
            Place = location,
            Prose = summary,
            Bullets = highlights,
            Extensions = w => w.ExtensionData,
        };
    }

    private static EntryShape<Volunteer> VolunteerShape()
    {
        var position = FieldSpec<Volunteer>.Text("position", "Position", Line, w => w.Position, (w, v) => w.Position = v);
        var organization = FieldSpec<Volunteer>.Text("organization", "Organization", Line, w => w.Organization, (w, v) => w.Organization = v);
        var start = FieldSpec<Volunteer>.Text("startDate", "Start", Date, w => w.StartDate, (w, v) => w.StartDate = v);
        var end = FieldSpec<Volunteer>.Text("endDate", "End", Date, w => w.EndDate, (w, v) => w.EndDate = v);
        var summary = FieldSpec<Volunteer>.Text("summary", "Summary", Prose, w => w.Summary, (w, v) => w.Summary = v);
        var highlights = FieldSpec<Volunteer>.Bullets("highlights", "Highlights", w => w.Highlights, (w, v) => w.Highlights = v);
        return new()
        {
            Fields =
            [
                position, organization, start, end,
                FieldSpec<Volunteer>.Text("url", "Website", Url, w => w.Url, (w, v) => w.Url = v),
                summary, highlights,
            ],
            Titles = [[position, organization], [position]],
            Start = start,
            End = end,
            Prose = summary,
            Bullets = highlights,
            Extensions = w => w.ExtensionData,
        };
    }

    private static EntryShape<Education> EducationShape()
    {
        var institution = FieldSpec<Education>.Text("institution", "Institution", Line, e => e.Institution, (e, v) => e.Institution = v);
        var area = FieldSpec<Education>.Text("area", "Area", Line, e => e.Area, (e, v) => e.Area = v);
        var studyType = FieldSpec<Education>.Text("studyType", "Degree", Line, e => e.StudyType, (e, v) => e.StudyType = v);
        var start = FieldSpec<Education>.Text("startDate", "Start", Date, e => e.StartDate, (e, v) => e.StartDate = v);
        var end = FieldSpec<Education>.Text("endDate", "End", Date, e => e.EndDate, (e, v) => e.EndDate = v);
        return new()
        {
            Fields =
            [
                studyType, area, institution, start, end,
                FieldSpec<Education>.Text("score", "Score", Line, e => e.Score, (e, v) => e.Score = v),
                FieldSpec<Education>.List("courses", "Courses", "Course", e => e.Courses, (e, v) => e.Courses = v),
                FieldSpec<Education>.Text("url", "Website", Url, e => e.Url, (e, v) => e.Url = v),
            ],
            Titles = [[studyType, area, institution], [area, institution], [institution]],
            Start = start,
            End = end,
            Extensions = e => e.ExtensionData,
        };
    }

    private static EntryShape<Award> AwardShape()
    {
        var title = FieldSpec<Award>.Text("title", "Title", Line, a => a.Title, (a, v) => a.Title = v);
        var date = FieldSpec<Award>.Text("date", "Date", Date, a => a.Date, (a, v) => a.Date = v);
        var awarder = FieldSpec<Award>.Text("awarder", "Awarder", Line, a => a.Awarder, (a, v) => a.Awarder = v);
        var summary = FieldSpec<Award>.Text("summary", "Summary", Prose, a => a.Summary, (a, v) => a.Summary = v);
        return new()
        {
            Fields = [title, date, awarder, summary],
            Titles = [[title]],
            Start = date,
            Place = awarder,
            Prose = summary,
            Extensions = a => a.ExtensionData,
        };
    }

    private static EntryShape<Certificate> CertificateShape()
    {
        var name = FieldSpec<Certificate>.Text("name", "Name", Line, c => c.Name, (c, v) => c.Name = v);
        var date = FieldSpec<Certificate>.Text("date", "Date", Date, c => c.Date, (c, v) => c.Date = v);
        var issuer = FieldSpec<Certificate>.Text("issuer", "Issuer", Line, c => c.Issuer, (c, v) => c.Issuer = v);
        return new()
        {
            Fields = [name, date, issuer, FieldSpec<Certificate>.Text("url", "Website", Url, c => c.Url, (c, v) => c.Url = v)],
            Titles = [[name]],
            Start = date,
            Place = issuer,
            Extensions = c => c.ExtensionData,
        };
    }

    private static EntryShape<Publication> PublicationShape()
    {
        var name = FieldSpec<Publication>.Text("name", "Name", Line, p => p.Name, (p, v) => p.Name = v);
        var publisher = FieldSpec<Publication>.Text("publisher", "Publisher", Line, p => p.Publisher, (p, v) => p.Publisher = v);
        var date = FieldSpec<Publication>.Text("releaseDate", "Released", Date, p => p.ReleaseDate, (p, v) => p.ReleaseDate = v);
        var summary = FieldSpec<Publication>.Text("summary", "Summary", Prose, p => p.Summary, (p, v) => p.Summary = v);
        return new()
        {
            Fields = [name, publisher, date, FieldSpec<Publication>.Text("url", "Website", Url, p => p.Url, (p, v) => p.Url = v), summary],
            Titles = [[name]],
            Start = date,
            Place = publisher,
            Prose = summary,
            Extensions = p => p.ExtensionData,
        };
    }

    private static EntryShape<Skill> SkillShape()
    {
        var name = FieldSpec<Skill>.Text("name", "Name", Line, s => s.Name, (s, v) => s.Name = v);
        var level = FieldSpec<Skill>.Text("level", "Level", Line, s => s.Level, (s, v) => s.Level = v);
        return new()
        {
            Fields = [name, level, FieldSpec<Skill>.List("keywords", "Keywords", "Keyword", s => s.Keywords, (s, v) => s.Keywords = v)],
            Titles = [[name, level], [name]],
            Extensions = s => s.ExtensionData,
        };
    }

    private static EntryShape<Language> LanguageShape()
    {
        var name = FieldSpec<Language>.Text("language", "Language", Line, l => l.Name, (l, v) => l.Name = v);
        var fluency = FieldSpec<Language>.Text("fluency", "Fluency", Line, l => l.Fluency, (l, v) => l.Fluency = v);
        return new()
        {
            Fields = [name, fluency],
            Titles = [[name, fluency], [name]],
            Extensions = l => l.ExtensionData,
        };
    }

    private static EntryShape<Interest> InterestShape()
    {
        var name = FieldSpec<Interest>.Text("name", "Name", Line, i => i.Name, (i, v) => i.Name = v);
        return new()
        {
            Fields = [name, FieldSpec<Interest>.List("keywords", "Keywords", "Keyword", i => i.Keywords, (i, v) => i.Keywords = v)],
            Titles = [[name]],
            Extensions = i => i.ExtensionData,
        };
    }

    private static EntryShape<Reference> ReferenceShape()
    {
        var name = FieldSpec<Reference>.Text("name", "Name", Line, r => r.Name, (r, v) => r.Name = v);
        var text = FieldSpec<Reference>.Text("reference", "Reference", Prose, r => r.Text, (r, v) => r.Text = v);
        return new()
        {
            Fields = [name, text],
            Titles = [[name]],
            Prose = text,
            Extensions = r => r.ExtensionData,
        };
    }

    private static EntryShape<Project> ProjectShape()
    {
        var name = FieldSpec<Project>.Text("name", "Name", Line, p => p.Name, (p, v) => p.Name = v);
        var start = FieldSpec<Project>.Text("startDate", "Start", Date, p => p.StartDate, (p, v) => p.StartDate = v);
        var end = FieldSpec<Project>.Text("endDate", "End", Date, p => p.EndDate, (p, v) => p.EndDate = v);
        var entity = FieldSpec<Project>.Text("entity", "Entity", Line, p => p.Entity, (p, v) => p.Entity = v);
        var description = FieldSpec<Project>.Text("description", "Description", Prose, p => p.Description, (p, v) => p.Description = v);
        var highlights = FieldSpec<Project>.Bullets("highlights", "Highlights", p => p.Highlights, (p, v) => p.Highlights = v);
        return new()
        {
            Fields =
            [
                name, start, end, entity,
                FieldSpec<Project>.Text("type", "Type", Line, p => p.Type, (p, v) => p.Type = v),
                FieldSpec<Project>.Text("url", "Website", Url, p => p.Url, (p, v) => p.Url = v),
                FieldSpec<Project>.List("roles", "Roles", "Role", p => p.Roles, (p, v) => p.Roles = v),
                FieldSpec<Project>.List("keywords", "Keywords", "Keyword", p => p.Keywords, (p, v) => p.Keywords = v),
                description, highlights,
            ],
            Titles = [[name]],
            Start = start,
            End = end,
            Place = entity,
            Prose = description,
            Bullets = highlights,
            Extensions = p => p.ExtensionData,
        };
    }
}
