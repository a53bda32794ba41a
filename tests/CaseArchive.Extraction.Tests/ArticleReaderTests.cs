using System.Text;

namespace CaseArchive.Extraction.Tests;

public class ArticleReaderTests
{
    [Fact]
    public void Should_read_the_header_lines_before_the_first_blank_line()
    {
        var article = ArticleReader.Read("title: A court case\noutlet: RFE/RL\npublished: 2019-12-23\nurl: https://example.org/a\nlanguage: en\n\nThe text starts here.");

        Assert.Equal("A court case", article.Header.Title);
        Assert.Equal("RFE/RL", article.Header.Outlet);
        Assert.Equal(new DateOnly(2019, 12, 23), article.Header.PublishedOn);
        Assert.Equal("https://example.org/a", article.Header.Url);
        Assert.Equal("en", article.Header.Language);
        Assert.Equal("The text starts here.", article.Text);
    }

    [Fact]
    public void Should_take_text_without_a_header_as_the_article()
    {
        var article = ArticleReader.Read("A court in Almaty ruled on Monday.\n\nIt was a long day.");

        Assert.Null(article.Header.PublishedOn);
        Assert.StartsWith("A court in Almaty", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_refuse_an_empty_file()
    {
        var error = Assert.Throws<ArticleFormatException>(() => ArticleReader.Read([], "empty.txt"));
        Assert.Contains("empty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_refuse_a_file_of_whitespace()
    {
        Assert.Throws<ArticleFormatException>(() => ArticleReader.Read(Encoding.UTF8.GetBytes(" \n\t\n ")));
    }

    [Fact]
    public void Should_refuse_a_binary_file()
    {
        var error = Assert.Throws<ArticleFormatException>(() => ArticleReader.Read([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x10]));
        Assert.Contains("binary", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_refuse_text_that_is_not_utf8()
    {
        // "Сауытбай" in Windows-1251: valid bytes in that code page, invalid UTF-8.
        byte[] cp1251 = [0xD1, 0xE0, 0xF3, 0xFB, 0xF2, 0xE1, 0xE0, 0xE9, 0x20, 0xF1, 0xEA, 0xE0, 0xE7, 0xE0, 0xEB, 0xE0];
        var error = Assert.Throws<ArticleFormatException>(() => ArticleReader.Read(cp1251));
        Assert.Contains("UTF-8", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_refuse_a_file_over_2_MB()
    {
        var big = Encoding.UTF8.GetBytes(new string('a', (2 * 1024 * 1024) + 1));
        var error = Assert.Throws<ArticleFormatException>(() => ArticleReader.Read(big));
        Assert.Contains("2 MB", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_accept_a_file_of_exactly_2_MB()
    {
        var text = "A court in Almaty ruled. " + new string('a', (2 * 1024 * 1024) - 25);
        Assert.Equal(2 * 1024 * 1024, Encoding.UTF8.GetByteCount(text));
        Assert.NotNull(ArticleReader.Read(Encoding.UTF8.GetBytes(text)));
    }

    [Fact]
    public void Should_take_the_main_text_and_header_out_of_an_html_page()
    {
        const string html = """
            <!DOCTYPE html><html lang="en"><head><title>Page title | Site</title>
            <meta property="og:title" content="Court frees herder">
            <meta property="og:site_name" content="Steppe News">
            <meta property="article:published_time" content="2020-05-04T10:00:00+06:00">
            <link rel="canonical" href="https://steppe.example/herder"></head>
            <body><nav><a href="/">Home</a> Menu item</nav>
            <article><p>A court in Taraz <b>freed</b> a herder on Monday.</p>
            <figure><figcaption>The herder outside the court.</figcaption></figure>
            <div class="share"><a>Share on Facebook</a></div>
            <p>He had crossed the border in March.</p></article>
            <footer>All rights reserved.</footer></body></html>
            """;

        var article = ArticleReader.Read(Encoding.UTF8.GetBytes(html));

        Assert.Equal("Court frees herder", article.Header.Title);
        Assert.Equal("Steppe News", article.Header.Outlet);
        Assert.Equal("https://steppe.example/herder", article.Header.Url);
        Assert.Equal(new DateOnly(2020, 5, 4), article.Header.PublishedOn);
        Assert.Equal("en", article.Header.Language);
        Assert.Equal("A court in Taraz freed a herder on Monday.\n\nHe had crossed the border in March.", article.Text);
    }

    [Fact]
    public void Should_guess_russian_from_cyrillic_text()
    {
        var article = ArticleReader.Read("Суд города Жаркент вынес приговор.");
        Assert.Equal("ru", article.Header.Language);
    }

    [Theory]
    [InlineData("<link rel=\"canonical\" href=\"javascript:alert(1)\">")]
    [InlineData("<link rel=\"canonical\" href=\" JaVaScRiPt:alert(1)\">")]
    [InlineData("<link rel=\"canonical\" href=\"/relative/path\">")]
    [InlineData("<meta property=\"og:url\" content=\"data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;\">")]
    [InlineData("<link rel=\"canonical\" href=\"vbscript:x\"><meta property=\"og:url\" content=\"file:///etc/passwd\">")]
    public void Should_drop_an_address_of_a_page_that_is_not_http_or_https(string head)
    {
        var article = ArticleReader.Read($"<html><head>{head}</head><body><p>A court in Taraz ruled.</p></body></html>");

        Assert.Null(article.Header.Url);
        Assert.Equal("A court in Taraz ruled.", article.Text);
    }

    [Fact]
    public void Should_take_the_pages_other_address_when_its_canonical_link_is_not_http()
    {
        var article = ArticleReader.Read("<html><head><link rel=\"canonical\" href=\"javascript:alert(1)\"><meta property=\"og:url\" content=\"https://steppe.example/a\"></head><body><p>Text.</p></body></html>");

        Assert.Equal("https://steppe.example/a", article.Header.Url);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("\u00a0JaVaScRiPt:alert(1)")]
    [InlineData("data:text/html;base64,PHNjcmlwdD4=")]
    public void Should_drop_a_header_line_address_that_is_not_http_or_https(string url)
    {
        var article = ArticleReader.Read($"title: A court case\nurl: {url}\n\nThe text starts here.");

        Assert.Equal("A court case", article.Header.Title);
        Assert.Null(article.Header.Url);
    }
}
