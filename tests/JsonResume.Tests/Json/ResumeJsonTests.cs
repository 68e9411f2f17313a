using System.Text;
using System.Text.Json;
using JsonResume.Diagnostics;
using JsonResume.Json;
using JsonResume.Model;
using JsonResume.Tests.Support;

namespace JsonResume.Tests.Json;

/// <summary>ResumeJson.Read/Write behaviour with exact expectations: layout, encodings, every input diagnostic and its position.</summary>
public sealed class ResumeJsonTests
{
    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static Diagnostic Single(ReadResult result, string code)
    {
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(code, diagnostic.Code);
        return diagnostic;
    }

    [Fact]
    public void Writes_only_what_is_present_with_two_space_indent_LF_and_a_final_newline()
    {
        var resume = new Resume { Basics = new Basics { Name = "Zoë", Profiles = [] }, Work = [new Work { Highlights = ["a"] }] };

        var json = ResumeJson.Write(resume);

        Assert.Equal("{\n  \"basics\": {\n    \"name\": \"Zoë\",\n    \"profiles\": []\n  },\n  \"work\": [\n    {\n      \"highlights\": [\n        \"a\"\n      ]\n    }\n  ]\n}\n", json);
        Assert.Equal("{}\n", ResumeJson.Write(new Resume()));
    }

    [Fact]
    public void Every_sink_gets_the_same_UTF8_bytes_without_a_byte_order_mark()
    {
        var resume = ResumeJson.Read("""{"basics": {"name": "Zoë \uD83D\uDE00"}, "x": [1, {"y": null}]}""").Resume!;
        using var stream = new MemoryStream();

        ResumeJson.Write(resume, stream);
        var bytes = ResumeJson.WriteUtf8(resume);

        Assert.Equal(bytes, stream.ToArray());
        Assert.Equal(bytes, Utf8(ResumeJson.Write(resume)));
        Assert.False(bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]));
        Assert.DoesNotContain((byte)'\r', bytes);
        Assert.True(bytes.AsSpan().EndsWith("}\n"u8) && !bytes.AsSpan().EndsWith("\n\n"u8));
    }

    [Fact]
    public void Text_is_written_readably_and_unknown_values_as_they_were()
    {
        var input = """{"basics": {"summary": "José <b>&amp;</b> 'q' \"d\" + שלום e\u0301\u0001"}, "x": {"n": [1.50, -0, 1E+2, 12345678901234567890]}}""";

        var json = ResumeJson.Write(ResumeJson.Read(input).Resume!);

        Assert.Contains("\"summary\": \"José <b>&amp;</b> 'q' \\\"d\\\" + שלום e\u0301\\u0001\"", json);
        Assert.Contains("1.50", json);
        Assert.Contains("-0,", json);
        Assert.Contains("1E+2", json);
        Assert.Contains("12345678901234567890", json);
    }

    public static TheoryData<string> Encodings => new() { "utf-8-bom", "utf-16le", "utf-16be", "utf-32le", "utf-32be" };

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Byte_order_marks_are_tolerated(string encoding)
    {
        const string json = """{"basics": {"name": "Zoë \uD83D\uDE00 שלום"}}""";
        var bytes = encoding switch
        {
            "utf-8-bom" => [0xEF, 0xBB, 0xBF, .. Utf8(json)],
            "utf-16le" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(json)],
            "utf-16be" => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(json)],
            "utf-32le" => [.. Encoding.UTF32.GetPreamble(), .. Encoding.UTF32.GetBytes(json)],
            _ => (byte[])[.. new UTF32Encoding(bigEndian: true, byteOrderMark: true).GetPreamble(), .. new UTF32Encoding(bigEndian: true, byteOrderMark: true).GetBytes(json)],
        };

        var result = ResumeJson.Read(bytes);

        Assert.Empty(result.Diagnostics);
        Assert.Equal("Zoë \uD83D\uDE00 שלום", result.Resume!.Basics!.Name);
    }

    [Theory]
    [InlineData("{\n  \"basics\": {\n    \"name\": \"A\",\n  }\n}", 3, 16)]
    [InlineData("{\"a\": [1, 2 , ]}", 1, 13)]
    [InlineData("{\r\n  \"a\": 1,\r\n}", 2, 9)]
    [InlineData("{\n  \"a\": 1\n  \"b\": 2\n}", 3, 3)]
    [InlineData("{\"name\": \"José\" x}", 1, 17)]
    [InlineData("{\"a\": \"abc", 1, 11)]
    [InlineData("{\n// comment\n\"a\": 1}", 2, 1)]
    [InlineData("{'a': 1}", 1, 2)]
    [InlineData("{\"a\": 1} x", 1, 10)]
    [InlineData("{\"a\": tru}", 1, 10)]
    public void Syntax_errors_are_JR0001_at_the_offending_character(string json, int line, int column)
    {
        var result = ResumeJson.Read(json);

        var diagnostic = Single(result, DiagnosticCodes.JsonSyntax);
        Assert.Null(result.Resume);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal((line, column), (diagnostic.Line, diagnostic.Column));
        Assert.DoesNotContain("LineNumber", diagnostic.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("reader options", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("20")]
    [InlineData("200A09")]
    [InlineData("EFBBBF")]
    [InlineData("EFBBBF0A")]
    [InlineData("FFFE")]
    public void Empty_input_is_JR0002(string hex)
    {
        var result = ResumeJson.Read(Convert.FromHexString(hex));

        var diagnostic = Single(result, DiagnosticCodes.EmptyDocument);
        Assert.Null(result.Resume);
        Assert.Equal((1, 1), (diagnostic.Line, diagnostic.Column));
    }

    [Theory]
    [InlineData("{\"name\": \"", "C328", "\"}", 1, 11)]
    [InlineData("{\n  \"néme\": \"", "FF", "\"}", 2, 12)]
    [InlineData("{\"a\": \"é", "C0AF", "\"}", 1, 9)]
    [InlineData("{\"a\": \"", "EDA080", "\"}", 1, 8)]
    [InlineData("{\"a\": \"x\"}", "E282", "", 1, 11)]
    public void Invalid_UTF8_is_JR0003_at_the_first_bad_byte(string before, string hex, string after, int line, int column)
    {
        var result = ResumeJson.Read((byte[])[.. Utf8(before), .. Convert.FromHexString(hex), .. Utf8(after)]);

        var diagnostic = Single(result, DiagnosticCodes.Encoding);
        Assert.Null(result.Resume);
        Assert.Equal((line, column), (diagnostic.Line, diagnostic.Column));
    }

    [Fact]
    public void Invalid_UTF16_after_a_byte_order_mark_is_JR0003()
    {
        var result = ResumeJson.Read(Convert.FromHexString("FFFE7B0000D87D00"));

        Single(result, DiagnosticCodes.Encoding);
        Assert.Null(result.Resume);
    }

    [Theory]
    [InlineData(10_000, false)]
    [InlineData(10_000, true)]
    [InlineData(257, true)]
    public void Deep_nesting_is_JR0004_without_a_crash(int depth, bool closed)
    {
        var json = new string('[', depth) + (closed ? new string(']', depth) : "");

        var result = ResumeJson.Read(json);

        var diagnostic = Single(result, DiagnosticCodes.TooDeep);
        Assert.Null(result.Resume);
        Assert.Equal((1, JsonInput.MaxDepth + 1), (diagnostic.Line, diagnostic.Column));
    }

    [Fact]
    public void Nesting_within_the_limit_is_kept_and_written_back()
    {
        var json = "{\"x\": " + new string('[', 250) + "1" + new string(']', 250) + "}";

        var result = ResumeJson.Read(json);

        Assert.Empty(result.Diagnostics);
        JsonAssert.Equivalent(json, ResumeJson.Write(result.Resume!));
    }

    [Theory]
    [InlineData("[]", "an array")]
    [InlineData("\"text\"", "a string")]
    [InlineData("42", "a number")]
    [InlineData("null", "null")]
    [InlineData("  true", "a boolean")]
    public void A_root_that_is_not_an_object_is_JR0008(string json, string described)
    {
        var result = ResumeJson.Read(json);

        var diagnostic = Single(result, DiagnosticCodes.RootNotObject);
        Assert.Null(result.Resume);
        Assert.False(result.Success);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Contains(described, diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(json.Trim(), diagnostic.Found);
        Assert.Equal((1, json.Length - json.TrimStart().Length + 1), (diagnostic.Line, diagnostic.Column));
    }

    private const string WrongTypes = """
        {
          "basics": {
            "summary": ["a", "b"]
          },
          "references": 0,
          "work": [{"name": null, "highlights": ["a", 1]}]
        }
        """;

    [Fact]
    public void Values_of_the_wrong_type_are_JR0006_with_pointer_and_position()
    {
        var result = ResumeJson.Read(WrongTypes);

        Assert.True(result.Success);
        Assert.All(result.Diagnostics, d => Assert.Equal((DiagnosticCodes.KeptWrongType, DiagnosticSeverity.Warning), (d.Code, d.Severity)));
        Assert.Equal(
            [("/basics/summary", 3, 16, "[\"a\", \"b\"]"), ("/references", 5, 17, "0"), ("/work/0/highlights/1", 6, 47, "1"), ("/work/0/name", 6, 21, "null")],
            result.Diagnostics.Select(d => (d.InstanceLocation, d.Line, d.Column, d.Found)).OrderBy(d => d.InstanceLocation, StringComparer.Ordinal));
        Assert.Contains("Expected a string but found an array", result.Diagnostics.Single(d => d.InstanceLocation == "/basics/summary").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Values_of_the_wrong_type_are_kept_in_the_parent_extension_data_and_written_back_unchanged()
    {
        var resume = ResumeJson.Read(WrongTypes).Resume!;

        Assert.Null(resume.Basics!.Summary);
        Assert.Equal("[\"a\", \"b\"]", resume.Basics.ExtensionData!["summary"].GetRawText());
        Assert.Null(resume.References);
        Assert.Equal(JsonValueKind.Number, resume.ExtensionData!["references"].ValueKind);
        var work = Assert.Single(resume.Work!);
        Assert.Null(work.Name);
        Assert.Null(work.Highlights);
        Assert.Equal(JsonValueKind.Null, work.ExtensionData!["name"].ValueKind);
        Assert.Equal("[\"a\", 1]", work.ExtensionData["highlights"].GetRawText());
        JsonAssert.Equivalent(WrongTypes, ResumeJson.Write(resume));
    }

    [Fact]
    public void Duplicate_keys_are_JR0007_once_and_the_last_one_wins()
    {
        var result = ResumeJson.Read("{\n  \"basics\": {\n    \"name\": \"A\",\n    \"name\": \"B\",\n    \"name\": \"C\"\n  }\n}");

        var diagnostic = Single(result, DiagnosticCodes.DuplicateProperty);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal("/basics/name", diagnostic.InstanceLocation);
        Assert.Equal((3, 13), (diagnostic.Line, diagnostic.Column)); // the first value, the one that is dropped
        Assert.Equal("C", result.Resume!.Basics!.Name);
        Assert.DoesNotContain("\"A\"", ResumeJson.Write(result.Resume), StringComparison.Ordinal);
    }

    [Fact]
    public void A_dropped_duplicate_is_not_checked_and_unknown_duplicates_are_written_once()
    {
        var result = ResumeJson.Read("""{"basics": {"summary": [1], "summary": "ok"}, "x": 1, "x": 2}""");

        Assert.Equal([DiagnosticCodes.DuplicateProperty, DiagnosticCodes.DuplicateProperty], result.Diagnostics.Select(d => d.Code));
        Assert.Equal("ok", result.Resume!.Basics!.Summary);
        Assert.Null(result.Resume.Basics.ExtensionData);
        Assert.Equal("{\n  \"basics\": {\n    \"summary\": \"ok\"\n  },\n  \"x\": 2\n}\n", ResumeJson.Write(result.Resume));
    }

    [Fact]
    public void Streams_strings_and_bytes_read_the_same()
    {
        using var stream = new MemoryStream(Utf8(WrongTypes));

        var fromStream = ResumeJson.Read(stream);
        var fromBytes = ResumeJson.Read(Utf8(WrongTypes));

        Assert.Equal(fromBytes.Diagnostics, fromStream.Diagnostics);
        Assert.Null(ResumeEquality.FirstDifference(fromBytes.Resume, fromStream.Resume));
    }

    [Fact]
    public void Null_arguments_are_programmer_errors()
    {
        Assert.Throws<ArgumentNullException>(() => ResumeJson.Read((string)null!));
        Assert.Throws<ArgumentNullException>(() => ResumeJson.Read((Stream)null!));
        Assert.Throws<ArgumentNullException>(() => ResumeJson.Write(null!));
        Assert.Throws<ArgumentNullException>(() => ResumeJson.Write(new Resume(), null!));
    }
}
