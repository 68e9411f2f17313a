using JsonResume.Model;
using JsonResume.Vocabulary;
using static JsonResume.Layout.FieldKind;

namespace JsonResume.Layout;

/// <summary>
/// The layout of every object of the schema: one place that names each field's label and role. Renderers, readers,
/// the white-space rule and the extensions block all work from it, so a field cannot be forgotten by one of them.
/// </summary>
internal static partial class ResumeShapes
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
        new SectionShape<Work>(ResumeSections.Work, WorkShape()),
        new SectionShape<Volunteer>(ResumeSections.Volunteer, VolunteerShape()),
        new SectionShape<Education>(ResumeSections.Education, EducationShape()),
        new SectionShape<Award>(ResumeSections.Awards, AwardShape()),
        new SectionShape<Certificate>(ResumeSections.Certificates, CertificateShape()),
        new SectionShape<Publication>(ResumeSections.Publications, PublicationShape()),
        new SectionShape<Skill>(ResumeSections.Skills, SkillShape()),
        new SectionShape<Language>(ResumeSections.Languages, LanguageShape()),
        new SectionShape<Interest>(ResumeSections.Interests, InterestShape()),
        new SectionShape<Reference>(ResumeSections.References, ReferenceShape()),
        new SectionShape<Project>(ResumeSections.Projects, ProjectShape()),
    ];

    /// <summary>The shape of a section.</summary>
    public static ISectionShape Section(ResumeSection section) => Sections.First(s => s.Section == section);

    /// <summary>Applies the white-space rule to every schema string of a résumé, in place.</summary>
    public static void Normalize(Resume resume)
    {
        EntryValues.Normalize(Footer, resume);
        if (resume.Basics is { } basics)
        {
            EntryValues.Normalize(Basics, basics);
            foreach (var profile in basics.Profiles ?? [])
            {
                EntryValues.Normalize(Profile, profile);
            }
        }

        foreach (var section in Sections)
        {
            section.Normalize(resume);
        }
    }

    /// <summary>Whether every schema string of a résumé already follows the white-space rule (what <see cref="Normalize"/> would leave as it is).</summary>
    public static bool IsNormal(Resume resume)
    {
        if (!EntryValues.IsNormal(Footer, resume))
        {
            return false;
        }

        if (resume.Basics is { } basics)
        {
            if (!EntryValues.IsNormal(Basics, basics))
            {
                return false;
            }

            foreach (var profile in basics.Profiles ?? [])
            {
                if (profile is not null && !EntryValues.IsNormal(Profile, profile))
                {
                    return false;
                }
            }
        }

        foreach (var section in Sections)
        {
            if (!section.IsNormal(resume))
            {
                return false;
            }
        }

        return true;
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
}
