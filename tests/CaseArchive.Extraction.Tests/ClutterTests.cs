using CaseArchive.Extraction.Text;

namespace CaseArchive.Extraction.Tests;

public class ClutterTests
{
    private static List<string> Sentences(string text) => TextSegmenter.Split(text).Sentences.Select(s => s.Text).ToList();

    [Fact]
    public void Should_drop_menus_headlines_and_captions_pasted_twice()
    {
        var sentences = Sentences("""
            Accessibility links

            Breaking News

            Herder Spared Deportation

            Aibek Sarsen outside the court.
            Aibek Sarsen outside the court.

            A court in Taraz spared Aibek Sarsen from deportation.
            """);

        Assert.Equal(["A court in Taraz spared Aibek Sarsen from deportation."], sentences);
    }

    [Fact]
    public void Should_drop_the_outlets_notices_and_calls_to_action()
    {
        var sentences = Sentences("""
            A court in Taraz ruled on Monday.

              • 16x9 Image

            The Service offers informed and accurate reporting in the Kazakh and Russian languages about issues that matter in Kazakhstan.

            This outlet has been declared an "undesirable organization" by a foreign government.

            To find out more, click here.
            """);

        Assert.Equal(["A court in Taraz ruled on Monday."], sentences);
    }

    [Fact]
    public void Should_keep_a_quotation_with_its_full_stops_in_one_sentence()
    {
        var sentences = Sentences("\"I crossed at night. I was afraid,\" Sarsen said. The judge listened.");

        Assert.Equal(["\"I crossed at night. I was afraid,\" Sarsen said.", "The judge listened."], sentences);
    }

    [Fact]
    public void Should_not_end_a_sentence_at_an_abbreviation()
    {
        var sentences = Sentences("The hearing on Aug. 3 was short. Mr. Sarsen left.");

        Assert.Equal(["The hearing on Aug. 3 was short.", "Mr. Sarsen left."], sentences);
    }

    [Fact]
    public void Should_read_a_wire_dateline_and_keep_it_out_of_the_sentence()
    {
        var (sentences, dateline) = TextSegmenter.Split("ALMATY, Aug 1 (Reuters) - A Kazakh court ruled on Wednesday.");

        Assert.Equal("A Kazakh court ruled on Wednesday.", sentences[0].Text);
        Assert.Equal("ALMATY", dateline!.City);
        Assert.Equal(8, dateline.Month);
        Assert.Equal(1, dateline.Day);
    }

    [Fact]
    public void Should_keep_a_last_sentence_cut_off_without_punctuation_but_not_a_last_headline()
    {
        var cut = Sentences("""
            A court in Taraz spared Aibek Sarsen from deportation.

            He had fled across the border in the spring of
            """);
        var headline = Sentences("""
            A court in Taraz spared Aibek Sarsen from deportation.

            Herder Spared Deportation In Taraz Court Ruling
            """);

        Assert.Equal(["A court in Taraz spared Aibek Sarsen from deportation.", "He had fled across the border in the spring of"], cut);
        Assert.Equal(["A court in Taraz spared Aibek Sarsen from deportation."], headline);
    }

    [Fact]
    public void Should_read_a_last_line_cut_off_after_a_lone_quotation_mark()
    {
        var cut = Sentences("""
            A court in Taraz spared Aibek Sarsen from deportation.

            His lawyer told reporters that « the
            """);

        Assert.Equal(["A court in Taraz spared Aibek Sarsen from deportation.", "His lawyer told reporters that « the"], cut);
    }
}
