using NJsonSchema;

namespace JsonResume.CodeGen;

/// <summary>Turns the schema into source files.</summary>
public interface IEmitter
{
    /// <summary>The folder (relative to the repository root) that this emitter owns: stale <c>*.g.cs</c> files there are removed.</summary>
    string OutputFolder { get; }

    /// <summary>Emits the files.</summary>
    /// <param name="schema">The parsed bundled schema.</param>
    /// <returns>The files, in a stable order.</returns>
    IReadOnlyList<GeneratedFile> Emit(JsonSchema schema);
}
