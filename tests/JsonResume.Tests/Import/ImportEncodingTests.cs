using System.Text;
using JsonResume.Diagnostics;
using JsonResume.Import;
using JsonResume.Json;
using JsonResume.Render;

namespace JsonResume.Tests.Import;

/// <summary>
/// The importer's bytes and stream overloads decode the document themselves: byte order marks for UTF-8, UTF-16 and
/// UTF-32 (both byte orders), BOM-less UTF-8, Windows-1252 when the bytes are not UTF-8; bytes that are not text are
/// refused with JR0011. The fixtures are built here from a fictional résumé.
/// </summary>
public sealed class ImportEncodingTests
{
    private const string Document = "# Zoë Quiñones-Brandt\n\nSenior Designer – Café Ølberg\n\n## Skills\n\n- Typography, Lettering\n";

    public static TheoryData<string> Encodings() => ["utf-8", "utf-8-bom", "utf-16le", "utf-16be", "utf-32le", "utf-32be"];

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Every_unicode_encoding_reads_as_the_text_itself(string encoding)
    {
        var expected = ResumeImporter.Import(Document);
        var result = ResumeImporter.Import(Encode(Document, encoding));
        Assert.False(result.IsRefused);
        Assert.Equal("Zoë Quiñones-Brandt", result.Resume.Basics?.Name);
        Assert.Equal(ResumeJson.Write(expected.Resume), ResumeJson.Write(result.Resume));
        Assert.Equal(Shape(expected.Lines), Shape(result.Lines));
    }

    [Fact]
    public void A_utf32_little_endian_mark_is_not_taken_for_utf16()
    {
        // FF FE 00 00: UTF-16 LE would read a NUL character first and then every other character wrong.
        var bytes = Encode("# Ada\n", "utf-32le");
        Assert.Equal([0xFF, 0xFE, 0x00, 0x00], bytes[..4]);
        var result = ResumeImporter.Import(bytes);
        Assert.False(result.IsRefused);
        Assert.Equal("Ada", result.Resume.Basics?.Name);
    }

    [Fact]
    public void Bytes_that_are_not_utf8_are_read_as_windows_1252()
    {
        // ë (EB), ñ (F1), – (96, the en dash of Windows-1252), Ø (D8): not valid UTF-8.
        var bytes = Encoding.Latin1.GetBytes(Document.Replace('–', '\u0096'));
        Assert.Equal(0x96, bytes[Document.IndexOf('–', StringComparison.Ordinal)]);
        var result = ResumeImporter.Import(bytes);
        Assert.False(result.IsRefused);
        Assert.Equal(ResumeJson.Write(ResumeImporter.Import(Document).Resume), ResumeJson.Write(result.Resume));
    }

    [Fact]
    public void Line_breaks_and_form_feeds_keep_the_line_structure()
    {
        var text = "Jane Roe\r\nEmail: jane@example.com\r\n\f\r\nSKILLS\r\n\r\nCooking\r\n";
        var fromBytes = ResumeImporter.Import(Encoding.UTF8.GetBytes(text));
        var fromText = ResumeImporter.Import(text);
        Assert.Equal(Shape(fromText.Lines), Shape(fromBytes.Lines));
        Assert.Equal(7, fromBytes.Lines.Count);
        Assert.Equal(ResumeJson.Write(fromText.Resume), ResumeJson.Write(fromBytes.Resume));
    }

    [Fact]
    public void A_stream_reads_as_its_bytes()
    {
        var bytes = Encode(Document, "utf-16le");
        using var stream = new MemoryStream(bytes);
        Assert.Equal(ResumeJson.Write(ResumeImporter.Import(bytes).Resume), ResumeJson.Write(ResumeImporter.Import(stream).Resume));
    }

    [Theory]
    [InlineData(new byte[] { 0x23, 0x20, 0x41, 0x00, 0x0A })]
    [InlineData(new byte[] { 0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x03, 0x41, 0x0A })]
    [InlineData(new byte[] { 0x41, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x0E, 0x42 })]
    public void Binary_input_is_refused_with_no_resume(byte[] bytes)
    {
        var result = ResumeImporter.Import(bytes);
        Assert.True(result.IsRefused);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.NotText, error.Code);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Equal("{}\n", ResumeJson.Write(result.Resume));
        Assert.Null(ResumeImporter.ReadMarkdown(bytes).Resume);
    }

    [Fact]
    public void A_few_control_characters_in_text_are_not_binary()
    {
        var text = "# Jane Roe\n\nDesigner \u001b at the Example Studio, working on print and screen since 2015.\n";
        Assert.False(ResumeImporter.Import(Encoding.UTF8.GetBytes(text)).IsRefused);
    }

    [Fact]
    public void Json_is_read_as_json_resume_and_validated()
    {
        const string json = "{ \"basics\": { \"name\": \"Jane Roe\", \"email\": \"not an email\" }, \"x-extra\": 1 }";
        var result = ResumeImporter.Import(Encode(json, "utf-16be"));
        Assert.Equal(ImportFormat.Json, result.Format);
        Assert.False(result.IsRefused);
        Assert.Equal("Jane Roe", result.Resume.Basics?.Name);
        Assert.Equal("not an email", result.Resume.Basics?.Email);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.InvalidEmail);
        Assert.Equal(ResumeJson.Write(ResumeJson.Read(json).Resume!), ResumeJson.Write(result.Resume));
        Assert.Equal(ImportFormat.Json, ResumeImporter.Import(json, new ImportOptions { Format = ImportFormat.Json }).Format);
    }

    [Fact]
    public void Json_that_holds_no_resume_is_refused()
    {
        var result = ResumeImporter.Import("{ \"basics\": ", new ImportOptions { Format = ImportFormat.Json });
        Assert.True(result.IsRefused);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.JsonSyntax);
    }

    [Fact]
    public void The_own_format_readers_take_bytes_and_streams_too()
    {
        var resume = ResumeImporter.Import(Document).Resume;
        var markdown = ResumeRenderer.ToMarkdown(resume);
        var text = ResumeRenderer.ToText(resume);
        Assert.Equal(ResumeJson.Write(ResumeImporter.ReadMarkdown(markdown).Resume!), ResumeJson.Write(ResumeImporter.ReadMarkdown(Encode(markdown, "utf-32be")).Resume!));
        using var stream = new MemoryStream(Encode(text, "utf-8-bom"));
        Assert.Equal(ResumeJson.Write(ResumeImporter.ReadText(text).Resume!), ResumeJson.Write(ResumeImporter.ReadText(stream).Resume!));
    }

    private static string[] Shape(IReadOnlyList<LineReport> lines) =>
        [.. lines.Select(l => $"{l.Line} {l.Disposition} {string.Join(',', l.Pointers)} {l.Reason}")];

    /// <summary>The text in an encoding, with its byte order mark where the name says so (UTF-16 and UTF-32 always have one).</summary>
    internal static byte[] Encode(string text, string encoding) => encoding switch
    {
        "utf-8" => Encoding.UTF8.GetBytes(text),
        "utf-8-bom" => [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(text)],
        "utf-16le" => [.. Encoding.Unicode.Preamble, .. Encoding.Unicode.GetBytes(text)],
        "utf-16be" => [.. Encoding.BigEndianUnicode.Preamble, .. Encoding.BigEndianUnicode.GetBytes(text)],
        "utf-32le" => [.. Encoding.UTF32.Preamble, .. Encoding.UTF32.GetBytes(text)],
        "utf-32be" => [.. new UTF32Encoding(true, true).Preamble, .. new UTF32Encoding(true, true).GetBytes(text)],
        _ => throw new ArgumentOutOfRangeException(nameof(encoding), encoding, "Unknown encoding."),
    };
}
