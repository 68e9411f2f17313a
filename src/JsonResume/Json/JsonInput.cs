using System.Text;
using System.Text.Json;
using JsonResume.Diagnostics;

namespace JsonResume.Json;

/// <summary>
/// Turns raw input bytes into a parsed <see cref="JsonDocument"/>, or into a diagnostic that says exactly what is
/// wrong and where: empty input, a wrong encoding, broken syntax, too deep nesting. Never throws on bad input.
/// </summary>
internal static class JsonInput
{
    /// <summary>How deep objects and arrays may nest; real résumés need fewer than ten levels (the library's one limit).</summary>
    public const int MaxDepth = Limits.MaxDepth;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Normalises input to UTF-8 without a byte order mark. UTF-16 and UTF-32 with a byte order mark are transcoded.</summary>
    /// <param name="input">The raw bytes.</param>
    /// <param name="utf8">The UTF-8 text, when the input could be decoded.</param>
    /// <param name="diagnostic">What is wrong, when it could not.</param>
    /// <returns>Whether the input is text.</returns>
    public static bool TryGetUtf8(ReadOnlyMemory<byte> input, out ReadOnlyMemory<byte> utf8, out Diagnostic? diagnostic)
    {
        var span = input.Span;
        if (span.Length > Limits.MaxInputBytes)
        {
            utf8 = default;
            diagnostic = new Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.TooLarge,
                $"The input is {span.Length:N0} bytes; the largest input read is {Limits.MaxInputBytes:N0} bytes.")
            {
                Hint = "A résumé is a few kilobytes: check that this is the right file.",
            }.At(new TextPosition(1, 1));
            return false;
        }

        Encoding? transcode = span switch
        {
            [0xFF, 0xFE, 0x00, 0x00, ..] => new UTF32Encoding(bigEndian: false, byteOrderMark: true, throwOnInvalidCharacters: true),
            [0x00, 0x00, 0xFE, 0xFF, ..] => new UTF32Encoding(bigEndian: true, byteOrderMark: true, throwOnInvalidCharacters: true),
            [0xFF, 0xFE, ..] => new UnicodeEncoding(bigEndian: false, byteOrderMark: true, throwOnInvalidBytes: true),
            [0xFE, 0xFF, ..] => new UnicodeEncoding(bigEndian: true, byteOrderMark: true, throwOnInvalidBytes: true),
            _ => null,
        };
        try
        {
            if (transcode is not null)
            {
                var text = transcode.GetString(span[transcode.Preamble.Length..]);
                utf8 = Encoding.UTF8.GetBytes(text);
            }
            else
            {
                utf8 = span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? input[3..] : input;
                _ = StrictUtf8.GetCharCount(utf8.Span);
            }
        }
        catch (DecoderFallbackException ex)
        {
            utf8 = default;
            var offset = Math.Max(0, ex.Index);
            diagnostic = new Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.Encoding,
                transcode is null
                    ? $"The input is not UTF-8 text (invalid byte 0x{(ex.BytesUnknown is { Length: > 0 } b ? b[0] : 0):X2})."
                    : "The input has a byte order mark but is not valid text in that encoding.")
            {
                Hint = "Save the file as UTF-8.",
            }.At(transcode is null ? TextPosition.FromUtf8Offset(span, FirstInvalidUtf8(span, offset)) : new TextPosition(1, 1));
            return false;
        }

        // A NUL byte is never part of JSON text: UTF-16/32 without a byte order mark, or binary data.
        var nul = transcode is null ? span.IndexOf((byte)0) : -1;
        if (nul >= 0)
        {
            utf8 = default;
            var wide = nul < 4 && span.Length >= 4 && (span[0] == 0 || span[1] == 0);
            diagnostic = new Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.Encoding,
                wide
                    ? "The input looks like UTF-16 or UTF-32 text without a byte order mark, not UTF-8."
                    : "The input contains a NUL byte (0x00): binary data, not JSON text.")
            {
                Hint = "Save the file as UTF-8.",
            }.At(TextPosition.FromUtf8Offset(span, nul));
            return false;
        }

        diagnostic = null;
        return true;
    }

    /// <summary>Parses UTF-8 JSON text, reporting any failure as a diagnostic with its line and column.</summary>
    /// <param name="input">The raw bytes (any byte order mark allowed).</param>
    /// <param name="document">The parsed document; dispose it.</param>
    /// <param name="utf8">The UTF-8 text that was parsed (positions refer to it).</param>
    /// <param name="diagnostic">What is wrong, when parsing failed.</param>
    /// <returns>Whether the input is a JSON document.</returns>
    public static bool TryParse(ReadOnlyMemory<byte> input, out JsonDocument? document, out ReadOnlyMemory<byte> utf8, out Diagnostic? diagnostic) =>
        TryParse(input, out document, out utf8, out diagnostic, []);

    /// <summary>As <see cref="TryParse(ReadOnlyMemory{byte}, out JsonDocument?, out ReadOnlyMemory{byte}, out Diagnostic?)"/>,
    /// adding to <paramref name="findings"/> the errors that do not stop reading (lone surrogate escapes, read as U+FFFD).</summary>
    internal static bool TryParse(ReadOnlyMemory<byte> input, out JsonDocument? document, out ReadOnlyMemory<byte> utf8, out Diagnostic? diagnostic, List<Diagnostic> findings)
    {
        document = null;
        if (!TryDecode(input, out utf8, out diagnostic, findings))
        {
            return false;
        }

        try
        {
            document = JsonDocument.Parse(utf8, new JsonDocumentOptions { MaxDepth = MaxDepth });
            return true;
        }
        catch (JsonException ex)
        {
            diagnostic = SyntaxDiagnostic(utf8.Span, ex);
            return false;
        }
    }

    /// <summary>
    /// As <see cref="TryParse(ReadOnlyMemory{byte}, out JsonDocument?, out ReadOnlyMemory{byte}, out Diagnostic?, List{Diagnostic})"/>
    /// without building a document: the text is only checked (one pass of <see cref="Utf8JsonReader"/>, nothing kept),
    /// with the same diagnostic for the same mistake, so that a reader can then build what it needs straight from the text.
    /// </summary>
    internal static bool TryPrepare(ReadOnlyMemory<byte> input, out ReadOnlyMemory<byte> utf8, out Diagnostic? diagnostic, List<Diagnostic> findings)
    {
        if (!TryDecode(input, out utf8, out diagnostic, findings))
        {
            return false;
        }

        try
        {
            var reader = new Utf8JsonReader(utf8.Span, new JsonReaderOptions { MaxDepth = MaxDepth });
            while (reader.Read())
            {
                // JsonDocument.Parse reads the same way and throws the same exceptions.
            }

            return true;
        }
        catch (JsonException ex)
        {
            diagnostic = SyntaxDiagnostic(utf8.Span, ex);
            return false;
        }
    }

    /// <summary>The input as UTF-8 text that is not empty, with its lone surrogate escapes replaced (and reported).</summary>
    private static bool TryDecode(ReadOnlyMemory<byte> input, out ReadOnlyMemory<byte> utf8, out Diagnostic? diagnostic, List<Diagnostic> findings)
    {
        if (!TryGetUtf8(input, out utf8, out diagnostic))
        {
            return false;
        }

        if (utf8.Span.Trim(" \t\r\n"u8).IsEmpty)
        {
            diagnostic = new Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.EmptyDocument, "The input is empty; a résumé is a JSON object.")
            {
                Hint = "Start from `jsonresume init`, or write {} for an empty résumé.",
            }.At(new TextPosition(1, 1));
            return false;
        }

        utf8 = LoneSurrogates.Replace(utf8, findings);
        return true;
    }

    private static Diagnostic SyntaxDiagnostic(ReadOnlySpan<byte> utf8, JsonException ex)
    {
        var line = (int)(ex.LineNumber ?? 0);
        var bytesInLine = ex.BytePositionInLine ?? 0;
        var lineStart = 0;
        for (var l = 0; l < line && lineStart < utf8.Length; l++)
        {
            var next = utf8[lineStart..].IndexOf((byte)'\n');
            lineStart = next < 0 ? utf8.Length : lineStart + next + 1;
        }

        // The reader's column can pass the end of its line (a control character inside a string is reported after
        // it): the position is kept inside the line.
        var lineLength = utf8[Math.Min(lineStart, utf8.Length)..].IndexOfAny((byte)'\n', (byte)'\r');
        var lineEnd = lineLength < 0 ? utf8.Length : lineStart + lineLength;
        var offset = Math.Min(lineStart + bytesInLine, lineEnd);
        var tooDeep = ex.Message.Contains("maximum configured depth", StringComparison.OrdinalIgnoreCase);
        if (ex.Message.Contains("trailing comma", StringComparison.OrdinalIgnoreCase))
        {
            // The reader stops at the closing bracket; the mistake is the comma before it.
            var before = utf8[..(int)Math.Min(offset, utf8.Length)].TrimEnd(" \t\r\n"u8);
            offset = before is [.., (byte)','] ? before.Length - 1 : offset;
        }

        var position = TextPosition.FromUtf8Offset(utf8, offset);
        var message = ReaderMessage(ex.Message);

        return new Diagnostic(DiagnosticSeverity.Error, tooDeep ? DiagnosticCodes.TooDeep : DiagnosticCodes.JsonSyntax,
            tooDeep ? $"The document nests deeper than {MaxDepth} levels." : $"Invalid JSON: {message.TrimEnd('.')}.")
        {
            Hint = tooDeep ? null : "Check for a missing comma or quote, a trailing comma, or a comment before this point.",
        }.At(position);
    }

    /// <summary>The reader's message without its own position (we give line:column) and its advice about reader options.</summary>
    private static string ReaderMessage(string message)
    {
        foreach (var marker in (ReadOnlySpan<string>)[" Path:", " LineNumber:"])
        {
            var cut = message.IndexOf(marker, StringComparison.Ordinal);
            if (cut > 0)
            {
                message = message[..cut];
            }
        }

        if (message.StartsWith("Expected depth to be zero at the end of the JSON payload", StringComparison.Ordinal))
        {
            return "The document ends too early: an object or array is not closed.";
        }

        return message
            .Replace(" which is not supported in this mode. Change the reader options.", ".", StringComparison.Ordinal)
            .Replace(" Change the reader options.", "", StringComparison.Ordinal)
            .Trim();
    }

    private static long FirstInvalidUtf8(ReadOnlySpan<byte> span, long hint)
    {
        var status = System.Text.Unicode.Utf8.ToUtf16(span, new char[span.Length], out var read, out _, replaceInvalidSequences: false);
        return status == System.Buffers.OperationStatus.Done ? hint : read;
    }
}
