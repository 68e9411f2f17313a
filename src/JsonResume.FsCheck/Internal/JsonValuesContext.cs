using System.Text.Json.Serialization;

namespace JsonResume.FsCheck.Internal;

/// <summary>Source-generated contract for writing string literals without reflection.</summary>
[JsonSerializable(typeof(string))]
internal sealed partial class JsonValuesContext : JsonSerializerContext;
