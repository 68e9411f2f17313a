using JsonResume.Json;
using JsonResume.Model;

namespace JsonResume.Tests.Support;

/// <summary>The equality the round-trip properties rely on does fail when values differ.</summary>
public sealed class ResumeEqualityTests
{
    private static Resume Read(string json) => ResumeJson.Read(json).Resume!;

    [Theory]
    [InlineData("""{"basics": {"name": "A"}}""", """{"basics": {"name": "B"}}""", "/basics/name")]
    [InlineData("""{"basics": {"name": ""}}""", """{"basics": {}}""", "/basics/name")]
    [InlineData("""{"basics": {"name": "e\u0301"}}""", """{"basics": {"name": "é"}}""", "/basics/name")]
    [InlineData("""{"work": []}""", """{}""", "/work")]
    [InlineData("""{"work": [{}, {"highlights": ["a"]}]}""", """{"work": [{}, {"highlights": ["b"]}]}""", "/work/1/highlights/0")]
    [InlineData("""{"work": [{}, {}]}""", """{"work": [{}]}""", "/work")]
    [InlineData("""{"x": 1}""", """{}""", "/x (extension)")]
    [InlineData("""{"x": 1.0}""", """{"x": 1}""", "/x (extension)")]
    [InlineData("""{"meta": {"x": [1, 2]}}""", """{"meta": {"x": [2, 1]}}""", "/meta/x (extension)/0")]
    [InlineData("""{"x": {"a": null}}""", """{"x": {"a": false}}""", "/x (extension)/a")]
    [InlineData("""{"x": {"a": 1}}""", """{"x": {"b": 1}}""", "/x (extension)/a")]
    [InlineData("""{"x": "s"}""", """{"x": "t"}""", "/x (extension)")]
    [InlineData("""{"basics": {"location": {"y": true}}}""", """{"basics": {"location": {}}}""", "/basics/location/y (extension)")]
    public void Reports_the_first_difference(string expected, string actual, string path)
    {
        var difference = ResumeEquality.FirstDifference(Read(expected), Read(actual));

        Assert.NotNull(difference);
        Assert.StartsWith(path + ":", difference);
    }

    [Theory]
    [InlineData("""{}""")]
    [InlineData("""{"basics": {"name": "A", "profiles": [{"url": "https://example.org"}]}, "x": {"a": 1, "b": [true, null]}}""")]
    public void Equal_values_are_equal(string json)
    {
        Assert.Null(ResumeEquality.FirstDifference(Read(json), Read(json)));
    }

    [Fact]
    public void Member_order_inside_extension_objects_and_a_null_versus_empty_extension_map_do_not_count()
    {
        Assert.Null(ResumeEquality.FirstDifference(Read("""{"x": {"a": 1, "b": 2}}"""), Read("""{"x": {"b": 2, "a": 1}}""")));
        Assert.Null(ResumeEquality.FirstDifference(new Resume { ExtensionData = [] }, new Resume()));
    }
}
