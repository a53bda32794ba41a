using CaseArchive.Extraction.Reading;

namespace CaseArchive.Extraction.Tests;

/// <summary>The vocabulary is data (Data/lexicon-LANG.tsv): a new phrasing is one line, matched on stems.</summary>
public class VocabularyTests
{
    private static List<LexiconHit> Find(Lexicon lexicon, string text, string prefix = "") =>
        lexicon.Find(new Tokenizer().Tokenize(text), prefix);

    [Fact]
    public void A_new_phrasing_is_one_line_of_data()
    {
        const string sentence = "The judges let the herder settle in Almaty for good.";
        Assert.DoesNotContain(Find(Lexicon.Default, sentence, "outcome."), h => h.Label == "outcome.not_deported");

        var extended = Lexicon.Parse([.. Lexicon.DefaultLines, "outcome.not_deported\tlet * … settle in"]);

        var hit = Assert.Single(Find(extended, sentence, "outcome."));
        Assert.Equal("outcome.not_deported", hit.Label);
        Assert.Equal("let the herder settle in", sentence[hit.Start..hit.End]);
    }

    [Fact]
    public void A_new_name_for_the_camps_is_one_line_of_their_class()
    {
        const string sentence = "She was held for a year in a study centre near Ghulja.";
        Assert.Empty(Find(Lexicon.Default, sentence, "claim."));

        var extended = Lexicon.Parse([.. Lexicon.DefaultLines, "class.facility\tstudy centre"]);

        Assert.Contains(Find(extended, sentence, "claim."), h => h.Label == "claim.detained" && sentence[h.Start..h.End] == "held for a year in a study centre");
    }

    [Fact]
    public void A_phrase_naming_no_class_is_refused_with_a_clear_message()
    {
        var error = Assert.Throws<FormatException>(() => Lexicon.Parse(["claim.detained\theld … @prisons"]));
        Assert.Contains("names no class", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Суд отказала в экстрадиции.", "outcome.extradition_refused")]
    [InlineData("Суды отказали в экстрадиции.", "outcome.extradition_refused")]
    [InlineData("Его задержали на границе.", "event.arrest")]
    [InlineData("She was threatened with internment.", "claim.threatened")]
    [InlineData("He worked as a guard in a camp in Ghulja.", "claim.worked_in_facility")]
    [InlineData("Суд не стал выдворять его из страны.", "outcome.not_deported")]
    [InlineData("Её поместили в центр временного содержания.", "event.detention")]
    [InlineData("He was held at a removal centre near the airport.", "event.detention")]
    [InlineData("The judge overturned the order to deport him.", "outcome.not_deported")]
    [InlineData("Ол шекарадан заңсыз өтті.", "event.border_crossing")]
    public void Inflected_forms_match_on_their_stems(string text, string label) =>
        Assert.Contains(Find(Lexicon.Default, text), h => h.Label == label);

    [Fact]
    public void A_negated_or_hypothetical_phrase_is_marked()
    {
        var negated = Assert.Single(Find(Lexicon.Default, "Police never arrested him, she said.", "event.arrest"));
        Assert.True(negated.Negated);
        var hypothetical = Assert.Single(Find(Lexicon.Default, "If he returns, they would have arrested him.", "event.arrest"));
        Assert.True(hypothetical.Hypothetical);
    }

    [Fact]
    public void Every_label_of_the_data_is_a_word_of_the_contract()
    {
        foreach (var label in Lexicon.Default.Labels)
        {
            var known = label.Split('.')[0] switch
            {
                "outcome" => Analysis.OutcomeOfLabel(label) is not null,
                "claim" => Analysis.ClaimKindOf(label) is not null || label is Analysis.NoClaimLabel or Analysis.IfReturnedLabel,
                "event" => Analysis.EventKindOf(label) is not null,
                "person" => label is Analysis.CommentatorLabel or Analysis.SpeakerLabel or Analysis.PlaceCueLabel or Analysis.NamingLabel or Analysis.SiblingsLabel
                    or Analysis.PartyLabel or Analysis.GroupLabel or Analysis.TellerLabel,
                "ruling" or "proceeding" => Analysis.RulingLabels.Contains(label),
                "basis" => label == Analysis.BasisLabel,
                _ => false,
            };
            Assert.True(known, $"'{label}' is no label of the contract.");
        }
    }

    [Fact]
    public void A_word_written_with_an_equals_sign_matches_that_form_only()
    {
        // "пытали" (tortured) and "пытались" (tried) share the stem "пыта".
        var byStem = Lexicon.Parse(["claim.persecution\tего пытали"]);
        var byForm = Lexicon.Parse(["claim.persecution\tего =пытали"]);

        Assert.NotEmpty(Find(byStem, "Его пытались выдать Китаю."));
        Assert.Empty(Find(byForm, "Его пытались выдать Китаю."));
        Assert.Single(Find(byForm, "В Синьцзяне его пытали."));
        Assert.Empty(Find(Lexicon.Default, "Его пытались выдать Китаю.", "claim."));
        Assert.Empty(Find(Lexicon.Default, "A torture investigation was opened.", "claim."));
    }

    [Fact]
    public void An_unknown_cue_is_refused_with_a_clear_message()
    {
        var error = Assert.Throws<FormatException>(() => Lexicon.Parse(["cue.doubt\tperhaps"]));
        Assert.Contains("no cue", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_line_without_a_label_is_refused_with_a_clear_message()
    {
        var error = Assert.Throws<FormatException>(() => Lexicon.Parse(["just some words"]));
        Assert.Contains("label<TAB>phrase", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Суд назначил ему штраф без депортации из страны.")]
    [InlineData("Суд назначил ему штраф без высылки из страны.")]
    [InlineData("Благодаря решению суда она избежала депортации.")]
    public void Every_name_of_a_removal_is_one_class_of_the_outcome_phrases(string sentence)
    {
        Assert.Equal("outcome.not_deported", Assert.Single(Find(Lexicon.Default, sentence, "outcome.")).Label);
    }
}
