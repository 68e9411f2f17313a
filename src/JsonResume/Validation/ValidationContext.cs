using System.Runtime.CompilerServices;
using System.Text.Json;
using JsonResume.Diagnostics;

namespace JsonResume.Validation;

/// <summary>
/// The state of one validation run, used by the generated <c>SchemaValidator</c>: where the reader is (as a stack of
/// property names and indices, turned into a JSON Pointer only when something is reported) and what was found.
/// The valid path allocates nothing: findings, pointers and found values are built only for reports.
/// </summary>
internal sealed partial class ValidationContext
{
    private readonly string?[] names = new string?[SchemaValidator.MaxPathDepth];
    private readonly int[] indices = new int[SchemaValidator.MaxPathDepth];
    private int depth;
    private char[] chars = new char[256];
    private List<Finding>? findings;
    private Dictionary<(string ObjectPath, string Name), string?>? suggestions;
    private ReadOnlyMemory<byte> source;

    /// <summary>A diagnostic and the byte offset of the value it is about (for ordering and line:column).</summary>
    /// <param name="Diagnostic">The diagnostic, not yet placed.</param>
    /// <param name="Offset">Byte offset in the validated UTF-8 text.</param>
    internal readonly record struct Finding(Diagnostic Diagnostic, long Offset);

    /// <summary>Whether semantic findings are errors.</summary>
    public bool Strict { get; private set; }

    /// <summary>Whether properties the schema does not define are reported.</summary>
    public bool ReportUnknown { get; private set; }

    /// <summary>The findings so far, in the order they were made.</summary>
    public IReadOnlyList<Finding> Findings => findings ?? (IReadOnlyList<Finding>)[];

    /// <summary>The severity of semantic findings: warnings, or errors when strict.</summary>
    public DiagnosticSeverity SemanticSeverity => Strict ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning;

    /// <summary>Starts a run over a document.</summary>
    /// <param name="utf8">The UTF-8 text the reader reads (offsets refer to it).</param>
    /// <param name="strict">Whether semantic findings are errors.</param>
    /// <param name="reportUnknown">Whether properties the schema does not define are reported.</param>
    public void Reset(ReadOnlyMemory<byte> utf8, bool strict, bool reportUnknown)
    {
        source = utf8;
        Strict = strict;
        ReportUnknown = reportUnknown;
        depth = 0;
        findings?.Clear();
        suggestions?.Clear();
    }

    /// <summary>Forgets the document (so a cached context does not keep it alive).</summary>
    public void Release()
    {
        source = default;
        findings = null;
        suggestions = null;
        if (chars.Length > 4096)
        {
            chars = new char[256]; // a huge value once should not pin a huge buffer to the thread
        }
    }

    /// <summary>
    /// The known name closest to an unknown property (<see cref="NameSuggestion"/>), worked out once per object path
    /// and name in a document: a misspelt or outdated key is usually repeated in every entry of its section.
    /// </summary>
    /// <param name="objectPath">The object's path in the schema, such as <c>work[]</c>.</param>
    /// <param name="name">The unknown name.</param>
    /// <param name="known">The names the schema defines there.</param>
    /// <returns>The suggestion, or null.</returns>
    public string? Suggest(string objectPath, string name, string[] known)
    {
        suggestions ??= [];
        if (!suggestions.TryGetValue((objectPath, name), out var suggestion))
        {
            suggestion = NameSuggestion.Closest(name, known);
            suggestions[(objectPath, name)] = suggestion;
        }

        return suggestion;
    }

    /// <summary>Enters a property.</summary>
    /// <param name="name">Its name.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Push(string name)
    {
        names[depth] = name;
        depth++;
    }

    /// <summary>Enters an array item.</summary>
    /// <param name="index">Its index.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Push(int index)
    {
        names[depth] = null;
        indices[depth] = index;
        depth++;
    }

    /// <summary>Leaves the innermost property or item.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Pop() => depth--;

    /// <summary>The JSON Pointer of the current value.</summary>
    /// <returns>The pointer; empty for the root.</returns>
    public string Pointer()
    {
        var pointer = JsonPointer.Root;
        for (var i = 0; i < depth; i++)
        {
            pointer = names[i] is { } name ? JsonPointer.Append(pointer, name) : JsonPointer.Append(pointer, indices[i]);
        }

        return pointer;
    }

    /// <summary>Records a finding about the current value.</summary>
    /// <param name="diagnostic">The diagnostic; its instance location is set here.</param>
    /// <param name="offset">Byte offset of the value.</param>
    /// <param name="child">A property below the current value that the finding is about, if any.</param>
    public void Report(Diagnostic diagnostic, long offset, string? child = null)
    {
        var pointer = child is null ? Pointer() : JsonPointer.Append(Pointer(), child);
        (findings ??= []).Add(new Finding(diagnostic with { InstanceLocation = pointer }, offset));
    }

    /// <summary>Checks that the current token starts an object; otherwise reports and skips the value.</summary>
    /// <param name="reader">The reader, on the value's first token.</param>
    /// <param name="location">The schema location that asks for an object.</param>
    /// <returns>Whether it is an object.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool ExpectObject(ref Utf8JsonReader reader, string location)
    {
        if (reader.TokenType == JsonTokenType.StartObject)
        {
            return true;
        }

        WrongType(ref reader, "an object", location);
        return false;
    }

    /// <summary>Checks that the current token starts an array; otherwise reports and skips the value.</summary>
    /// <param name="reader">The reader, on the value's first token.</param>
    /// <param name="location">The schema location that asks for an array.</param>
    /// <returns>Whether it is an array.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool ExpectArray(ref Utf8JsonReader reader, string location)
    {
        if (reader.TokenType == JsonTokenType.StartArray)
        {
            return true;
        }

        WrongType(ref reader, "an array", location);
        return false;
    }

    /// <summary>Checks a string value against its rule: type, pattern, format and semantic checks.</summary>
    /// <param name="reader">The reader, on the value.</param>
    /// <param name="rule">The rule.</param>
    public void CheckString(ref Utf8JsonReader reader, StringRule rule)
    {
        DateValue ignored = default;
        CheckString(ref reader, rule, ref ignored);
    }

    /// <summary>Checks a string value against its rule and keeps it when it is a real date.</summary>
    /// <param name="reader">The reader, on the value.</param>
    /// <param name="rule">The rule.</param>
    /// <param name="date">Set to the date when the value is a real date; cleared otherwise.</param>
    public void CheckString(ref Utf8JsonReader reader, StringRule rule, ref DateValue date)
    {
        date = default;
        if (reader.TokenType != JsonTokenType.String)
        {
            WrongType(ref reader, "a string", rule.Location);
            return;
        }

        if (!rule.NeedsText)
        {
            return;
        }

        // The value's characters go to a buffer this context keeps (no per-value allocation, no zeroing); the
        // unescaped text is never longer in UTF-16 code units than the raw UTF-8 value is in bytes.
        var length = reader.ValueSpan.Length;
        if (chars.Length < length)
        {
            chars = new char[Math.Max(length, chars.Length * 2)];
        }

        var text = chars.AsSpan(0, reader.CopyString(chars));
        CheckText(text, reader.TokenStartIndex, rule, ref date);
    }

    /// <summary>
    /// Looks at a property the schema does not define: old 0.0.x names are reported as such, other names (unless they
    /// are extensions by convention) as unknown, with the closest known name; the value is skipped.
    /// </summary>
    /// <param name="reader">The reader, on the property name.</param>
    /// <param name="objectPath">The object's path in the schema, such as <c>work[]</c>.</param>
    /// <param name="known">The properties the schema defines there, in schema order.</param>
    public void UnknownProperty(ref Utf8JsonReader reader, string objectPath, string[] known)
    {
        var rename = SemanticChecks.OldName(objectPath, ref reader);
        var name = rename is null && ReportUnknown && !UnknownProperties.IsExtension(objectPath, ref reader) ? reader.GetString() : null;
        reader.Read();
        if (rename is not null)
        {
            SemanticChecks.ReportOldName(this, rename.Value, reader.TokenStartIndex);
        }
        else if (name is not null)
        {
            UnknownProperties.Report(this, objectPath, name, known, reader.TokenStartIndex);
        }

        reader.Skip();
    }

    /// <summary>Handles a known property that appears a second time: as in JavaScript, the last one wins, so what was
    /// found in the earlier one is dropped; the repeat itself is reported.</summary>
    /// <param name="name">The property name.</param>
    /// <param name="offset">Byte offset of the repeated value.</param>
    public void Duplicate(string name, long offset)
    {
        var pointer = JsonPointer.Append(Pointer(), name);
        findings?.RemoveAll(f => f.Diagnostic.InstanceLocation == pointer
            || f.Diagnostic.InstanceLocation.StartsWith(pointer + "/", StringComparison.Ordinal));
        Report(new Diagnostic(DiagnosticSeverity.Warning, DiagnosticCodes.DuplicateProperty,
            $"\"{name}\" appears more than once in this object; only the last one counts")
        {
            Hint = "Remove or merge the earlier one.",
        }, offset, name);
    }

    /// <summary>Reports an entry whose end date is before its start date.</summary>
    /// <param name="start">The start date seen, if any.</param>
    /// <param name="end">The end date seen, if any.</param>
    /// <param name="startName">The start property's name.</param>
    /// <param name="endName">The end property's name.</param>
    public void CheckDateOrder(in DateValue start, in DateValue end, string startName, string endName) =>
        SemanticChecks.DateOrder(this, start, end, startName, endName);
}
