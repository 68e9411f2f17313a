using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using JsonResume.FsCheck.Internal;
using JsonResume.Model;

namespace JsonResume.FsCheck;

/// <summary>
/// FsCheck generators of schema-valid JSON Resume values (<c>schema/resume.schema.json</c>, JSON Resume 1.3.1): Unicode text of
/// every kind (non-BMP characters, combining marks, right-to-left text, quotes, backslashes, control characters, Markdown and
/// HTML special characters), empty strings, empty lists, absent properties, real partial dates of every precision (1000 to
/// 2999), conservative emails and URIs, and unknown extra properties with arbitrary JSON values at every level (never under
/// one of the class's schema names). <see cref="GeneratorOptions"/> restricts the text (see <see cref="TextStyle"/>) or turns
/// unknown properties off. Use <see cref="ResumeArbitraries"/> to register shrinking arbitraries with FsCheck.
/// </summary>
public static partial class ResumeGenerators
{
    /// <summary>Whole résumés, schema-valid.</summary>
    /// <param name="options">What to generate; <see cref="GeneratorOptions.Default"/> when null.</param>
    /// <returns>The generator.</returns>
    public static Gen<Resume> Resumes(GeneratorOptions? options = null) => Shapes(options).Resume.Generator;

    /// <summary>Whole résumés with a shrinker that removes unknown properties, properties and list items, and shortens text.</summary>
    /// <param name="options">What to generate; <see cref="GeneratorOptions.Default"/> when null.</param>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Resume> ResumeArbitrary(GeneratorOptions? options = null)
    {
        var shapes = Shapes(options);
        return Arb.From(shapes.Resume.Generator, shapes.Resume.Shrink);
    }

    /// <summary>The shrinker of <see cref="ResumeArbitrary"/>: smaller résumés that are still schema-valid and follow the options.</summary>
    /// <param name="resume">A résumé made by these generators (it is not changed).</param>
    /// <param name="options">The options it was made with; <see cref="GeneratorOptions.Default"/> when null.</param>
    /// <returns>Smaller résumés, biggest steps first.</returns>
    public static IEnumerable<Resume> Shrink(Resume resume, GeneratorOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(resume);
        return Shapes(options).Resume.Shrink(resume);
    }

    /// <summary>Free text under a style (see <see cref="TextRules"/>).</summary>
    /// <param name="style">The style.</param>
    /// <param name="allowEmpty">Whether the empty string may come out.</param>
    /// <returns>The generator.</returns>
    public static Gen<string> Text(TextStyle style = TextStyle.Any, bool allowEmpty = true) => FieldValues.StyledText(style, allowEmpty);

    /// <summary>Real partial dates of every precision, years 1000 to 2999, with leap days and month ends often.</summary>
    /// <returns>The generator.</returns>
    public static Gen<PartialDate> PartialDates() => Formats.AnyDates;

    /// <summary>Real partial dates of one precision.</summary>
    /// <param name="precision">Year, month or day.</param>
    /// <returns>The generator.</returns>
    public static Gen<PartialDate> PartialDates(DatePrecision precision) => Formats.Dates(precision);

    /// <summary>Dates as the schema writes them: <c>2014</c>, <c>2014-06</c>, <c>2014-06-29</c>.</summary>
    /// <returns>The generator.</returns>
    public static Gen<string> DateStrings() => Formats.DateStrings;

    /// <summary>Conservative email addresses (<c>name.part+tag@example.com</c>), valid for <c>format: email</c>.</summary>
    /// <returns>The generator.</returns>
    public static Gen<string> Emails() => Formats.Emails;

    /// <summary>Conservative absolute URIs (<c>https://example.org/path?q=1#f</c>), valid for <c>format: uri</c>.</summary>
    /// <returns>The generator.</returns>
    public static Gen<string> Uris() => Formats.Uris;

    /// <summary>Arbitrary JSON values: objects, arrays, numbers (in several notations), booleans, null and strings.</summary>
    /// <param name="depth">How deep containers may nest.</param>
    /// <returns>The generator.</returns>
    public static Gen<JsonElement> JsonValues(int depth = 2) => Internal.JsonValues.Values(depth);

    /// <summary>Unknown properties for an object: null (none) or one to three entries, never named after <paramref name="reservedNames"/>.</summary>
    /// <param name="reservedNames">The schema's property names of the object.</param>
    /// <returns>The generator.</returns>
    public static Gen<Dictionary<string, JsonElement>?> ExtensionData(IEnumerable<string> reservedNames)
    {
        ArgumentNullException.ThrowIfNull(reservedNames);
        return Internal.JsonValues.ExtensionData(reservedNames.ToHashSet(StringComparer.Ordinal), 3);
    }

    private static ModelShapes Shapes(GeneratorOptions? options) =>
        options is null || ReferenceEquals(options, GeneratorOptions.Default) ? ResumeArbitraries.DefaultShapes : new ModelShapes(options);
}
