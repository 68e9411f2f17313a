using JsonResume.CodeGen;
using NJsonSchema;

namespace JsonResume.Tests.CodeGen;

/// <summary>The validator emitter follows the schema and refuses what it does not implement.</summary>
public sealed class ValidatorEmitterTests
{
    private static async Task<string> Emit(string schemaJson)
    {
        var schema = await JsonSchema.FromJsonAsync(schemaJson, TestContext.Current.CancellationToken);
        return Assert.Single(new ValidatorEmitter().Emit(schema)).Content;
    }

    [Theory]
    [InlineData("""{"$id": "x/1.0.0/s.json", "type": "object", "required": ["a"], "properties": {"a": {"type": "string"}}}""", "required")]
    [InlineData("""{"$id": "x/1.0.0/s.json", "type": "object", "properties": {"a": {"type": "string", "enum": ["x"]}}}""", "enum")]
    [InlineData("""{"$id": "x/1.0.0/s.json", "type": "object", "properties": {"a": {"type": "string", "minLength": 1}}}""", "minLength")]
    [InlineData("""{"$id": "x/1.0.0/s.json", "type": "object", "properties": {"a": {"type": "string", "format": "date-time"}}}""", "date-time")]
    [InlineData("""{"$id": "x/1.0.0/s.json", "type": "object", "additionalProperties": false, "properties": {}}""", "additionalProperties")]
    [InlineData("""{"$id": "x/1.0.0/s.json", "type": "object", "properties": {"a": {"type": "integer"}}}""", "Integer")]
    [InlineData("""{"$id": "x/1.0.0/s.json", "type": "object", "properties": {"a": {"type": ["string", "null"]}}}""", "Null, String")]
    public async Task Keywords_it_does_not_implement_stop_the_generator(string schema, string named)
    {
        var error = await Assert.ThrowsAsync<NotSupportedException>(() => Emit(schema));
        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task One_generated_regex_per_distinct_pattern_without_a_hand_matcher_and_rules_at_their_schema_locations()
    {
        var code = await Emit("""
            {"$id": "https://example.com/9.8.7/s.json", "type": "object", "definitions": {"d": {"type": "string", "pattern": "^a+$"}},
             "properties": {
               "x": {"$ref": "#/definitions/d"}, "y": {"$ref": "#/definitions/d"},
               "z": {"type": "array", "items": {"type": "string", "pattern": "^a+$"}},
               "w": {"type": "string", "pattern": "^b$", "format": "email"},
               "v": {"type": "string", "pattern": "^([1-2][0-9]{3}-[0-1][0-9]-[0-3][0-9]|[1-2][0-9]{3}-[0-1][0-9]|[1-2][0-9]{3})$"}}}
            """);
        Assert.Equal(2, code.Split("[GeneratedRegex(").Length - 1);
        Assert.Contains("new(\"#/definitions/d\", static text => Pattern0().IsMatch(text)", code, StringComparison.Ordinal);
        Assert.Contains("new(\"#/properties/z/items\", static text => Pattern0().IsMatch(text)", code, StringComparison.Ordinal);
        Assert.Contains("new(\"#/properties/w\", static text => Pattern1().IsMatch(text), \"^b$\", \"a string matching ^b$\", StringFormat.Email", code, StringComparison.Ordinal);
        Assert.Contains("new(\"#/properties/v\", PartialDatePattern.IsMatch, \"^([1-2]", code, StringComparison.Ordinal);
        Assert.Contains("internal const string SchemaId = \"https://example.com/9.8.7/s.json\";", code, StringComparison.Ordinal);
        Assert.Contains("internal const int MaxPathDepth = 2;", code, StringComparison.Ordinal);
    }
}
