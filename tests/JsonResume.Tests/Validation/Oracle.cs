using JsonResume.Diagnostics;
using JsonResume.Tests.Support;
using JsonResume.Validation;
using NJsonSchema;
using NJsonSchema.Validation;

namespace JsonResume.Tests.Validation;

/// <summary>
/// NJsonSchema 11.6.2, the reference validator, and the comparison of its findings with ours: the set of
/// (JSON Pointer, code) pairs of schema errors. Our semantic findings (JR1003, JR2xxx) and warnings are left out.
/// </summary>
internal static class Oracle
{
    public static JsonSchema Schema => SchemaOracle.Schema;

    /// <summary>NJsonSchema's schema errors, flattened to leaf errors, as (pointer, our code).</summary>
    public static SortedSet<string> Theirs(string json)
    {
        var set = new SortedSet<string>(StringComparer.Ordinal);
        Flatten(Schema.Validate(json), set);
        return set;
    }

    /// <summary>Our schema errors as (pointer, code).</summary>
    public static SortedSet<string> Ours(string json) => Ours(ResumeValidator.Validate(json));

    public static SortedSet<string> Ours(ValidationResult report) => new(
        report.Diagnostics
            .Where(d => d.Severity == DiagnosticSeverity.Error && d.Code.StartsWith("JR1", StringComparison.Ordinal) && d.Code != DiagnosticCodes.ImpossibleDate)
            .Select(d => Key(d.InstanceLocation, d.Code)),
        StringComparer.Ordinal);

    /// <summary>Asserts both validators agree on the verdict and on every location.</summary>
    public static void AssertSame(string json, string label)
    {
        var report = ResumeValidator.Validate(json);
        Assert.DoesNotContain(report.Diagnostics, d => d.Code.StartsWith("JR0", StringComparison.Ordinal) && d.Severity == DiagnosticSeverity.Error);
        var ours = Ours(report);
        var theirs = Theirs(json);
        Assert.True(ours.SetEquals(theirs),
            $"{label}: ours [{string.Join(", ", ours)}] vs NJsonSchema [{string.Join(", ", theirs)}]\n{Shorten(json)}");
        Assert.Equal(theirs.Count == 0, report.Diagnostics.All(d => d.Severity != DiagnosticSeverity.Error || d.Code == DiagnosticCodes.ImpossibleDate));
    }

    public static string Key(string pointer, string code) => $"{pointer} {code}";

    private static void Flatten(IEnumerable<ValidationError> errors, SortedSet<string> set)
    {
        foreach (var error in errors)
        {
            if (error is ChildSchemaValidationError child)
            {
                foreach (var nested in child.Errors.Values)
                {
                    Flatten(nested, set);
                }

                continue;
            }

            set.Add(Key(Pointer(error.Path), Code(error.Kind)));
        }
    }

    private static string Code(ValidationErrorKind kind) => kind switch
    {
        ValidationErrorKind.StringExpected or ValidationErrorKind.ObjectExpected or ValidationErrorKind.ArrayExpected
            or ValidationErrorKind.NumberExpected or ValidationErrorKind.IntegerExpected or ValidationErrorKind.BooleanExpected
            or ValidationErrorKind.NullExpected => DiagnosticCodes.WrongType,
        ValidationErrorKind.PatternMismatch => DiagnosticCodes.PatternMismatch,
        ValidationErrorKind.EmailExpected => DiagnosticCodes.InvalidEmail,
        ValidationErrorKind.UriExpected => DiagnosticCodes.InvalidUri,
        _ => $"NJsonSchema:{kind}",
    };

    /// <summary>NJsonSchema's paths (<c>#/work[0].startDate</c>) as JSON Pointers (<c>/work/0/startDate</c>).</summary>
    public static string Pointer(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "#" || path == "#/")
        {
            return "";
        }

        var rest = path.StartsWith("#/", StringComparison.Ordinal) ? path[2..] : path;
        var tokens = new List<string>();
        foreach (var part in rest.Split('.'))
        {
            var bracket = part.IndexOf('[', StringComparison.Ordinal);
            tokens.Add(bracket < 0 ? part : part[..bracket]);
            for (var i = bracket; i >= 0; i = part.IndexOf('[', i + 1))
            {
                tokens.Add(part[(i + 1)..part.IndexOf(']', i)]);
            }
        }

        return string.Concat(tokens.Where(t => t.Length > 0).Select(t => "/" + JsonPointer.Escape(t)));
    }

    private static string Shorten(string json) => json.Length <= 2000 ? json : json[..2000] + "…";
}
