using JsonResume.RoundTrip;

namespace JsonResume.Tests.RoundTrip;

public sealed class JsonDiffTests
{
    [Fact]
    public void Equal_documents_have_no_difference_whatever_the_property_order_and_number_spelling()
    {
        Assert.Empty(JsonDiff.Compare("""{"a":1,"b":[1.0,"x",true,null]}""", """{"b":[1,"x",true,null],"a":1.00}"""));
    }

    [Fact]
    public void Each_difference_names_its_pointer_and_both_values()
    {
        var differences = JsonDiff.Compare(
            """{"basics":{"name":"A","label":"L"},"work":[{"x/y":1},{"a":2}],"t":true}""",
            """{"basics":{"name":"B","email":"e@x.y"},"work":[{"x/y":2}],"t":false}""");

        Assert.Equal(
        [
            new JsonDifference(DifferenceKind.Changed, "/basics/name", "\"A\"", "\"B\""),
            new JsonDifference(DifferenceKind.Removed, "/basics/label", "\"L\"", null),
            new JsonDifference(DifferenceKind.Added, "/basics/email", null, "\"e@x.y\""),
            new JsonDifference(DifferenceKind.Changed, "/work/0/x~1y", "1", "2"),
            new JsonDifference(DifferenceKind.Removed, "/work/1", "{\"a\":2}", null),
            new JsonDifference(DifferenceKind.Changed, "/t", "true", "false"),
        ], differences);
    }

    [Fact]
    public void A_change_of_type_is_one_change_at_that_place()
    {
        var difference = Assert.Single(JsonDiff.Compare("""{"a":{"b":1}}""", """{"a":[1]}"""));
        Assert.Equal("/a: changed {\"b\":1} -> [1]", difference.ToString());
    }
}
