using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using JsonResume.FsCheck;
using JsonResume.Json;
using JsonResume.Tests.Support;

namespace JsonResume.Tests.Validation;

/// <summary>Valid résumés to mutate: the official examples when ../shared is present, and a few written here.</summary>
internal static class MutantBases
{
    private static readonly Lazy<IReadOnlyList<JsonNode>> LazyAll = new(Load);

    public static IReadOnlyList<JsonNode> All => LazyAll.Value;

    /// <summary>Mutants of the fixed bases, and of résumés from <see cref="ResumeGenerators"/> (half each).</summary>
    public static Gen<Mutant> Mutants => Gen.OneOf(ResumeMutants.Of(All), Generated.SelectMany(ResumeMutants.Of));

    /// <summary>Generated valid résumés as JSON.</summary>
    public static Gen<JsonNode> Generated =>
        ResumeGenerators.Resumes().Select(r => JsonNode.Parse(ResumeJson.Write(r))!).Where(n => n is JsonObject);

    // Every section, every date precision, several entries per list.
    private const string Full = """
        {
          "$schema": "https://jsonresume.org/schema/1.3.1/resume.schema.json",
          "basics": {
            "name": "Ada Example", "label": "Engineer", "image": "https://example.com/ada.png", "email": "ada@example.com",
            "phone": "+1 555 0100", "url": "https://ada.example.com", "summary": "Builds things.",
            "location": { "address": "1 Main St", "postalCode": "00000", "city": "Springfield", "countryCode": "US", "region": "Somewhere" },
            "profiles": [ { "network": "GitHub", "username": "ada", "url": "https://github.com/ada" }, { "network": "Mastodon", "username": "ada" } ]
          },
          "work": [
            { "name": "Example Corp", "location": "Remote", "description": "Widgets", "position": "Lead", "url": "https://corp.example.com",
              "startDate": "2019-04", "endDate": "2023-02-28", "summary": "Led a team.", "highlights": [ "Shipped", "Hired" ] },
            { "name": "Other Corp", "position": "Developer", "startDate": "2015", "endDate": "2019" }
          ],
          "volunteer": [ { "organization": "Club", "position": "Teacher", "url": "https://club.example.org/", "startDate": "2012-01-01", "endDate": "2013-01-01", "summary": "Taught.", "highlights": [ "Ran classes" ] } ],
          "education": [ { "institution": "University", "url": "https://uni.example.edu", "area": "Mathematics", "studyType": "Bachelor", "startDate": "2011-09", "endDate": "2014-06", "score": "3.9", "courses": [ "MA101 - Analysis" ] } ],
          "awards": [ { "title": "Prize", "date": "2016-11-01", "awarder": "Jury", "summary": "For work." } ],
          "certificates": [ { "name": "Certified", "date": "2020", "url": "https://cert.example.com/1", "issuer": "Board" } ],
          "publications": [ { "name": "A Paper", "publisher": "Journal", "releaseDate": "2018-10", "url": "https://doi.example.org/10.1/x", "summary": "Results." } ],
          "skills": [ { "name": "Programming", "level": "Master", "keywords": [ "C#", "SQL" ] } ],
          "languages": [ { "language": "English", "fluency": "Native" } ],
          "interests": [ { "name": "Chess", "keywords": [ "Openings" ] } ],
          "references": [ { "name": "Bob Example", "reference": "Recommended." } ],
          "projects": [ { "name": "Tool", "description": "A tool", "highlights": [ "Used" ], "keywords": [ "CLI" ], "startDate": "2021-02",
            "endDate": "2021-03", "url": "https://tool.example.com", "roles": [ "Author" ], "entity": "Self", "type": "application" } ],
          "meta": { "canonical": "https://example.com/resume.json", "version": "v1.0.0", "lastModified": "2024-01-01T00:00:00" },
          "x-custom": { "anything": [ 1, null, true ] }
        }
        """;

    // Few sections, empty lists and objects: mutations land in absent properties.
    private const string Sparse = """
        { "basics": { "name": "Bo" }, "work": [ {} ], "skills": [], "meta": {} }
        """;

    private const string Empty = "{}";

    private static List<JsonNode> Load()
    {
        var bases = new List<JsonNode> { JsonNode.Parse(Full)!, JsonNode.Parse(Sparse)!, JsonNode.Parse(Empty)! };
        var dir = Repo.SharedRoot is { } root ? Path.Combine(root, "reference", "examples") : null;
        if (dir is not null && Directory.Exists(dir))
        {
            bases.AddRange(Directory.GetFiles(dir, "*.json").Order(StringComparer.Ordinal).Select(f => JsonNode.Parse(File.ReadAllText(f))!));
        }

        return bases;
    }
}

/// <summary>Registers mutants of <see cref="MutantBases"/> with FsCheck.</summary>
public static class MutantArbitraries
{
    public static Arbitrary<Mutant> Mutants() => Arb.From(MutantBases.Mutants);

    public static Arbitrary<JsonNode> GeneratedResumes() => Arb.From(MutantBases.Generated);

    public static Arbitrary<StackedMutant> Stacked() => Arb.From(
        from index in Gen.Choose(0, MutantBases.All.Count - 1)
        from count in Gen.Choose(2, 4)
        from mutant in ResumeMutants.Stacked(MutantBases.All[index], count)
        select new StackedMutant(mutant));
}

/// <summary>A mutant with several breaks.</summary>
public sealed record StackedMutant(Mutant Mutant);
