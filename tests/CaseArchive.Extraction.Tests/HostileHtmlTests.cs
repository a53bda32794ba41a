using System.Text;

namespace CaseArchive.Extraction.Tests;

/// <summary>
/// Pages built to make the HTML reader slow, each about 2 MB: refused with a message that says why, or read
/// correctly. What bounds their cost is the nesting and element limits these tests check; the time they take
/// is measured by scripts/bench-hostile-pages (docs/reliability.md).
/// </summary>
public class HostileHtmlTests
{
    private const int Size = 2 * 1024 * 1024 - 1024;

    private static byte[] Page(string head, string unit, string tail = "")
    {
        var page = new StringBuilder("<html><body>").Append(head);
        while (page.Length + unit.Length + tail.Length < Size)
        {
            page.Append(unit);
        }
        return Encoding.UTF8.GetBytes(page.Append(tail).ToString());
    }

    private static string Repeat(string unit, int count) => string.Concat(Enumerable.Repeat(unit, count));

    // Built in the test, not in the theory's data, which xunit would copy into every test's name.
    private static readonly Dictionary<string, Func<byte[]>> TooDeep = new()
    {
        ["nested divs"] = () => Page("", "<div>", "Deep text."),
        ["nested divs, closed"] = () => Encoding.UTF8.GetBytes("<html><body>" + Repeat("<div>", 170_000) + "Deep text." + Repeat("</div>", 170_000)),
        ["unclosed bold"] = () => Page("<p>", "<b>", "x"),
        ["bold with attributes"] = () => Page("<p>", "<b class=c id=i title=t>", "x"),
        ["nested spans in a paragraph"] = () => Page("<p>", "<span>", "x"),
        ["nested templates"] = () => Page("", "<template>", "x"),
        ["nested SVG groups"] = () => Page("<svg>", "<g>", "x"),
        ["nested tables"] = () => Page("", "<table><tr><td>", "x"),
        ["links around divs"] = () => Page("", "<a href=x><div>", "x"),
        ["misnested bold and divs"] = () => Page("", "<b><div></b>", "x"),
    };

    private static readonly Dictionary<string, Func<byte[]>> TooManyElements = new()
    {
        ["unclosed paragraphs"] = () => Page("", "<p>t"),
        ["sibling paragraphs"] = () => Page("<article>", "<p>t</p>"),
        ["sibling scripts"] = () => Page("<article><p>Text.</p>", "<script></script>"),
        ["selects that close each other"] = () => Page("", "<select><option>"),
    };

    public static TheoryData<string> TooDeepKinds => [.. TooDeep.Keys];

    public static TheoryData<string> TooManyElementsKinds => [.. TooManyElements.Keys];

    [Theory]
    [MemberData(nameof(TooDeepKinds))]
    public void Should_refuse_a_page_nested_deeper_than_any_article(string kind)
    {
        var error = Assert.Throws<ArticleFormatException>(() => ArticleReader.Read(TooDeep[kind](), "hostile.html"));
        Assert.True(error.Message.Contains($"'hostile.html' nests its HTML elements more than {NestingGuard.MaxDepth} deep", StringComparison.Ordinal), $"{kind}: {error.Message}");
    }

    [Theory]
    [MemberData(nameof(TooManyElementsKinds))]
    public void Should_refuse_a_page_of_more_elements_than_any_article(string kind)
    {
        var error = Assert.Throws<ArticleFormatException>(() => ArticleReader.Read(TooManyElements[kind](), "hostile.html"));
        Assert.True(error.Message.Contains("'hostile.html' has more than 100,000 HTML elements", StringComparison.Ordinal), $"{kind}: {error.Message}");
    }

    [Fact]
    public void Should_read_a_page_nested_just_within_the_limit()
    {
        // html and body are two of the levels.
        var depth = NestingGuard.MaxDepth - 2;
        var page = "<html><body>" + Repeat("<div>", depth - 1) + "<p>Deep text.</p>" + Repeat("</div>", depth - 1) + "<p>After.</p></body></html>";

        Assert.Equal("Deep text.\n\nAfter.", ArticleReader.Read(page).Text);
        Assert.Throws<ArticleFormatException>(() => ArticleReader.Read(page.Replace("<p>Deep", "<div><p>Deep", StringComparison.Ordinal)));
    }

    [Fact]
    public void Should_read_a_page_of_just_under_the_element_limit()
    {
        // html, head, body and article are four of the elements.
        var page = "<html><body><article>" + Repeat("<p>t</p>", NestingGuard.MaxElements - 4) + "</article></body></html>";

        Assert.Equal(NestingGuard.MaxElements - 4, ArticleReader.Read(page).Text.Split("\n\n").Length);
        Assert.Throws<ArticleFormatException>(() => ArticleReader.Read(page.Replace("<article>", "<article><p>t</p>", StringComparison.Ordinal)));
    }

    [Fact]
    public void Should_read_around_a_huge_comment()
    {
        Assert.Equal("Before.\n\nAfter.", ArticleReader.Read(Page("<p>Before.</p><!--", "-", "--><p>After.</p>")).Text);
        Assert.Equal("Before.", ArticleReader.Read(Page("<p>Before.</p><!--", "-- ")).Text);
    }

    [Fact]
    public void Should_read_a_paragraph_with_a_huge_number_of_attributes()
    {
        var attributes = new StringBuilder();
        for (var i = 0; attributes.Length < Size - 100; i++)
        {
            attributes.Append(" a").Append(i).Append("=\"").Append(i % 2 == 0 ? "javascript:x" : "&amp;").Append('"');
        }
        var page = $"<html><body><p{attributes}>The text &amp; more.</p></body></html>";

        Assert.Equal("The text & more.", ArticleReader.Read(page).Text);
    }

    [Fact]
    public void Should_read_formatting_that_is_reopened_again_and_again()
    {
        // Bold elements closed by a div's end and reopened by the next text, as the HTML standard says.
        var bolds = string.Concat(Enumerable.Range(0, 100).Select(i => $"<b id={i}>"));
        var page = Page(Repeat("<div>", 100) + bolds, "</div>x");
        var xs = Encoding.UTF8.GetString(page).Count(c => c == 'x');

        var text = ArticleReader.Read(page).Text;

        Assert.Equal(xs, text.Count(c => c == 'x'));
        Assert.All(text, c => Assert.True(c is 'x' or ' ' or '\n'));
    }
}
