namespace CaseArchive.Extraction.Tests;

public class PartialDateTests
{
    [Theory]
    [InlineData(1899, null, null)]
    [InlineData(2019, 13, null)]
    [InlineData(2019, null, 5)]
    [InlineData(2019, 2, 30)]
    public void Should_refuse_parts_that_make_no_date(int year, int? month, int? day)
    {
        Assert.NotNull(PartialDate.Validate(year, month, day));
        Assert.Throws<ArgumentException>(() => PartialDate.Create(year, month, day));
    }

    [Theory]
    [InlineData("2019", DatePrecision.Year)]
    [InlineData("2019-12", DatePrecision.Month)]
    [InlineData("2019-12-23", DatePrecision.Day)]
    public void Should_parse_the_formats_of_the_contract(string text, DatePrecision precision)
    {
        var date = PartialDate.Parse(text);

        Assert.Equal(precision, date.Precision);
        Assert.Equal(text, date.ToIsoString());
    }

    [Theory]
    [InlineData("2019-2")]
    [InlineData("19-12-23")]
    [InlineData("2019-02-30")]
    [InlineData("December 2019")]
    [InlineData("")]
    public void Should_not_parse_other_forms(string text)
    {
        Assert.False(PartialDate.TryParse(text, false, out _));
    }

    [Fact]
    public void Should_display_as_precisely_as_known()
    {
        Assert.Equal("May 2018", PartialDate.OfMonth(2018, 5).ToDisplayString());
        Assert.Equal("23 December 2019", PartialDate.OfDay(2019, 12, 23).ToDisplayString());
        Assert.Equal("2019", PartialDate.OfYear(2019).ToDisplayString());
    }

    [Fact]
    public void Should_order_by_start_and_put_the_less_precise_first()
    {
        var dates = new[] { PartialDate.OfDay(2019, 1, 1), PartialDate.OfYear(2019), PartialDate.OfMonth(2018, 5), PartialDate.OfMonth(2019, 1) };

        Assert.Equal(["2018-05", "2019", "2019-01", "2019-01-01"], dates.Order().Select(d => d.ToIsoString()));
        Assert.True(PartialDate.OfMonth(2018, 5) < PartialDate.OfYear(2019));
    }
}
