using System.Globalization;
using System.Text;
using NJsonSchema;

namespace JsonResume.CodeGen;

/// <summary>
/// Emits the schema validator into <c>src/JsonResume/Validation/SchemaValidator.g.cs</c>: one method per object schema
/// that walks a <see cref="System.Text.Json.Utf8JsonReader"/> token by token, a hand-written matcher or one
/// <c>[GeneratedRegex]</c> per distinct pattern, and one rule per string schema (type, pattern, format and the semantic checks attached to it). Like ajv,
/// it compiles the schema to code: nothing of the schema is interpreted at run time.
/// </summary>
public sealed class ValidatorEmitter : IEmitter
{
    /// <summary>The start and end properties compared by the date-order check (JR2001) where an object has both.</summary>
    public static readonly (string Start, string End) DateRange = ("startDate", "endDate");

    // What a value matching a shared definition's pattern is, for messages; other patterns are described by their text.
    private static readonly Dictionary<string, string> DefinitionMeanings = new(StringComparer.Ordinal)
    {
        ["iso8601"] = "a partial ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD)",
    };

    // Patterns with a hand-written matcher in the library, keyed by their exact text (a changed pattern gets a regex
    // again): every résumé has dates, and a regex makes each validate run initialise the regex engine at start-up.
    // The tests prove each matcher equal to the regex of its pattern.
    private static readonly Dictionary<string, string> HandMatchers = new(StringComparer.Ordinal)
    {
        ["^([1-2][0-9]{3}-[0-1][0-9]-[0-3][0-9]|[1-2][0-9]{3}-[0-1][0-9]|[1-2][0-9]{3})$"] = "PartialDatePattern.IsMatch",
    };

    /// <inheritdoc/>
    public string OutputFolder => "src/JsonResume/Validation";

    /// <inheritdoc/>
    public IReadOnlyList<GeneratedFile> Emit(JsonSchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var root = ValidatorShape.Root(schema);
        var objects = ValidatorShape.Objects(root);
        var rules = new Dictionary<string, (string Name, ValidatorString Node, bool IsSchemaRef)>(StringComparer.Ordinal);
        var patterns = new List<string>();
        CollectRules(root, rules, patterns);
        patterns.RemoveAll(HandMatchers.ContainsKey);

        var w = new CodeWriter("JsonResume.Validation", patterns.Count > 0 ? ["System.Text.Json", "System.Text.RegularExpressions"] : ["System.Text.Json"]);
        w.Doc("Validates a document against the bundled JSON Resume schema, streaming over a Utf8JsonReader; compiled from the schema.");
        w.Open("internal static partial class SchemaValidator");
        w.Doc("The $id of the schema this validator was generated from.");
        w.Line($"internal const string SchemaId = {Literal(SchemaId(schema))};");
        w.Line();
        w.Doc("The most property names and array indices a checked value can be below the root.");
        w.Line($"internal const int MaxPathDepth = {Math.Max(1, ValidatorShape.Depth(root))};");
        foreach (var (location, (name, node, isSchemaRef)) in rules)
        {
            w.Line();
            w.Line($"// {location}");
            w.Line($"private static readonly StringRule {name} = new({Literal(location)}, {PatternArgs(node, patterns)}, {Literal(Expected(node))}, " +
                $"StringFormat.{Format(node)}, {Semantics(node, isSchemaRef)});");
        }

        for (var i = 0; i < patterns.Count; i++)
        {
            w.Line();
            w.Line($"[GeneratedRegex({Literal(patterns[i])})]");
            w.Line($"private static partial Regex Pattern{i}();");
        }

        w.Line();
        w.Doc("Validates the value the reader is on (the document's root) and reads past it.");
        w.Open("internal static void Validate(ref Utf8JsonReader reader, ValidationContext context)");
        w.Line($"Validate{root.Name}(ref reader, context);");
        w.Close();
        foreach (var o in objects)
        {
            w.Line();
            EmitObject(w, o, rules);
            w.Line();
            EmitMatch(w, o);
        }

        w.Close();
        return [new GeneratedFile($"{OutputFolder}/SchemaValidator.g.cs", w.ToString())];
    }

    private static void CollectRules(ValidatorNode node, Dictionary<string, (string, ValidatorString, bool)> rules, List<string> patterns, bool isSchemaRef = false)
    {
        switch (node)
        {
            case ValidatorObject o:
                foreach (var p in o.Properties)
                {
                    CollectRules(p.Schema, rules, patterns, o.Path.Length == 0 && p.Name == "$schema");
                }

                break;
            case ValidatorArray a:
                CollectRules(a.Items, rules, patterns);
                break;
            case ValidatorString s when !rules.ContainsKey(s.Location):
                rules[s.Location] = ($"Rule{rules.Count}", s, isSchemaRef);
                if (s.Pattern is not null && !patterns.Contains(s.Pattern))
                {
                    patterns.Add(s.Pattern);
                }

                break;
        }
    }

    private static void EmitObject(CodeWriter w, ValidatorObject o, Dictionary<string, (string Name, ValidatorString Node, bool IsSchemaRef)> rules)
    {
        var ranged = o.Properties.Any(p => p.Name == DateRange.Start && IsDate(p.Schema)) && o.Properties.Any(p => p.Name == DateRange.End && IsDate(p.Schema));
        w.Line($"// {o.Location}");
        w.Open($"private static void Validate{o.Name}(ref Utf8JsonReader reader, ValidationContext context)");
        w.Open($"if (!context.ExpectObject(ref reader, {Literal(o.Location)}))");
        w.Line("return;");
        w.Close();
        w.Line();
        if (o.Properties.Count > 0)
        {
            w.Line("var seen = 0UL;");
        }

        if (ranged)
        {
            w.Line("DateValue start = default;");
            w.Line("DateValue end = default;");
        }

        w.Open("while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)");
        if (o.Properties.Count == 0)
        {
            w.Line($"context.UnknownProperty(ref reader, {Literal(o.Path)}, []);");
            w.Close();
            w.Close();
            return;
        }

        w.Line($"var index = Match{o.Name}(ref reader);");
        w.Open("if (index < 0)");
        w.Line($"context.UnknownProperty(ref reader, {Literal(o.Path)}, {o.Name}Names);");
        w.Line("continue;");
        w.Close();
        w.Line();
        w.Line("reader.Read();");
        w.Open("if ((seen & (1UL << index)) != 0)");
        w.Line($"context.Duplicate({o.Name}Names[index], reader.TokenStartIndex);");
        w.Close();
        w.Line();
        w.Line("seen |= 1UL << index;");
        w.Line($"context.Push({o.Name}Names[index]);");
        w.Open("switch (index)");
        for (var i = 0; i < o.Properties.Count; i++)
        {
            var p = o.Properties[i];
            w.Line($"case {i}: // {p.Name}");
            w.Indent();
            var slot = ranged && p.Name == DateRange.Start ? "start" : ranged && p.Name == DateRange.End ? "end" : null;
            EmitValue(w, p.Schema, rules, 0, slot);
            w.Line("break;");
            w.Outdent();
        }

        w.Close();
        w.Line();
        w.Line("context.Pop();");
        w.Close();
        if (ranged)
        {
            w.Line();
            w.Line($"context.CheckDateOrder(start, end, {Literal(DateRange.Start)}, {Literal(DateRange.End)});");
        }

        w.Close();
        w.Line();
        w.Line($"private static readonly string[] {o.Name}Names = [{string.Join(", ", o.Properties.Select(p => Literal(p.Name)))}];");
    }

    private static void EmitValue(CodeWriter w, ValidatorNode node, Dictionary<string, (string Name, ValidatorString Node, bool IsSchemaRef)> rules, int level, string? slot)
    {
        switch (node)
        {
            case ValidatorObject o:
                w.Line($"Validate{o.Name}(ref reader, context);");
                break;
            case ValidatorString { Pattern: null, Format: null } s when slot is null && !rules[s.Location].IsSchemaRef:
                // A plain string: only its type is checked, inline.
                w.Open("if (reader.TokenType != JsonTokenType.String)");
                w.Line($"context.WrongType(ref reader, \"a string\", {rules[s.Location].Name}.Location);");
                w.Close();
                w.Line();
                break;
            case ValidatorString s:
                w.Line(slot is null
                    ? $"context.CheckString(ref reader, {rules[s.Location].Name});"
                    : $"context.CheckString(ref reader, {rules[s.Location].Name}, ref {slot});");
                break;
            case ValidatorArray a:
                w.Open($"if (context.ExpectArray(ref reader, {Literal(a.Location)}))");
                w.Line($"var i{level} = 0;");
                w.Open("while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)");
                w.Line($"context.Push(i{level}++);");
                EmitValue(w, a.Items, rules, level + 1, null);
                w.Line("context.Pop();");
                w.Close();
                w.Close();
                w.Line();
                break;
            default:
                throw new NotSupportedException(node.GetType().Name);
        }
    }

    private static void EmitMatch(CodeWriter w, ValidatorObject o)
    {
        if (o.Properties.Count == 0)
        {
            return;
        }

        w.Open($"private static int Match{o.Name}(ref Utf8JsonReader reader)");
        w.Open("if (reader.ValueIsEscaped)");
        w.Line($"return Array.IndexOf({o.Name}Names, reader.GetString());");
        w.Close();
        w.Line();
        w.Line("var name = reader.ValueSpan;");
        w.Open("switch (name.Length)");
        foreach (var group in o.Properties.Select((p, i) => (p.Name, Index: i)).GroupBy(p => Encoding.UTF8.GetByteCount(p.Name)).OrderBy(g => g.Key))
        {
            w.Line($"case {group.Key}:");
            w.Indent();
            foreach (var (name, index) in group)
            {
                w.Open($"if (name.SequenceEqual({Literal(name)}u8))");
                w.Line($"return {index};");
                w.Close();
                w.Line();
            }

            w.Line("break;");
            w.Outdent();
        }

        w.Close();
        w.Line();
        w.Line("return -1;");
        w.Close();
    }

    private static string SchemaId(JsonSchema schema) =>
        !string.IsNullOrEmpty(schema.Id) ? schema.Id
        : schema.ExtensionData?.TryGetValue("$id", out var id) == true && id is string s ? s
        : throw new NotSupportedException("The schema needs an $id (it names the JSON Resume version).");

    private static bool IsDate(ValidatorNode node) => node is ValidatorString { Definition: not null, Pattern: not null } s && DefinitionMeanings.ContainsKey(s.Definition);

    // The regex of a pattern without a hand matcher is built at the first value checked, not with the rules.
    private static string PatternArgs(ValidatorString s, List<string> patterns) =>
        s.Pattern is null ? "null, null"
        : HandMatchers.TryGetValue(s.Pattern, out var matcher) ? $"{matcher}, {Literal(s.Pattern)}"
        : $"static text => Pattern{patterns.IndexOf(s.Pattern)}().IsMatch(text), {Literal(s.Pattern)}";

    private static string Expected(ValidatorString s) => s switch
    {
        { Pattern: not null, Definition: { } d } when DefinitionMeanings.TryGetValue(d, out var meaning) => meaning,
        { Pattern: { } p } => $"a string matching {p}",
        { Format: "email" } => "an email address",
        { Format: "uri" } => "an absolute URI",
        _ => "a string",
    };

    private static string Format(ValidatorString s) => s.Format switch
    {
        null => "None",
        "email" => "Email",
        "uri" => "Uri",
        _ => throw new NotSupportedException(s.Format),
    };

    private static string Semantics(ValidatorString s, bool isSchemaRef)
    {
        var flags = new List<string>();
        if (IsDate(s))
        {
            flags.Add("StringSemantics.Date");
        }

        if (s.Pattern is not null || s.Format is not null)
        {
            flags.Add("StringSemantics.NotEmpty");
        }

        if (s.Format == "uri")
        {
            flags.Add("StringSemantics.UrlScheme");
        }

        if (isSchemaRef)
        {
            flags.Add("StringSemantics.SchemaVersion");
        }

        return flags.Count == 0 ? "StringSemantics.None" : string.Join(" | ", flags);
    }

    /// <summary>A C# string literal.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The literal, quoted and escaped.</returns>
    public static string Literal(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder("\"");
        foreach (var c in text)
        {
            _ = c switch
            {
                '"' => sb.Append("\\\""),
                '\\' => sb.Append("\\\\"),
                '\n' => sb.Append("\\n"),
                '\r' => sb.Append("\\r"),
                < ' ' or > '~' => sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)),
                _ => sb.Append(c),
            };
        }

        return sb.Append('"').ToString();
    }
}
