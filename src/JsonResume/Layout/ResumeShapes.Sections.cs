using JsonResume.Model;
using static JsonResume.Layout.FieldKind;

namespace JsonResume.Layout;

/// <summary>The shapes of the entries of the list sections.</summary>
internal static partial class ResumeShapes
{
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
