using CaseArchive.Web.Infrastructure;
using Microsoft.AspNetCore.Http;

namespace CaseArchive.Web.Tests.Infrastructure;

public sealed class ReaderWordsTests
{
    private static ReaderWords Begin(string q)
    {
        var context = new DefaultHttpContext();
        context.Request.QueryString = new QueryString("?q=" + Uri.EscapeDataString(q));
        return ReaderWords.Begin(context);
    }

    [Fact]
    public void Should_spare_only_the_marked_echo_and_take_every_mark_out()
    {
        var words = Begin("Zhanar Bekova");

        var (text, echoes) = words.Take("Zhanar Bekova said so. You searched for “" + words.Mark("Zhanar Bekova") + "”.");

        Assert.Equal("Zhanar Bekova said so. You searched for “Zhanar Bekova”.", text);
        Assert.Equal(["Zhanar Bekova"], echoes.Select(e => text[e]));
        Assert.Equal(text.LastIndexOf("Zhanar", StringComparison.Ordinal), echoes.Single().Start.Value);
    }

    [Fact]
    public void Should_spare_nothing_when_a_mark_stands_without_its_pair()
    {
        var words = Begin("Zhanar Bekova");
        var parts = words.Mark("§").Split('§');

        // A lone end mark before the echo: taking it out moves every place after it.
        var (text, echoes) = words.Take(parts[1] + "Zhanar Bekova said so. “" + words.Mark("Zhanar Bekova") + "”");

        Assert.DoesNotContain(parts[1], text, StringComparison.Ordinal);
        Assert.All(echoes, e => Assert.Equal("Zhanar Bekova", text[e]));
    }

    [Fact]
    public void Should_not_spare_a_marked_text_the_reader_did_not_send()
    {
        var words = Begin("Nobody Atall");

        var (_, echoes) = words.Take("“" + words.Mark("Zhanar Bekova") + "”");

        Assert.Empty(echoes);
    }
}
