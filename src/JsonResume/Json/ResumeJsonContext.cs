using System.Text.Json;
using System.Text.Json.Serialization;
using JsonResume.Model;

namespace JsonResume.Json;

/// <summary>
/// The source-generated System.Text.Json contract for the model: no reflection, safe for trimming and Native AOT.
/// Absent properties stay absent when written; indentation is two spaces.
/// </summary>
[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true,
    IndentSize = 2,
    NewLine = "\n",
    MaxDepth = Limits.InternalDepth)]
[JsonSerializable(typeof(Resume))]
[JsonSerializable(typeof(JsonElement))]
internal partial class ResumeJsonContext : JsonSerializerContext;
