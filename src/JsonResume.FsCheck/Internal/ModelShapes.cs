using FsCheck;
using FsCheck.Fluent;
using JsonResume.Model;

namespace JsonResume.FsCheck.Internal;

/// <summary>
/// Every model class described as a <see cref="Shape{T}"/>, following <c>schema/resume.schema.json</c>: free text, emails
/// (<c>format: email</c>), URIs (<c>format: uri</c>), dates (<c>#/definitions/iso8601</c>), arrays and nested objects.
/// </summary>
internal sealed class ModelShapes
{
    private static readonly Gen<string> SchemaUris = Gen.Frequency(
        (1, Gen.Constant("https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json")),
        (1, Gen.Constant("https://jsonresume.org/schema/1.3.1/resume.schema.json")),
        (2, Formats.Uris));

    private static readonly Gen<string> Timestamps =
        Formats.Dates(DatePrecision.Day).Zip(Gen.Choose(0, 86399), (d, s) => $"{d}T{s / 3600:D2}:{s / 60 % 60:D2}:{s % 60:D2}");

    private static readonly Gen<string> CountryCodes = Gen.Elements("US", "GB", "DE", "FR", "JP", "IN", "BR", "IL", "AU", "CN");

    private static readonly Gen<string> Versions = Gen.Elements("v1.0.0", "1.3.1", "v0.0.18", "2");

    private readonly FieldValues values;
    private readonly int maxItems;

    internal ModelShapes(GeneratorOptions options)
    {
        values = new FieldValues(options);
        maxItems = Math.Max(0, options.MaxItems);
        Location = new(options, x => x.ExtensionData, (x, v) => x.ExtensionData = v,
            Text<Location>("address", x => x.Address, (x, v) => x.Address = v),
            Text<Location>("postalCode", x => x.PostalCode, (x, v) => x.PostalCode = v),
            Text<Location>("city", x => x.City, (x, v) => x.City = v),
            Text<Location>("countryCode", x => x.CountryCode, (x, v) => x.CountryCode = v, CountryCodes),
            Text<Location>("region", x => x.Region, (x, v) => x.Region = v));
        Profile = new(options, x => x.ExtensionData, (x, v) => x.ExtensionData = v,
            Text<Profile>("network", x => x.Network, (x, v) => x.Network = v),
            Text<Profile>("username", x => x.Username, (x, v) => x.Username = v),
            Uri<Profile>("url", x => x.Url, (x, v) => x.Url = v));
        Basics = new(options, x => x.ExtensionData, (x, v) => x.ExtensionData = v,
            Text<Basics>("name", x => x.Name, (x, v) => x.Name = v),
            Text<Basics>("label", x => x.Label, (x, v) => x.Label = v),
            Text<Basics>("image", x => x.Image, (x, v) => x.Image = v, Formats.Uris),
            Email<Basics>("email", x => x.Email, (x, v) => x.Email = v),
            Text<Basics>("phone", x => x.Phone, (x, v) => x.Phone = v, Gen.Elements("+1 (555) 010-0199", "712-117-2923", "+44 20 7946 0958")),
            Uri<Basics>("url", x => x.Url, (x, v) => x.Url = v),
            Text<Basics>("summary", x => x.Summary, (x, v) => x.Summary = v),
            Member.Child<Basics, Location>("location", x => x.Location, (x, v) => x.Location = v, Location),
            Member.Children<Basics, Profile>("profiles", x => x.Profiles, (x, v) => x.Profiles = v, Profile, maxItems));
        Work = new(options, x => x.ExtensionData, (x, v) => x.ExtensionData = v,
            Text<Work>("name", x => x.Name, (x, v) => x.Name = v),
            Text<Work>("location", x => x.Location, (x, v) => x.Location = v),
            Text<Work>("description", x => x.Description, (x, v) => x.Description = v),
            Text<Work>("position", x => x.Position, (x, v) => x.Position = v),
            Uri<Work>("url", x => x.Url, (x, v) => x.Url = v),
            Date<Work>("startDate", x => x.StartDate, (x, v) => x.StartDate = v),
            Date<Work>("endDate", x => x.EndDate, (x, v) => x.EndDate = v),
            Text<Work>("summary", x => x.Summary, (x, v) => x.Summary = v),
            Texts<Work>("highlights", x => x.Highlights, (x, v) => x.Highlights = v));
        Volunteer = new(options, x => x.ExtensionData, (x, v) => x.ExtensionData = v,
            Text<Volunteer>("organization", x => x.Organization, (x, v) => x.Organization = v),
            Text<Volunteer>("position", x => x.Position, (x, v) => x.Position = v),
            Uri<Volunteer>("url", x => x.Url, (x, v) => x.Url = v),
            Date<Volunteer>("startDate", x => x.StartDate, (x, v) => x.StartDate = v),
            Date<Volunteer>("endDate", x => x.EndDate, (x, v) => x.EndDate = v),
            Text<Volunteer>("summary", x => x.Summary, (x, v) => x.Summary = v),
            Texts<Volunteer>("highlights", x => x.Highlights, (x, v) => x.Highlights = v));
        Education = new(options, x => x.ExtensionData, (x, v) => x.ExtensionData = v,
            Text<Education>("institution", x => x.Institution, (x, v) => x.Institution = v),
            Uri<Education>("url", x => x.Url, (x, v) => x.Url = v),
            Text<Education>("area", x => x.Area, (x, v) => x.Area = v),
            Text<Education>("studyType", x => x.StudyType, (x, v) => x.StudyType = v),
            Date<Education>("startDate", x => x.StartDate, (x, v) => x.StartDate = v),
            Date<Education>("endDate", x => x.EndDate, (x, v) => x.EndDate = v),
            Text<Education>("score", x => x.Score, (x, v) => x.Score = v, Gen.Elements("4.0", "3.67/4.00", "First", "110/110 cum laude")),
            Texts<Education>("courses", x => x.Courses, (x, v) => x.Courses = v));
        Award = new(options, x => x.ExtensionData, (x, v) => x.ExtensionData = v,
            Text<Award>("title", x => x.Title, (x, v) => x.Title = v),
            Date<Award>("date", x => x.Date, (x, v) => x.Date = v),
            Text<Award>("awarder", x => x.Awarder, (x, v) => x.Awarder = v),
            Text<Award>("summary", x => x.Summary, (x, v) => x.Summary = v));
        Certificate = new(options, x => x.ExtensionData, (x, v) => x.ExtensionData = v,
            Text<Certificate>("name", x => x.Name, (x, v) => x.Name = v),
            Date<Certificate>("date", x => x.Date, (x, v) => x.Date = v),
            Uri<Certificate>("url", x => x.Url, (x, v) => x.Url = v),
            Text<Certificate>("issuer", x => x.Issuer, (x, v) => x.Issuer = v));
        Publication = new(options, x => x.ExtensionData, (x, v) => x.ExtensionData = v,
            Text<Publication>("name", x => x.Name, (x, v) => x.Name = v),
            Text<Publication>("publisher", x => x.Publisher, (x, v) => x.Publisher = v),
            Date<Publication>("releaseDate", x => x.ReleaseDate, (x, v) => x.ReleaseDate = v),
            Uri<Publication>("url", x => x.Url, (x, v) => x.Url = v),
            Text<Publication>("summary", x => x.Summary, (x, v) => x.Summary = v));
        Skill = new(options, x => x.ExtensionData, (x, v) => x.ExtensionData = v,
            Text<Skill>("name", x => x.Name, (x, v) => x.Name = v),
            Text<Skill>("level", x => x.Level, (x, v) => x.Level = v, Gen.Elements("Master", "Intermediate", "Beginner")),
            Texts<Skill>("keywords", x => x.Keywords, (x, v) => x.Keywords = v));
        Language = new(options, x => x.ExtensionData, (x, v) => x.ExtensionData = v,
            Text<Language>("language", x => x.Name, (x, v) => x.Name = v),
            Text<Language>("fluency", x => x.Fluency, (x, v) => x.Fluency = v, Gen.Elements("Native speaker", "Fluent", "C1")));
        Interest = new(options, x => x.ExtensionData, (x, v) => x.ExtensionData = v,
            Text<Interest>("name", x => x.Name, (x, v) => x.Name = v),
            Texts<Interest>("keywords", x => x.Keywords, (x, v) => x.Keywords = v));
        Reference = new(options, x => x.ExtensionData, (x, v) => x.ExtensionData = v,
            Text<Reference>("name", x => x.Name, (x, v) => x.Name = v),
            Text<Reference>("reference", x => x.Text, (x, v) => x.Text = v));
        Project = new(options, x => x.ExtensionData, (x, v) => x.ExtensionData = v,
            Text<Project>("name", x => x.Name, (x, v) => x.Name = v),
            Text<Project>("description", x => x.Description, (x, v) => x.Description = v),
            Texts<Project>("highlights", x => x.Highlights, (x, v) => x.Highlights = v),
            Texts<Project>("keywords", x => x.Keywords, (x, v) => x.Keywords = v),
            Date<Project>("startDate", x => x.StartDate, (x, v) => x.StartDate = v),
            Date<Project>("endDate", x => x.EndDate, (x, v) => x.EndDate = v),
            Uri<Project>("url", x => x.Url, (x, v) => x.Url = v),
            Texts<Project>("roles", x => x.Roles, (x, v) => x.Roles = v),
            Text<Project>("entity", x => x.Entity, (x, v) => x.Entity = v),
            Text<Project>("type", x => x.Type, (x, v) => x.Type = v, Gen.Elements("application", "library", "talk")));
        Meta = new(options, x => x.ExtensionData, (x, v) => x.ExtensionData = v,
            Uri<Meta>("canonical", x => x.Canonical, (x, v) => x.Canonical = v),
            Text<Meta>("version", x => x.Version, (x, v) => x.Version = v, Versions),
            Text<Meta>("lastModified", x => x.LastModified, (x, v) => x.LastModified = v, Timestamps));
        Resume = new(options, x => x.ExtensionData, (x, v) => x.ExtensionData = v,
            Member.Scalar<Resume>("$schema", x => x.Schema, (x, v) => x.Schema = v, SchemaUris, FieldValues.NoShrink),
            Member.Child<Resume, Basics>("basics", x => x.Basics, (x, v) => x.Basics = v, Basics),
            Member.Children<Resume, Work>("work", x => x.Work, (x, v) => x.Work = v, Work, maxItems),
            Member.Children<Resume, Volunteer>("volunteer", x => x.Volunteer, (x, v) => x.Volunteer = v, Volunteer, maxItems),
            Member.Children<Resume, Education>("education", x => x.Education, (x, v) => x.Education = v, Education, maxItems),
            Member.Children<Resume, Award>("awards", x => x.Awards, (x, v) => x.Awards = v, Award, maxItems),
            Member.Children<Resume, Certificate>("certificates", x => x.Certificates, (x, v) => x.Certificates = v, Certificate, maxItems),
            Member.Children<Resume, Publication>("publications", x => x.Publications, (x, v) => x.Publications = v, Publication, maxItems),
            Member.Children<Resume, Skill>("skills", x => x.Skills, (x, v) => x.Skills = v, Skill, maxItems),
            Member.Children<Resume, Language>("languages", x => x.Languages, (x, v) => x.Languages = v, Language, maxItems),
            Member.Children<Resume, Interest>("interests", x => x.Interests, (x, v) => x.Interests = v, Interest, maxItems),
            Member.Children<Resume, Reference>("references", x => x.References, (x, v) => x.References = v, Reference, maxItems),
            Member.Children<Resume, Project>("projects", x => x.Projects, (x, v) => x.Projects = v, Project, maxItems),
            Member.Child<Resume, Meta>("meta", x => x.Meta, (x, v) => x.Meta = v, Meta));
    }

    internal Shape<Resume> Resume { get; }

    internal Shape<Basics> Basics { get; }

    internal Shape<Location> Location { get; }

    internal Shape<Profile> Profile { get; }

    internal Shape<Work> Work { get; }

    internal Shape<Volunteer> Volunteer { get; }

    internal Shape<Education> Education { get; }

    internal Shape<Award> Award { get; }

    internal Shape<Certificate> Certificate { get; }

    internal Shape<Publication> Publication { get; }

    internal Shape<Skill> Skill { get; }

    internal Shape<Language> Language { get; }

    internal Shape<Interest> Interest { get; }

    internal Shape<Reference> Reference { get; }

    internal Shape<Project> Project { get; }

    internal Shape<Meta> Meta { get; }

    private Member<T> Text<T>(string name, Func<T, string?> get, Action<T, string?> set, Gen<string>? realistic = null)
        where T : class =>
        Member.Scalar(name, get, set, realistic is null ? values.Text : values.TextOr(realistic), values.ShrinkText);

    private Member<T> Texts<T>(string name, Func<T, List<string>?> get, Action<T, List<string>?> set)
        where T : class =>
        Member.Strings(name, get, set, values.Text, values.ShrinkText, maxItems);

    private static Member<T> Email<T>(string name, Func<T, string?> get, Action<T, string?> set)
        where T : class =>
        Member.Scalar(name, get, set, Formats.Emails, FieldValues.NoShrink);

    private static Member<T> Uri<T>(string name, Func<T, string?> get, Action<T, string?> set)
        where T : class =>
        Member.Scalar(name, get, set, Formats.Uris, FieldValues.NoShrink);

    private static Member<T> Date<T>(string name, Func<T, string?> get, Action<T, string?> set)
        where T : class =>
        Member.Scalar(name, get, set, Formats.DateStrings, text => PartialDate.TryParse(text, out var d) ? Formats.Shrink(d).Select(s => s.ToString()) : []);
}
