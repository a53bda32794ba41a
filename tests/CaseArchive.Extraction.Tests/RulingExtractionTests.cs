namespace CaseArchive.Extraction.Tests;

public class RulingExtractionTests
{
    private static readonly DateOnly Published = Extract.Date("2021-03-12");

    [Fact]
    public void Should_join_a_ruling_spread_over_adjacent_sentences()
    {
        var result = Extract.From("""
            A court in Kazakhstan has decided that an ethnic Kazakh woman who crossed the border illegally will not be deported.

            The court in the eastern town of Zaisan announced the decision on March 9.

            Judge Arman Seit gave Baqyt Ilyas a six-month suspended sentence.

            The verdict matched the request of Prosecutor Nurlan Dos.
            """, Published);

        var ruling = Assert.Single(result.Rulings);
        Assert.Equal("Baqyt Ilyas", ruling.Person);
        Assert.Equal("Zaisan", ruling.City);
        Assert.Equal("Kazakhstan", ruling.Country);
        Assert.Equal("2021-03-09", ruling.Date!.ToIsoString());
        Assert.True(ruling.DateInferred);
        Assert.Equal("Arman Seit", ruling.Judge);
        Assert.Equal("Nurlan Dos", ruling.Prosecutor);
        Assert.Equal(["illegal_border_crossing"], ruling.Charges);
        Assert.Equal(Verdict.Convicted, ruling.Verdict);
        Assert.Equal(new SentenceRecord(SentenceKind.Suspended, 6), ruling.Sentence);
        Assert.Equal(Outcome.NotDeported, ruling.Outcome);
        var person = result.Persons.Single(p => p.Name == "Baqyt Ilyas");
        Assert.Equal("Kazakh", person.Ethnicity);
        Assert.Equal("female", person.Gender);
    }

    [Theory]
    [InlineData("A court in Zharkent sentenced Erlan Bek, a 41-year-old ethnic Kazakh man, to one year of restricted freedom.", SentenceKind.RestrictedFreedom, 12)]
    [InlineData("A court in Zharkent gave Erlan Bek, 41 years old, a six-month suspended sentence.", SentenceKind.Suspended, 6)]
    [InlineData("Суд в Жаркенте приговорил Ерлана Бека в возрасте 41 года к двум годам ограничения свободы.", SentenceKind.RestrictedFreedom, 24)]
    public void Should_not_take_a_persons_age_for_the_length_of_the_sentence(string sentence, SentenceKind kind, int months)
    {
        var ruling = Assert.Single(Extract.From(sentence, Published).Rulings);

        Assert.Equal(new SentenceRecord(kind, months), ruling.Sentence);
    }

    [Theory]
    [InlineData("A court in Almaty refused to extradite Rakhima Sen to China.", Outcome.ExtraditionRefused)]
    [InlineData("A court in Istanbul approved the extradition of Rakhima Sen to China.", Outcome.Extradited)]
    [InlineData("A court in Taraz ordered Rakhima Sen deported to China after her sentence.", Outcome.Deported)]
    [InlineData("A court in Taraz ruled that Rakhima Sen will not be deported.", Outcome.NotDeported)]
    [InlineData("A court in Stockholm granted asylum to Rakhima Sen.", Outcome.AsylumGranted)]
    [InlineData("A court in Almaty rejected the asylum appeal of Rakhima Sen.", Outcome.AsylumDenied)]
    public void Should_read_the_outcome_of_a_ruling(string text, Outcome outcome)
    {
        Assert.Equal(outcome, Assert.Single(Extract.From(text).Rulings).Outcome);
    }

    [Theory]
    [InlineData("A court in Taraz sentenced Rakhima Sen to one year in prison.", SentenceKind.Prison, 12)]
    [InlineData("A court in Taraz gave Rakhima Sen a six-month suspended sentence.", SentenceKind.Suspended, 6)]
    [InlineData("A court in Taraz handed Rakhima Sen a suspended 6-months prison sentence.", SentenceKind.Suspended, 6)]
    [InlineData("A court in Taraz sentenced Rakhima Sen to two years of restricted freedom.", SentenceKind.RestrictedFreedom, 24)]
    [InlineData("A court in Taraz ordered Rakhima Sen to pay a fine of 25,000 tenge.", SentenceKind.Fine, null)]
    public void Should_read_the_kind_and_length_of_a_sentence(string text, SentenceKind kind, int? months)
    {
        var ruling = Assert.Single(Extract.From(text).Rulings);
        Assert.Equal(new SentenceRecord(kind, months), ruling.Sentence);
        Assert.Equal(Verdict.Convicted, ruling.Verdict);
    }

    [Fact]
    public void Should_read_an_acquittal()
    {
        var ruling = Assert.Single(Extract.From("A court in Taraz acquitted Rakhima Sen of illegal border crossing.").Rulings);

        Assert.Equal(Verdict.Acquitted, ruling.Verdict);
        Assert.Null(ruling.Sentence);
    }

    [Fact]
    public void Should_not_take_what_the_prosecutor_asked_for_as_the_sentence()
    {
        var result = Extract.From("""
            A court in Taraz gave Rakhima Sen a six-month suspended sentence. The prosecutor had asked for two years in prison.
            """);

        Assert.Equal(new SentenceRecord(SentenceKind.Suspended, 6), Assert.Single(result.Rulings).Sentence);
    }

    [Fact]
    public void Should_treat_asylum_granted_by_a_government_as_an_event_not_a_ruling()
    {
        var result = Extract.From("Rakhima Sen, an ethnic Kazakh, left for Europe. She was later granted asylum in Sweden.");

        Assert.Empty(result.Rulings);
        var e = Assert.Single(result.Events);
        Assert.Equal(EventKind.AsylumGranted, e.Kind);
        Assert.Equal("Sweden", e.Place);
    }

    [Fact]
    public void Should_make_one_court_of_a_town_named_twice()
    {
        var result = Extract.From("""
            A court in Zharkent sentenced Rakhima Sen to six months of restricted freedom.
            The Specialised inter-district criminal court of Zharkent also ruled that she will not be deported.
            """);

        var court = Assert.Single(result.Courts);
        Assert.Equal("Zharkent", court.City);
        Assert.Equal("Kazakhstan", court.Country);
    }

    [Fact]
    public void Should_give_each_person_sentenced_together_a_ruling()
    {
        var result = Extract.From("The Zaisan district court found Ali Bek and Omar Khan guilty of illegal border crossing and fined them.");

        Assert.Equal(["Ali Bek", "Omar Khan"], result.Rulings.Select(r => r.Person));
        Assert.All(result.Rulings, r => Assert.Equal("Zaisan district court", r.Court));
    }

    [Fact]
    public void Should_not_read_a_relatives_sentence_as_the_persons_ruling()
    {
        var result = Extract.From("Saule Omar, a former teacher, lives in Almaty. Her son, she says, was sentenced to ten years in prison in China.");

        Assert.Empty(result.Rulings);
        Assert.Equal(ClaimKind.RelativeDetained, Assert.Single(result.DetentionClaims).Kind);
    }

    [Fact]
    public void Should_read_a_russian_ruling()
    {
        var result = Extract.From("""
            Панфиловский районный суд 23 декабря 2019 года приговорил этническую казашку к шести месяцам лишения свободы условно.
            Кайша Акан, гражданка Китая, заявила на суде, что она не будет депортирована.
            """);

        var ruling = Assert.Single(result.Rulings);
        Assert.Equal("Кайша Акан", ruling.Person);
        Assert.Equal("Zharkent", ruling.City);
        Assert.Equal("2019-12-23", ruling.Date!.ToIsoString());
        Assert.Equal(new SentenceRecord(SentenceKind.Suspended, 6), ruling.Sentence);
        Assert.Equal(Outcome.NotDeported, ruling.Outcome);
    }

    [Theory]
    [InlineData("A court in Taraz ruled that Rakhima Sen will not be sent back to China.", Outcome.NotDeported)]
    [InlineData("A court in Taraz fined Rakhima Sen, declining to deport her.", Outcome.NotDeported)]
    [InlineData("A court in Taraz ruled that Rakhima Sen may stay in Kazakhstan.", Outcome.NotDeported)]
    [InlineData("In 2020, a court in Taraz let Rakhima Sen stay in Kazakhstan.", Outcome.NotDeported)]
    [InlineData("A court in Ankara rejected Beijing's request to hand over Rakhima Sen.", Outcome.ExtraditionRefused)]
    [InlineData("A court in Moscow ordered Rakhima Sen of the Ili prefecture expelled from Russia.", Outcome.Deported)]
    [InlineData("A court in Istanbul rejected an appeal by Rakhima Sen, 40, against her deportation order.", Outcome.Deported)]
    [InlineData("The Osh regional court upheld a decision by the migration service to deny refugee status to Rakhima Sen.", Outcome.AsylumDenied)]
    [InlineData("Октябрьский районный суд Бишкека приговорил Рахиму Сен к двум годам лишения свободы с последующим выдворением в Китай.", Outcome.Deported)]
    public void Should_read_the_other_ways_the_press_reports_an_outcome(string text, Outcome outcome)
    {
        Assert.Equal(outcome, Assert.Single(Extract.From(text).Rulings).Outcome);
    }

    [Theory]
    [InlineData("A court in Taraz on Wednesday freed Rakhim Sen, fining him for crossing the border illegally.")]
    [InlineData("A court in Taraz on Wednesday gave Rakhim Sen a suspended sentence and ordered his release.")]
    [InlineData("Judge Aida Ker on Wednesday gave Rakhim Sen a suspended sentence and ordered that he be released from the detention center.")]
    public void Should_date_a_release_the_court_orders_on_the_day_of_the_ruling(string text)
    {
        var result = Extract.From(text, Published);

        var release = Assert.Single(result.Events, e => e.Kind == EventKind.Release);
        Assert.Equal("Rakhim Sen", release.Person);
        Assert.Equal("2021-03-10", release.Date!.ToIsoString());
    }

    [Fact]
    public void Should_keep_an_earlier_decision_by_another_court_as_a_ruling_of_its_own()
    {
        var result = Extract.From("""
            An appeals court in Kazakhstan on Wednesday overturned the prison sentence of Rakhim Sen, 33, and ordered his release.

            Sen was sentenced last month by a court in Taraz to one year in prison for illegally crossing the border.

            The Almaty Regional Court replaced the prison term with a fine and ruled that Sen may stay in Kazakhstan.
            """, Published);

        Assert.Equal(2, result.Rulings.Count);
        var first = Assert.Single(result.Rulings, r => r.City == "Taraz");
        Assert.Equal("2021-02", first.Date!.ToIsoString());
        Assert.Equal(new SentenceRecord(SentenceKind.Prison, 12), first.Sentence);
        var appeal = Assert.Single(result.Rulings, r => r.City != "Taraz");
        Assert.Equal("2021-03-10", appeal.Date!.ToIsoString());
        Assert.Equal(Outcome.NotDeported, appeal.Outcome);
    }

    [Fact]
    public void Should_give_a_release_of_the_lawyers_client_to_the_person_of_the_ruling()
    {
        var result = Extract.From("""
            Медеуский районный суд Алматы 9 марта отказал в экстрадиции в Китай этнического казаха Ерболата Сейткали.

            Адвокат Гульнар Есен сообщила, что судья Асель Ким освободила её подзащитного из-под стражи в зале суда.
            """, Published);

        var release = Assert.Single(result.Events, e => e.Kind == EventKind.Release);
        Assert.Equal("Ерболат Сейткали", release.Person);
        Assert.Equal("2021-03-09", release.Date!.ToIsoString());
    }

    [Fact]
    public void Should_read_a_russian_womans_accusative_name_and_an_order_not_to_expel_her()
    {
        var result = Extract.From("""
            Зайсанский районный суд в пятницу признал гражданку Китая Гульнур Касымову виновной в незаконном пересечении границы и назначил ей штраф.

            Суд постановил не выдворять её в Китай.
            """, Published);

        var ruling = Assert.Single(result.Rulings);
        Assert.Equal("Гульнур Касымова", ruling.Person);
        Assert.Equal(Outcome.NotDeported, ruling.Outcome);
        Assert.Equal(new SentenceRecord(SentenceKind.Fine, null), ruling.Sentence);
        Assert.Equal("2021-03-12", ruling.Date!.ToIsoString());
    }

    [Fact]
    public void Should_not_make_a_relative_quoted_after_the_ruling_a_party_to_it()
    {
        var result = Extract.From("""
            Judge Aida Ker of the Naryn regional court on Wednesday acquitted Rakhim Sen, 52, and said he could remain in Kyrgyzstan.

            "My father helped people," his son, Arman Sen, told reporters outside the court.
            """, Published);

        Assert.Equal("Rakhim Sen", Assert.Single(result.Rulings).Person);
    }

    [Fact]
    public void Should_date_a_ruling_without_a_year_against_the_publication_not_the_year_before()
    {
        var result = Extract.From("""
            Rakhim Sen, 53, was detained by police in Mecca in November 2019.

            A court in Riyadh ruled on March 8 that Sen must be extradited.
            """, Published);

        Assert.Equal("2021-03-08", Assert.Single(result.Rulings).Date!.ToIsoString());
    }

    [Fact]
    public void Should_join_a_ruling_told_again_far_from_the_first_telling()
    {
        var result = Extract.From("""
            A court in Riyadh on Monday approved the extradition of Rakhim Sen to China.

            Sen, 53, had travelled to Mecca for the pilgrimage.

            He was detained at his hotel by plain-clothes police.

            His wife said she had lost contact with him for weeks.

            Friends in Istanbul collected signatures for him.

            The court's decision to extradite Sen came despite appeals from rights groups, his lawyer said.
            """, Published);

        var ruling = Assert.Single(result.Rulings);
        Assert.Equal(Outcome.Extradited, ruling.Outcome);
    }

    [Fact]
    public void Should_not_take_a_removal_by_the_authorities_for_a_court_ruling()
    {
        var result = Extract.From("""
            Рахим Сен заявил, что на родине ему грозит преследование.

            Рахима Сена выдворили из России в Узбекистан, проигнорировав меры Европейского суда по правам человека.
            """, Published);

        Assert.Empty(result.Rulings);
    }
}
