using CaseArchive.Web.Pages.Editor.Imports;
using Microsoft.AspNetCore.Html;

namespace CaseArchive.Web.Tests.Pages.Editor.Imports;

public sealed class ArticleMarksTests
{
    private const string Text = "First sentence. Second <b>sentence</b>. Судья Асубаева вынесла приговор.";

    [Fact]
    public void Should_mark_each_quoted_sentence_and_leave_the_rest_as_it_is()
    {
        var marks = new ArticleMarks(Text, ["First sentence.", "Судья Асубаева вынесла приговор."]);

        Assert.Equal(["First sentence.", " Second <b>sentence</b>. ", "Судья Асубаева вынесла приговор."], marks.Pieces.Select(p => p.Text));
        Assert.Equal([true, false, true], marks.Pieces.Select(p => p.Anchor is not null));
        Assert.Equal(Text, string.Concat(marks.Pieces.Select(p => p.Text)));
    }

    [Fact]
    public void Should_join_overlapping_quotes_into_one_mark_that_both_link_to()
    {
        var marks = new ArticleMarks(Text, ["First sentence. Second", "Second <b>sentence</b>."]);

        Assert.Equal(2, marks.Pieces.Count);
        Assert.Equal(marks.AnchorOf("First sentence. Second"), marks.AnchorOf("Second <b>sentence</b>."));
        Assert.Null(marks.AnchorOf("A sentence the article does not have."));
    }

    [Fact]
    public void Should_encode_markup_in_the_article_but_keep_its_letters()
    {
        var marks = new ArticleMarks(Text, ["Second <b>sentence</b>."]);

        var html = ((HtmlString)marks.ToHtml()).Value!;

        Assert.Contains("&lt;b&gt;sentence&lt;/b&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.Contains("Судья Асубаева", html, StringComparison.Ordinal);
        Assert.Contains($"<mark id=\"{marks.AnchorOf("Second <b>sentence</b>.")}\">", html, StringComparison.Ordinal);
    }
}
