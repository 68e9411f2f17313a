using System.Text;
using System.Text.Json;
using JsonResume.Diagnostics;

namespace JsonResume.Validation;

/// <summary>The schema checks behind <see cref="ValidationContext"/>: wrong types, patterns and formats.</summary>
internal sealed partial class ValidationContext
{
    private const int MaxFoundLength = 60;

    private void CheckText(ReadOnlySpan<char> text, long offset, StringRule rule, ref DateValue date)
    {
        var semantics = rule.Semantics;
        var matches = rule.Pattern is null || rule.Pattern(text);
        if (!matches)
        {
            var found = Quote(text);
            Report(new Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.PatternMismatch, $"{found} is not {rule.Expected}")
            {
                SchemaLocation = rule.Location,
                Found = found,
                Hint = (semantics & StringSemantics.Date) != 0 ? SemanticChecks.DateHint(text, Pointer()) : $"Write a value that matches {rule.PatternText}.",
            }, offset);
        }

        if ((semantics & StringSemantics.Date) != 0)
        {
            SemanticChecks.RealDate(this, text, offset, rule, matches, ref date);
        }

        if (rule.Format == StringFormat.Email && !FormatChecks.IsEmail(text))
        {
            var found = Quote(text);
            Report(new Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.InvalidEmail, $"{found} is not an email address")
            {
                SchemaLocation = rule.Location,
                Found = found,
                Hint = text.IsWhiteSpace() ? "Leave the property out when there is no address." : "Write the address as name@example.com, without spaces or a \"mailto:\" prefix.",
            }, offset);
        }
        else if (rule.Format == StringFormat.Uri && !FormatChecks.IsUri(text))
        {
            var found = Quote(text);
            Report(new Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.InvalidUri, $"{found} is not an absolute URI")
            {
                SchemaLocation = rule.Location,
                Found = found,
                Hint = SemanticChecks.UrlHint(text),
            }, offset);
        }

        if ((semantics & StringSemantics.NotEmpty) != 0 && text.IsWhiteSpace())
        {
            SemanticChecks.Empty(this, text, offset, rule);
        }

        if ((semantics & StringSemantics.UrlScheme) != 0)
        {
            SemanticChecks.UrlScheme(this, text, offset);
        }

        if ((semantics & StringSemantics.SchemaVersion) != 0)
        {
            SemanticChecks.SchemaVersion(this, text, offset);
        }
    }

    /// <summary>Reports a value of the wrong type and skips it.</summary>
    /// <param name="reader">The reader, on the value's first token.</param>
    /// <param name="expected">What the schema asks for: "a string", "an object"…</param>
    /// <param name="location">The schema location.</param>
    public void WrongType(ref Utf8JsonReader reader, string expected, string location)
    {
        var offset = reader.TokenStartIndex;
        var kind = reader.TokenType switch
        {
            JsonTokenType.StartObject => "an object",
            JsonTokenType.StartArray => "an array",
            JsonTokenType.String => "a string",
            JsonTokenType.Number => "a number",
            JsonTokenType.True or JsonTokenType.False => "a boolean",
            _ => "null",
        };
        string found;
        if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
        {
            reader.Skip();
            found = Truncate(Compact(Encoding.UTF8.GetString(source.Span[(int)offset..(int)reader.BytesConsumed])));
        }
        else
        {
            found = reader.TokenType == JsonTokenType.String ? Quote(reader.GetString()) : Encoding.UTF8.GetString(reader.ValueSpan);
            found = reader.TokenType switch
            {
                JsonTokenType.Null => "null",
                JsonTokenType.True => "true",
                JsonTokenType.False => "false",
                _ => found,
            };
        }

        Report(new Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.WrongType, $"expected {expected}, found {kind}")
        {
            SchemaLocation = location,
            Found = found,
            Hint = reader.TokenType == JsonTokenType.Null
                ? "Leave the property out instead of writing null."
                : $"Write {expected} here, as the JSON Resume schema says.",
        }, offset);
    }

    /// <summary>A string as JSON text, truncated for messages.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The quoted text.</returns>
    public static string Quote(ReadOnlySpan<char> text)
    {
        var sb = new StringBuilder(Math.Min(text.Length, MaxFoundLength) + 4).Append('"');
        var count = 0;
        foreach (var c in text)
        {
            if (++count > MaxFoundLength)
            {
                sb.Append('…');
                break;
            }

            _ = c switch
            {
                '"' => sb.Append("\\\""),
                '\\' => sb.Append("\\\\"),
                '\n' => sb.Append("\\n"),
                '\r' => sb.Append("\\r"),
                '\t' => sb.Append("\\t"),
                < ' ' => sb.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture)),
                _ => sb.Append(c),
            };
        }

        return sb.Append('"').ToString();
    }

    private static string Compact(string json)
    {
        var sb = new StringBuilder(json.Length);
        var inString = false;
        var escaped = false;
        foreach (var c in json)
        {
            if (inString)
            {
                inString = escaped || c != '"';
                escaped = !escaped && c == '\\';
                sb.Append(c);
            }
            else if (!char.IsWhiteSpace(c))
            {
                inString = c == '"';
                sb.Append(c).Append(c is ',' or ':' ? " " : "");
            }
        }

        return sb.ToString();
    }

    private static string Truncate(string text) => text.Length <= MaxFoundLength ? text : string.Concat(text.AsSpan(0, MaxFoundLength), "…");
}
