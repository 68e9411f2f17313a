using System.Globalization;
using System.Text.Json;
using JsonResume.Diagnostics;
using JsonResume.Model;

namespace JsonResume.Validation;

/// <summary>
/// Checks beyond the schema, for mistakes common in real résumés: dates that cannot exist, entries that end before
/// they start, empty strings, URLs without a scheme, another schema version, old 0.0.x property names.
/// Warnings by default, errors with <see cref="ValidationOptions.Strict"/>. The generated validator calls them.
/// </summary>
internal static partial class SemanticChecks
{
    /// <summary>JR1003: a date of the right shape (matching the pattern, or at least digits in the YYYY-MM-DD layout)
    /// that cannot exist: month 13, 30 February, month 00.</summary>
    /// <param name="context">The run.</param>
    /// <param name="text">The value.</param>
    /// <param name="offset">Its byte offset.</param>
    /// <param name="rule">Its rule.</param>
    /// <param name="matchesPattern">Whether the value matched the schema's pattern.</param>
    /// <param name="date">Set to the date when it matched and is real.</param>
    public static void RealDate(ValidationContext context, ReadOnlySpan<char> text, long offset, StringRule rule, bool matchesPattern, ref DateValue date)
    {
        if (PartialDate.TryParse(text, out var parsed))
        {
            if (matchesPattern)
            {
                date = new DateValue(parsed, offset);
            }

            return;
        }

        var why = matchesPattern || HasDateShape(text) ? WhyNotReal(text) : null;
        if (why is null)
        {
            return;
        }

        var found = ValidationContext.Quote(text);
        context.Report(new Diagnostic(context.SemanticSeverity, DiagnosticCodes.ImpossibleDate, $"{found} is not a real date ({why})")
        {
            SchemaLocation = rule.Location,
            Found = found,
            Hint = "Use a month from 01 to 12 and a day that exists in that month (YYYY-MM-DD).",
        }, offset);
    }

    /// <summary>What to do about a value that is not a date.</summary>
    /// <param name="text">The value.</param>
    /// <param name="pointer">Where it is.</param>
    /// <returns>A hint.</returns>
    public static string DateHint(ReadOnlySpan<char> text, string pointer)
    {
        const string Form = "Write the date as YYYY, YYYY-MM or YYYY-MM-DD (2014, 2014-06, 2014-06-29).";
        return pointer.EndsWith("/endDate", StringComparison.Ordinal) && !text.ContainsAnyInRange('0', '9')
            ? "Leave endDate out while it continues; otherwise " + char.ToLowerInvariant(Form[0]) + Form[1..]
            : Form;
    }

    private static bool HasDateShape(ReadOnlySpan<char> text)
    {
        if (text.Length is not (4 or 7 or 10))
        {
            return false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            if (i is 4 or 7 ? text[i] != '-' : !char.IsAsciiDigit(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static string? WhyNotReal(ReadOnlySpan<char> text)
    {
        if (text.Length > 0 && text[^1] == '\n')
        {
            return "it ends with a line break";
        }

        if (!HasDateShape(text))
        {
            return null;
        }

        var year = int.Parse(text[..4], NumberStyles.None, CultureInfo.InvariantCulture);
        var month = text.Length >= 7 ? int.Parse(text.Slice(5, 2), NumberStyles.None, CultureInfo.InvariantCulture) : 1;
        if (month is < 1 or > 12)
        {
            return $"month {text.Slice(5, 2)}";
        }

        var day = text.Length == 10 ? int.Parse(text.Slice(8, 2), NumberStyles.None, CultureInfo.InvariantCulture) : 1;
        if (year is < 1 or > 9999)
        {
            return null;
        }

        var days = DateTime.DaysInMonth(year, month);
        return day < 1 ? $"day {text.Slice(8, 2)}"
            : day > days ? $"{CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month)} {year} has {days} days"
            : null;
    }

    /// <summary>JR2001: the end date is before the start date (the end's last possible day is before the start's first).</summary>
    /// <param name="context">The run, at the entry.</param>
    /// <param name="start">The start date seen.</param>
    /// <param name="end">The end date seen.</param>
    /// <param name="startName">The start property.</param>
    /// <param name="endName">The end property.</param>
    public static void DateOrder(ValidationContext context, in DateValue start, in DateValue end, string startName, string endName)
    {
        if (!start.HasValue || !end.HasValue || end.Date.ToLastDay() >= start.Date.ToFirstDay())
        {
            return;
        }

        context.Report(new Diagnostic(context.SemanticSeverity, DiagnosticCodes.EndBeforeStart,
            $"{endName} \"{end.Date}\" is before {startName} \"{start.Date}\"")
        {
            Found = $"\"{end.Date}\"",
            Hint = $"Check both dates; swap them if they were entered the wrong way round.",
        }, end.Offset, endName);
    }

    /// <summary>JR2002: an empty string where a value of a given form is expected.</summary>
    /// <param name="context">The run.</param>
    /// <param name="text">The value (empty or white space).</param>
    /// <param name="offset">Its byte offset.</param>
    /// <param name="rule">Its rule.</param>
    public static void Empty(ValidationContext context, ReadOnlySpan<char> text, long offset, StringRule rule)
    {
        var pointer = context.Pointer();
        var ongoing = pointer.EndsWith("/endDate", StringComparison.Ordinal);
        context.Report(new Diagnostic(context.SemanticSeverity, DiagnosticCodes.EmptyValue,
            $"{(text.IsEmpty ? "empty string" : "blank string")} where {rule.Expected} is expected")
        {
            SchemaLocation = rule.Location,
            Found = ValidationContext.Quote(text),
            Hint = ongoing
                ? "Leave endDate out while it continues; an empty string is not a date."
                : "Leave the property out when there is no value.",
        }, offset);
    }

    /// <summary>JR2003: a URL without a scheme, which readers take as a relative path.</summary>
    /// <param name="context">The run.</param>
    /// <param name="text">The value.</param>
    /// <param name="offset">Its byte offset.</param>
    public static void UrlScheme(ValidationContext context, ReadOnlySpan<char> text, long offset)
    {
        if (text.IsWhiteSpace() || HasScheme(text))
        {
            return;
        }

        var found = ValidationContext.Quote(text);
        context.Report(new Diagnostic(context.SemanticSeverity, DiagnosticCodes.UrlWithoutScheme, $"{found} has no scheme such as https://")
        {
            Found = found,
            Hint = UrlHint(text),
        }, offset);
    }

    /// <summary>What to do about a URL that is not absolute.</summary>
    /// <param name="text">The value.</param>
    /// <returns>A hint.</returns>
    public static string UrlHint(ReadOnlySpan<char> text)
    {
        var trimmed = text.Trim();
        if (trimmed.IsEmpty)
        {
            return "Leave the property out when there is no address.";
        }

        foreach (var scheme in (ReadOnlySpan<string>)["https", "http"])
        {
            // A mistyped scheme ("http//host", "https:/host"): mend it rather than prefix another one.
            if (trimmed.StartsWith(scheme, StringComparison.OrdinalIgnoreCase) && trimmed.Length > scheme.Length &&
                trimmed[scheme.Length] is '/' or ':' && !trimmed[scheme.Length..].StartsWith("://", StringComparison.Ordinal))
            {
                return $"Write the full address: \"{scheme}://{trimmed[scheme.Length..].TrimStart(":/")}\".";
            }
        }

        return !HasScheme(trimmed) && trimmed.IndexOfAny(" /\\") != 0 && trimmed.IndexOf(' ') < 0
            ? $"Write the full address: \"https://{trimmed.TrimStart('/')}\"."
            : "Write a full address with its scheme, such as https://example.com/page.";
    }

    private static bool HasScheme(ReadOnlySpan<char> text)
    {
        var colon = text.IndexOf(':');
        if (colon < 1 || !char.IsAsciiLetter(text[0]))
        {
            return false;
        }

        foreach (var c in text[..colon])
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('+' or '-' or '.'))
            {
                return false;
            }
        }

        // "localhost:8080/x" or "example.com:443" name a host and port, not a scheme.
        var rest = text[(colon + 1)..];
        return !(rest.Length > 0 && char.IsAsciiDigit(rest[0]) && text[..colon].Contains('.'));
    }

    /// <summary>JR2004: <c>$schema</c> names another JSON Resume version than the bundled schema.</summary>
    /// <param name="context">The run.</param>
    /// <param name="text">The value of <c>$schema</c>.</param>
    /// <param name="offset">Its byte offset.</param>
    public static void SchemaVersion(ValidationContext context, ReadOnlySpan<char> text, long offset)
    {
        if (!text.Contains("resume", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var named = VersionIn(text);
        var bundled = Json.BundledSchema.Version;
        if (named.IsEmpty || named.SequenceEqual(bundled))
        {
            return;
        }

        context.Report(new Diagnostic(context.SemanticSeverity, DiagnosticCodes.OtherSchemaVersion,
            $"$schema names JSON Resume {named}; this validator checks against JSON Resume {bundled}")
        {
            Found = ValidationContext.Quote(text),
            Hint = $"Migrate the document (ResumeMigrator.Migrate) to update the document, then set $schema to {SchemaValidator.SchemaId}.",
        }, offset);
    }

    // The first MAJOR.MINOR.PATCH in the text that is not part of a longer dotted number (an IP address, say).
    private static ReadOnlySpan<char> VersionIn(ReadOnlySpan<char> text)
    {
        for (var start = 0; start < text.Length; start++)
        {
            if (!char.IsAsciiDigit(text[start]) || (start > 0 && (char.IsAsciiDigit(text[start - 1]) || text[start - 1] == '.')))
            {
                continue;
            }

            var end = start;
            var parts = 0;
            while (true)
            {
                var digits = end;
                while (end < text.Length && char.IsAsciiDigit(text[end]))
                {
                    end++;
                }

                if (end == digits)
                {
                    break;
                }

                parts++;
                if (end < text.Length - 1 && text[end] == '.' && char.IsAsciiDigit(text[end + 1]))
                {
                    end++;
                    continue;
                }

                break;
            }

            if (parts == 3)
            {
                return text[start..end];
            }
        }

        return default;
    }
}
