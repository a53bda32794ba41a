using CaseArchive.Domain.Privacy;

namespace CaseArchive.Domain.Tests.Privacy;

/// <summary>A hidden name is found however a text writes it, and the whole name goes.</summary>
public sealed class HiddenNamesTests
{
    private const string M = HiddenNames.Marker;

    // A fictional person, stored in two alphabets.
    private static readonly HiddenNames Hidden = new([new HiddenPerson(1, ["Zhanar Bekova", "Жанар Бекова"]), new HiddenPerson(2, ["Li Wu"])]);

    [Theory]
    [InlineData("Zhanar Bekova was sentenced.", M + " was sentenced.")]
    [InlineData("Bekova Zhanar was sentenced.", M + " was sentenced.")]
    [InlineData("Bekova, Zhanar was sentenced.", M + " was sentenced.")]
    [InlineData("Суд над Жанар Бековой", "Суд над " + M)]
    [InlineData("адвокат Бековой сказал", "адвокат " + M + " сказал")]
    [InlineData("с Бековым", "с " + M)]
    [InlineData("Бекову", M)]
    [InlineData("Жанар Бекованы соттады", M + " соттады")]
    [InlineData("Бекованың адвокаты", M + " адвокаты")]
    [InlineData("Zhanar said", M + " said")]
    [InlineData("Janar Bekova", M)]
    [InlineData("Zhanar Beková", M)]
    [InlineData("Zhanar B\u0435kova", M)] // a Cyrillic е
    [InlineData("Zhanar Be\u00ADko\u200Bva", M)] // a soft hyphen and a zero-width space
    [InlineData("Ｚｈａｎａｒ", M)] // full-width letters
    [InlineData("Zha&shy;nar Bek&#x43E;va", M)] // as HTML writes them
    [InlineData("\"Zhanar \\u0411\\u0435\\u043a\\u043e\\u0432\\u0430\"", "\"" + M + "\"")] // as JSON escapes them
    [InlineData("\"Zha\\u0026#xAD;nar Bekova\"", "\"" + M + "\"")] // HTML inside JSON
    [InlineData("Li Wu spoke", M + " spoke")]
    public void Should_replace_the_whole_name_in_any_form(string text, string expected) =>
        Assert.Equal(expected, Hidden.Redact(text));

    [Theory]
    [InlineData("Li spoke to Wu.")] // short parts apart
    [InlineData("In May 2019 the court sat.")]
    [InlineData("Bekmukhambetova spoke.")]
    [InlineData("The Zharkent court.")]
    public void Should_leave_words_that_are_not_the_name(string text) =>
        Assert.Equal(text, Hidden.Redact(text));

    [Theory]
    [InlineData("<a href=\"https://news.example.kz/2019/zhanar-bekova-sentenced?x=1\">Court sentences Zhanar Bekova</a>",
        "<a href=\"https://news.example.kz/\">Court sentences " + M + "</a>")]
    [InlineData("https://news.example.kz/%D0%96%D0%B0%D0%BD%D0%B0%D1%80-%D0%91%D0%B5%D0%BA%D0%BE%D0%B2%D0%B0 and more",
        "https://news.example.kz/ and more")]
    [InlineData("\"url\":\"https://bekova-support.org/about\"", "\"url\":\"" + M + "\"")]
    public void Should_replace_an_address_that_holds_the_name_by_its_sites_home_page(string text, string expected) =>
        Assert.Equal(expected, Hidden.Redact(text));

    [Fact]
    public void Should_keep_a_span_the_caller_spares()
    {
        var text = "Aigul Bekova and Zhanar Bekova";

        var redacted = Hidden.Redact(text, spare: span => span.Words == "Bekova" && span.Start == 6);

        Assert.Equal("Aigul Bekova and " + M, redacted);
    }

    [Fact]
    public void Should_change_nothing_when_nobody_is_hidden() =>
        Assert.Equal("Zhanar Bekova", HiddenNames.None.Redact("Zhanar Bekova"));
}
