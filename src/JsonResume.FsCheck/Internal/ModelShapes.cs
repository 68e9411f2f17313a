using FsCheck;
using FsCheck.Fluent;
using JsonResume.Model;

namespace JsonResume.FsCheck.Internal;

/// <summary>
/// Every model class described as a <see cref="Shape{T}"/>. The shapes themselves are generated from
/// <c>schema/resume.schema.json</c> (<c>ModelShapes.g.cs</c>): free text, emails (<c>format: email</c>), URIs
/// (<c>format: uri</c>), dates (<c>#/definitions/iso8601</c>), arrays and nested objects. This half keeps what the schema
/// cannot say: realistic values for some free-text fields, keyed by JSON path.
/// </summary>
internal sealed partial class ModelShapes
{
    private static readonly Gen<string> SchemaUris = Gen.Frequency(
        (1, Gen.Constant("https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json")),
        (1, Gen.Constant("https://jsonresume.org/schema/1.3.1/resume.schema.json")),
        (2, Formats.Uris));

    private static readonly Gen<string> Timestamps =
        Formats.Dates(DatePrecision.Day).Zip(Gen.Choose(0, 86399), (d, s) => $"{d}T{s / 3600:D2}:{s / 60 % 60:D2}:{s % 60:D2}");

    private readonly FieldValues values;
    private readonly int maxItems;

    /// <summary>
    /// Realistic values mixed into (or, for URIs, replacing) the generic ones, keyed by JSON path. A test checks that every
    /// key is a string property of the schema, so a renamed property cannot leave a key behind.
    /// </summary>
    internal static IReadOnlyDictionary<string, Gen<string>> RealisticValues { get; } = new Dictionary<string, Gen<string>>(StringComparer.Ordinal)
    {
        ["$schema"] = SchemaUris,
        ["basics.image"] = Formats.Uris,
        ["basics.phone"] = Gen.Elements("+1 (555) 010-0199", "712-117-2923", "+44 20 7946 0958"),
        ["basics.location.countryCode"] = Gen.Elements("US", "GB", "DE", "FR", "JP", "IN", "BR", "IL", "AU", "CN"),
        ["education[].score"] = Gen.Elements("4.0", "3.67/4.00", "First", "110/110 cum laude"),
        ["skills[].level"] = Gen.Elements("Master", "Intermediate", "Beginner"),
        ["languages[].fluency"] = Gen.Elements("Native speaker", "Fluent", "C1"),
        ["projects[].type"] = Gen.Elements("application", "library", "talk"),
        ["meta.version"] = Gen.Elements("v1.0.0", "1.3.1", "v0.0.18", "2"),
        ["meta.lastModified"] = Timestamps,
    };

    private Member<T> Text<T>(string path, Func<T, string?> get, Action<T, string?> set)
        where T : class =>
        Member.Scalar(NameOf(path), get, set, RealisticValues.TryGetValue(path, out var realistic) ? values.TextOr(realistic) : values.Text, values.ShrinkText);

    private Member<T> Texts<T>(string path, Func<T, List<string>?> get, Action<T, List<string>?> set)
        where T : class =>
        Member.Strings(NameOf(path), get, set, values.Text, values.ShrinkText, maxItems);

    private static Member<T> Email<T>(string path, Func<T, string?> get, Action<T, string?> set)
        where T : class =>
        Member.Scalar(NameOf(path), get, set, Formats.Emails, FieldValues.NoShrink);

    private static Member<T> Uri<T>(string path, Func<T, string?> get, Action<T, string?> set)
        where T : class =>
        Member.Scalar(NameOf(path), get, set, RealisticValues.GetValueOrDefault(path, Formats.Uris), FieldValues.NoShrink);

    private static Member<T> Date<T>(string path, Func<T, string?> get, Action<T, string?> set)
        where T : class =>
        Member.Scalar(NameOf(path), get, set, Formats.DateStrings, text => PartialDate.TryParse(text, out var d) ? Formats.Shrink(d).Select(s => s.ToString()) : []);

    /// <summary>The JSON name at the end of a path such as <c>work[].startDate</c>.</summary>
    private static string NameOf(string path) => path[(path.LastIndexOf('.') + 1)..];
}
