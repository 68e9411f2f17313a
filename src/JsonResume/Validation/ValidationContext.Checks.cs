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
            found = CompactFound(source.Span[(int)offset..(int)reader.BytesConsumed]);
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

    /// <summary>
    /// An object or array as it is quoted in a message: its JSON with the white space outside strings dropped (a space
    /// after each comma and colon), cut at <see cref="MaxFoundLength"/> characters. Only the bytes that reach the cut
    /// are decoded, so a large value costs no more than a small one.
    /// </summary>
    private static string CompactFound(ReadOnlySpan<byte> utf8)
    {
        const int BytesPerStep = 96; // at most one UTF-16 character per byte, plus what a split sequence held back
        var decoder = Encoding.UTF8.GetDecoder();
        Span<char> chunk = stackalloc char[BytesPerStep + 8];
        Span<char> text = stackalloc char[MaxFoundLength + 2];
        var length = 0;
        var inString = false;
        var escaped = false;
        while (true)
        {
            var take = Math.Min(utf8.Length, BytesPerStep);
            var last = take == utf8.Length;
            decoder.Convert(utf8[..take], chunk, last, out var used, out var written, out _);
            utf8 = utf8[used..];
            foreach (var c in chunk[..written])
            {
                if (inString)
                {
                    inString = escaped || c != '"';
                    escaped = !escaped && c == '\\';
                    text[length++] = c;
                }
                else if (!char.IsWhiteSpace(c))
                {
                    inString = c == '"';
                    text[length++] = c;
                    if (c is ',' or ':' && length <= MaxFoundLength)
                    {
                        text[length++] = ' ';
                    }
                }

                if (length > MaxFoundLength)
                {
                    return string.Concat(text[..MaxFoundLength], "…");
                }
            }

            if (last)
            {
                return new string(text[..length]);
            }
        }
    }
}
