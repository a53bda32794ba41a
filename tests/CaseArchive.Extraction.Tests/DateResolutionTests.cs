using CaseArchive.Extraction.Text;

namespace CaseArchive.Extraction.Tests;

public class DateResolutionTests
{
    private static readonly DateOnly Monday = Extract.Date("2019-12-23");

    private static PartialDate? Resolve(string sentence, DateOnly? reference, int? anchorYear = null) =>
        DateFinder.Resolve(Assert.Single(DateFinder.Find(sentence)), reference, anchorYear);

    [Theory]
    [InlineData("The court ruled on December 23.", "2019-12-23")]
    [InlineData("The court ruled on December 24.", "2018-12-24")]
    [InlineData("The court ruled in October.", "2019-10")]
    [InlineData("The court ruled on Wednesday.", "2019-12-18")]
    [InlineData("The court ruled on Monday.", "2019-12-23")]
    [InlineData("The court ruled last month.", "2019-11")]
    [InlineData("The court ruled last year.", "2018")]
    public void Should_resolve_a_date_without_a_year_against_the_publication_date(string sentence, string expected)
    {
        var date = Resolve(sentence, Monday);

        Assert.Equal(expected, date!.ToIsoString());
        Assert.True(date.Inferred);
    }

    [Theory]
    [InlineData("She crossed in May 2018.", "2018-05")]
    [InlineData("The court ruled on December 23, 2019.", "2019-12-23")]
    [InlineData("The court ruled on 23 December 2019.", "2019-12-23")]
    [InlineData("Суд вынес приговор 23 декабря 2019 года.", "2019-12-23")]
    [InlineData("Она перешла границу в мае 2018 года.", "2018-05")]
    [InlineData("She was detained in 2017.", "2017")]
    public void Should_keep_a_date_with_its_year_as_stated(string sentence, string expected)
    {
        var date = Resolve(sentence, Monday);

        Assert.Equal(expected, date!.ToIsoString());
        Assert.False(date.Inferred);
    }

    [Theory]
    [InlineData("Двадцать восьмого июня 2016 года суд вынес решение.", "2016-06-28")]
    [InlineData("Первого июля 2016 года его выслали.", "2016-07-01")]
    [InlineData("Тридцать первого мая 2020 года его задержали.", "2020-05-31")]
    [InlineData("В начале августа 2017 года суд приостановил высылку.", "2017-08")]
    [InlineData("В конце 2019 года он бежал.", "2019")]
    [InlineData("Сот 2019 жылы 9 шілдеде басталды.", "2019-07-09")]
    [InlineData("Сот отырысы 2018 жылы шілденің 9-ы басталды.", "2018-07-09")]
    [InlineData("Ол 2019 жылы тамызда шекарадан өтті.", "2019-08")]
    public void Should_read_days_in_words_parts_of_a_month_and_kazakh_dates_with_their_year(string sentence, string expected)
    {
        var date = Resolve(sentence, Monday);

        Assert.Equal(expected, date!.ToIsoString());
        Assert.False(date.Inferred);
    }

    [Theory]
    [InlineData("В конце мая его задержали.", "2019-05")]
    [InlineData("A court cancelled the order in mid-June.", "2019-06")]
    [InlineData("Сот отырысы шілденің 9-ы басталды.", "2019-07-09")]
    [InlineData("Ол мамыр айында шекарадан өтті.", "2019-05")]
    public void Should_resolve_a_part_of_a_month_and_a_kazakh_date_without_a_year_against_the_publication_date(string sentence, string expected)
    {
        var date = Resolve(sentence, Monday);

        Assert.Equal(expected, date!.ToIsoString());
        Assert.True(date.Inferred);
    }

    [Fact]
    public void Should_not_read_a_kazakh_month_name_alone_as_a_date()
    {
        Assert.Empty(DateFinder.Find("Қазан қайнап тұр."));
    }

    [Theory]
    [InlineData("The court ruled on December 23.")]
    [InlineData("The court ruled in October.")]
    [InlineData("The court ruled on Wednesday.")]
    [InlineData("The court ruled last month.")]
    public void Should_not_guess_a_year_without_a_publication_date(string sentence)
    {
        Assert.Null(Resolve(sentence, null));
    }

    [Fact]
    public void Should_give_a_bare_month_the_year_the_sentence_before_stated()
    {
        var date = Resolve("She fled China in April.", null, anchorYear: 2018);

        Assert.Equal("2018-04", date!.ToIsoString());
        Assert.True(date.Inferred);
    }

    [Fact]
    public void Should_date_a_wire_story_from_its_dateline()
    {
        var result = Extract.From("ALMATY, Aug 1 (Reuters) - A Kazakh court on Wednesday sentenced Aida Sar to one year in prison.", Extract.Date("2018-08-02"));

        Assert.Equal("2018-08-01", Assert.Single(result.Rulings).Date!.ToIsoString());
    }

    [Fact]
    public void Should_let_the_published_argument_override_the_header()
    {
        var article = ArticleReader.Read("published: 2019-12-23\n\nA court in Taraz sentenced Aida Sar to one year in prison on December 20.");

        Assert.Equal("2019-12-20", Assert.Single(Extractor.Extract(article).Rulings).Date!.ToIsoString());
        Assert.Equal("2018-12-20", Assert.Single(Extractor.Extract(article, Extract.Date("2019-06-01")).Rulings).Date!.ToIsoString());
    }

    [Fact]
    public void Should_not_read_may_the_verb_as_a_month()
    {
        Assert.Empty(DateFinder.Find("She may appeal the ruling."));
    }

    [Theory]
    [InlineData("They crossed the border in the spring.", "2019")]
    [InlineData("They crossed the border in the autumn.", "2019")]
    [InlineData("They crossed the border last autumn.", "2019")]
    [InlineData("Минувшей осенью они перешли кордон.", "2019")]
    [InlineData("The court ruled last week.", "2019-12")]
    public void Should_resolve_seasons_and_last_week_as_precisely_as_they_allow(string sentence, string expected)
    {
        var date = Resolve(sentence, Monday);

        Assert.Equal(expected, date!.ToIsoString());
        Assert.True(date.Inferred);
    }

    [Fact]
    public void Should_give_last_week_no_month_when_it_spans_two()
    {
        Assert.Equal("2020", Resolve("The court ruled last week.", Extract.Date("2020-12-09"))!.ToIsoString());
    }

    [Fact]
    public void Should_give_a_bare_day_the_year_of_the_same_month_stated_before_when_there_is_no_publication_date()
    {
        var result = Extract.From("""
            The agency deported Mihri Kad, 34, to Kazakhstan on 3 February 2021.
            On 18 February, a court in Stockholm granted Kad refugee status.
            In October, two other men, Arman Tole and Serik Nur, were arrested.
            """);

        var ruling = Assert.Single(result.Rulings);
        Assert.Equal("2021-02-18", ruling.Date!.ToIsoString());
        Assert.True(ruling.DateInferred);
        Assert.All(result.Events.Where(e => e.Kind == EventKind.Arrest), e => Assert.Null(e.Date));
    }
}
