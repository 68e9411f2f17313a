using JsonResume.Json;

namespace JsonResume.Cli.Common;

/// <summary>
/// Whether an input is JSON or YAML, for every command that reads a JSON Resume document: by the file's extension
/// (<c>.yaml</c> and <c>.yml</c> are YAML, <c>.json</c> is JSON), otherwise (standard input, any other name) by the
/// content: JSON when it starts with <c>{</c>, <c>[</c> or <c>"</c>, or is empty or not UTF-8 text (so that the JSON
/// reader says what is wrong), YAML otherwise.
/// </summary>
internal static class InputFormats
{
    /// <summary>The format a file name says, or null when it says none.</summary>
    /// <param name="path">A path, or null for standard input and standard output.</param>
    /// <returns>JSON, YAML, or null.</returns>
    public static DocumentFormat? FromPath(string? path) => Path.GetExtension(path ?? "").ToLowerInvariant() switch
    {
        ".yaml" or ".yml" => DocumentFormat.Yaml,
        ".json" => DocumentFormat.Json,
        _ => null,
    };

    /// <summary>The format of an input, from its name or else its content.</summary>
    /// <param name="source">The input.</param>
    /// <param name="bytes">Its content.</param>
    /// <returns>JSON or YAML.</returns>
    public static DocumentFormat Detect(InputSource source, ReadOnlySpan<byte> bytes)
    {
        ArgumentNullException.ThrowIfNull(source);
        return FromPath(source.FullPath) ?? FromContent(bytes);
    }

    /// <summary>The format content looks like: YAML only when it is UTF-8 text that does not open like JSON.</summary>
    /// <param name="bytes">The content.</param>
    /// <returns>JSON or YAML.</returns>
    public static DocumentFormat FromContent(ReadOnlySpan<byte> bytes)
    {
        var text = bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? bytes[3..] : bytes;
        text = text.TrimStart(" \t\r\n"u8);
        if (text.IsEmpty || text[0] is (byte)'{' or (byte)'[' or (byte)'"' || text.Contains((byte)0)
            || !System.Text.Unicode.Utf8.IsValid(text))
        {
            return DocumentFormat.Json;
        }

        return DocumentFormat.Yaml;
    }
}
