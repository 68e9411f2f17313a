using System.Text.Json;

namespace JsonResume.Json;

/// <summary>
/// The one place for the library's size limits, shared by every reader, writer, renderer, migrator and differ:
/// whatever <see cref="ResumeJson.Read(ReadOnlyMemory{byte})"/> accepts, every other entry point handles.
/// </summary>
internal static class Limits
{
    /// <summary>How deep JSON objects and arrays (and Markdown containers) may nest in input; real résumés need fewer
    /// than ten levels. Deeper input is a <see cref="Diagnostics.DiagnosticCodes.TooDeep"/> error.</summary>
    public const int MaxDepth = 256;

    /// <summary>The largest input, in bytes (or characters for text), that any entry point reads: far above any real
    /// résumé (about 10 KB) and the 50 MB test documents, low enough that memory stays a small multiple of it.
    /// Larger input is a <see cref="Diagnostics.DiagnosticCodes.TooLarge"/> error.</summary>
    public const int MaxInputBytes = 64 * 1024 * 1024;

    /// <summary>The depth allowed when the library copies, writes or compares JSON it has already accepted: the
    /// input's limit plus room for the few levels a renderer or the migrator adds around a value (an extensions block
    /// wraps values in their section, entry and field; set-aside values go one level down).</summary>
    public const int InternalDepth = MaxDepth + 16;

    /// <summary>For <see cref="JsonDocument"/> and <see cref="System.Text.Json.Nodes.JsonNode"/> parsing of JSON the
    /// library wrote itself (the defaults stop at 64 levels).</summary>
    public static readonly JsonDocumentOptions Document = new() { MaxDepth = InternalDepth };

    /// <summary>For <see cref="System.Text.Json.Nodes.JsonNode.ToJsonString"/>: compact, default escaping, no depth
    /// limit of 64.</summary>
    public static readonly JsonSerializerOptions Node = new() { MaxDepth = InternalDepth, TypeInfoResolver = ResumeJsonContext.Default };
}
