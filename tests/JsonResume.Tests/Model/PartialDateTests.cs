using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using JsonResume.FsCheck;
using JsonResume.Model;

namespace JsonResume.Tests.Model;

/// <summary>PartialDate parses exactly the real dates the schema's pattern describes, prints them back, and orders them.</summary>
[Properties(Arbitrary = [typeof(ResumeArbitraries)])]
public sealed class PartialDateTests
{
    [Property(MaxTest = 1000)]
    public void ToString_then_TryParse_gives_back_the_same_date(PartialDate date)
    {
        var text = date.ToString();

        Assert.True(PartialDate.TryParse(text, out var parsed), text);
        Assert.Equal(date, parsed);
        Assert.Equal(date.Precision, parsed.Precision);
        Assert.Equal(date.Precision switch { DatePrecision.Year => 4, DatePrecision.Month => 7, _ => 10 }, text.Length);
    }

    /// <summary>Digit strings shaped like dates, most of them impossible; DateOnly is the oracle.</summary>
    private static readonly Gen<string> DateShapedText =
        from year in Gen.Frequency((3, Gen.Choose(1000, 2999)), (1, Gen.Choose(0, 9999)))
        from month in Gen.Choose(0, 19)
        from day in Gen.Choose(0, 39)
        from length in Gen.Elements(4, 7, 10)
        select string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}-{day:D2}")[..length];

    [Property(MaxTest = 1000)]
    public Property TryParse_accepts_exactly_the_real_dates_from_1000_to_2999_and_prints_them_back()
    {
        return Prop.ForAll(DateShapedText.ToArbitrary(), text =>
        {
            var format = text.Length switch { 4 => "yyyy", 7 => "yyyy-MM", _ => "yyyy-MM-dd" };
            var real = DateOnly.TryParseExact(text, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var oracle)
                && oracle.Year is >= 1000 and <= 2999;

            Assert.Equal(real, PartialDate.TryParse(text, out var date));
            if (real)
            {
                Assert.Equal(text, date.ToString());
                Assert.Equal(oracle, date.ToFirstDay());
            }
        });
    }

    [Theory]
    [InlineData("2014-13")]
    [InlineData("2023-02-30")]
    [InlineData("2014-00")]
    [InlineData("Present")]
    [InlineData("201")]
    [InlineData("2014-1")]
    [InlineData("3000")]
    [InlineData("0999")]
    [InlineData("2014-06-00")]
    [InlineData("2014-06-31")]
    [InlineData("1900-02-29")]
    [InlineData("2014/06")]
    [InlineData(" 2014")]
    [InlineData("2014 ")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("2014-06-29T00:00")]
    [InlineData("\uFF12\uFF10\uFF11\uFF14")]
    [InlineData("+2014")]
    [InlineData("2014-6-29")]
    public void Rejects(string? text)
    {
        Assert.False(PartialDate.TryParse(text, out var date));
        Assert.Equal(default, date);
        if (text is not null)
        {
            Assert.Throws<FormatException>(() => PartialDate.Parse(text));
        }
    }

    [Theory]
    [InlineData("2014", DatePrecision.Year, 2014, 0, 0)]
    [InlineData("2014-06", DatePrecision.Month, 2014, 6, 0)]
    [InlineData("2014-06-29", DatePrecision.Day, 2014, 6, 29)]
    [InlineData("2000-02-29", DatePrecision.Day, 2000, 2, 29)]
    [InlineData("1000", DatePrecision.Year, 1000, 0, 0)]
    [InlineData("2999-12-31", DatePrecision.Day, 2999, 12, 31)]
    public void Accepts(string text, DatePrecision precision, int year, int month, int day)
    {
        var date = PartialDate.Parse(text);

        Assert.Equal((precision, year, month, day), (date.Precision, date.Year, date.Month, date.Day));
        Assert.Equal(text, date.ToString());
    }

    [Fact]
    public void Factories_refuse_impossible_dates()
    {
        Assert.Equal(PartialDate.Parse("2014-06"), PartialDate.FromMonth(2014, 6));
        Assert.Throws<ArgumentOutOfRangeException>(() => PartialDate.FromDay(2023, 2, 30));
        Assert.Throws<ArgumentOutOfRangeException>(() => PartialDate.FromMonth(2014, 13));
        Assert.Throws<ArgumentOutOfRangeException>(() => PartialDate.FromYear(3000));
    }

    [Fact]
    public void First_and_last_days_span_the_period()
    {
        Assert.Equal((new DateOnly(2024, 2, 1), new DateOnly(2024, 2, 29)), (PartialDate.Parse("2024-02").ToFirstDay(), PartialDate.Parse("2024-02").ToLastDay()));
        Assert.Equal((new DateOnly(2014, 1, 1), new DateOnly(2014, 12, 31)), (PartialDate.Parse("2014").ToFirstDay(), PartialDate.Parse("2014").ToLastDay()));
        Assert.Equal(new DateOnly(2014, 6, 29), PartialDate.Parse("2014-06-29").ToLastDay());
    }

    [Fact]
    public void Orders_by_first_day_then_coarser_precision_first()
    {
        string[] expected = ["1999-12-31", "2014", "2014-01", "2014-01-01", "2014-01-02", "2014-02", "2014-12-31", "2015"];

        var sorted = expected.Reverse().Select(PartialDate.Parse).Order().Select(d => d.ToString());

        Assert.Equal(expected, sorted);
        Assert.True(PartialDate.Parse("2014") < PartialDate.Parse("2014-01"));
        Assert.True(PartialDate.Parse("2014-02") > PartialDate.Parse("2014-01-31"));
        Assert.True(PartialDate.Parse("2014-06") <= PartialDate.Parse("2014-06"));
        Assert.True(PartialDate.Parse("2014-06") >= PartialDate.Parse("2014-06"));
    }

    [Property(MaxTest = 1000)]
    public void Comparison_is_a_total_order_consistent_with_equality_and_days(PartialDate a, PartialDate b, PartialDate c)
    {
        Assert.Equal(Math.Sign(a.CompareTo(b)), -Math.Sign(b.CompareTo(a)));
        Assert.Equal(a == b, a.CompareTo(b) == 0);
        Assert.Equal(a < b, a.CompareTo(b) < 0);
        Assert.Equal(a >= b, a.CompareTo(b) >= 0);
        if (a.ToFirstDay() != b.ToFirstDay())
        {
            Assert.Equal(a.ToFirstDay() < b.ToFirstDay(), a < b);
        }

        if (a <= b && b <= c)
        {
            Assert.True(a <= c);
        }
    }
}
