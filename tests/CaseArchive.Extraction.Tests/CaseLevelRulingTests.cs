using CaseArchive.Extraction.Reading;

namespace CaseArchive.Extraction.Tests;

/// <summary>
/// Rulings read at the level of the case: the outcome told away from the decision, a decision for or against the
/// person read by the kind of proceeding, decisions that are no court's, and one ruling per decision.
/// </summary>
public class CaseLevelRulingTests
{
    [Fact]
    public void Should_read_a_decision_for_the_person_by_the_kind_of_proceeding()
    {
        var result = Extract.From("The court in Bishkek sided with Aibek Tor, who faces deportation to China.");

        Assert.Equal(Outcome.NotDeported, Assert.Single(result.Rulings).Outcome);
    }

    [Fact]
    public void Should_read_a_dismissed_complaint_against_a_refusal_of_refugee_status_as_asylum_denied()
    {
        var result = Extract.From("Суд Алматы отклонил жалобу Дильназ Ораловой на отказ в предоставлении статуса беженца.");

        var ruling = Assert.Single(result.Rulings);
        Assert.Equal("Дильназ Оралова", ruling.Person);
        Assert.Equal(Outcome.AsylumDenied, ruling.Outcome);
    }

    [Fact]
    public void Should_read_a_claim_refused_by_the_court_as_a_decision_against_the_person()
    {
        var result = Extract.From("""
            Марат Оспанов попросил в Павлодаре статус беженца, но ведомство ему отказало.

            Марат Оспанов подал иск, но суд трижды ему отказал в иске.
            """);

        Assert.Equal(Outcome.AsylumDenied, Assert.Single(result.Rulings).Outcome);
    }

    [Fact]
    public void Should_read_a_rejected_request_to_cancel_an_extradition_as_a_decision_against_the_person()
    {
        var result = Extract.From("Aibek Tor's lawyer said a request to cancel the extradition order was rejected by the court in Rabat.");

        Assert.Equal(Outcome.Extradited, Assert.Single(result.Rulings).Outcome);
    }

    [Fact]
    public void Should_take_the_prosecutors_appeal_dismissed_as_a_decision_for_the_person()
    {
        var result = Extract.From("A court in Almaty rejected the prosecutor's appeal in the case of Aibek Tor, who has been fighting extradition to China.");

        Assert.Equal(Outcome.ExtraditionRefused, Assert.Single(result.Rulings).Outcome);
    }

    [Fact]
    public void Should_take_an_outcome_with_a_court_just_before_it_as_the_courts_decision()
    {
        var result = Extract.From("""
            Суд запретил высылать Айгуль Сеит в Китай.

            Айгуль Сеит, 35 лет, бежала из Синьцзяна в 2019 году.
            """);

        var ruling = Assert.Single(result.Rulings);
        Assert.Equal("Айгуль Сеит", ruling.Person);
        Assert.Equal(Outcome.NotDeported, ruling.Outcome);
    }

    [Fact]
    public void Should_read_a_conviction_told_in_the_impersonal_plural_as_the_ruling_on_the_group_named_before()
    {
        var result = Extract.From("""
            В марте 2020 года этнические казахи Бакыт Омар и Ерлан Сейт попросили убежища в Казахстане.

            Вскоре их осудили за незаконное пересечение границы.
            """);

        Assert.Equal(["Бакыт Омар", "Ерлан Сейт"], result.Rulings.Select(r => r.Person).Order().ToList());
        Assert.All(result.Rulings, r => Assert.Equal(Verdict.Convicted, r.Verdict));
    }

    [Fact]
    public void Should_give_two_people_tried_together_the_outcome_told_of_them_together()
    {
        var result = Extract.From("""
            A court in Zaisan sentenced Nurlan Abai and Serik Tleu, two ethnic Kazakhs from China, to six months in a penal colony.

            They had crossed the border in the autumn.

            The two men will not be sent back to China, their lawyer said.
            """);

        Assert.Equal(2, result.Rulings.Count);
        Assert.All(result.Rulings, r => Assert.Equal(Outcome.NotDeported, r.Outcome));
    }

    [Fact]
    public void Should_give_an_article_of_one_decision_the_outcome_told_without_a_name()
    {
        var result = Extract.From("""
            Суд в Зайсане приговорил Нурлана Абая к шести месяцам колонии.

            Осенью он перешел границу с Китаем.

            Главным итогом процесса адвокат назвала решение не депортировать подзащитного в Китай.
            """);

        Assert.Equal(Outcome.NotDeported, Assert.Single(result.Rulings).Outcome);
    }

    [Fact]
    public void Should_not_take_a_removal_without_a_court_decision_for_a_ruling()
    {
        var result = Extract.From("Security officers took Alexei Smirnov, a 24-year-old activist, to Russia without any court decision.");

        Assert.Empty(result.Rulings);
    }

    [Fact]
    public void Should_not_take_a_decision_still_to_come_for_a_ruling()
    {
        var result = Extract.From("His extradition can be decided only after a court rules on the asylum request of Ruslan Kim, a 40-year-old activist.");

        Assert.Empty(result.Rulings);
    }

    [Fact]
    public void Should_not_take_refugee_status_from_the_un_agency_for_the_courts_outcome()
    {
        var result = Extract.From("""
            A court in Ankara ruled on May 3 that the detention of Abdulla Tursun, a 60-year-old Uyghur, was unlawful.

            In 2010 Tursun was recognized as a refugee by UNHCR.
            """, Extract.Date("2019-05-06"));

        Assert.Equal(Outcome.Unknown, Assert.Single(result.Rulings).Outcome);
    }

    [Fact]
    public void Should_keep_a_decision_dated_years_before_the_news_apart_from_the_undated_news()
    {
        var result = Extract.From("""
            A court in Lyon approved the extradition of Marat Ospan to Russia.

            Ospan had been hiding since being sentenced to prison by a London judge in 2012.
            """, Extract.Date("2014-10-26"));

        Assert.Equal([Outcome.Extradited, Outcome.Unknown], result.Rulings.Select(r => r.Outcome).Order().ToList());
    }

    [Fact]
    public void Should_not_take_a_brother_telling_the_story_for_the_party()
    {
        var result = Extract.From("""
            An ethnic Uyghur will be sent to China after a court in Almaty refused him asylum, according to his brother.

            Ershat Kamal, 38, crossed the border in 2018.
            """);

        var ruling = Assert.Single(result.Rulings);
        Assert.Equal("Ershat Kamal", ruling.Person);
        Assert.Equal(Outcome.AsylumDenied, ruling.Outcome);
    }

    [Fact]
    public void Should_make_a_ruling_for_each_country_that_convicted_the_person()
    {
        var result = Extract.From("Бывший банкир Марат Оспанов, заочно осужденный в Казахстане и в России, подал в суд на отказ в убежище.");

        Assert.Equal(["Kazakhstan", "Russia"], result.Rulings.Where(r => r.Person == "Марат Оспанов").Select(r => r.Country).Order().ToList());
    }

    [Fact]
    public void Should_read_a_kazakh_sentence_passed_and_a_return_not_made_as_a_ruling_not_to_deport()
    {
        var result = Extract.From("""
            Қытайдан қашқан Айгүл Серікқызы шекарадан заңсыз өткен. Сот отырысында Айгүл Серікқызы алты айға сотталды, бірақ Қытайға депортацияланбады.
            """);

        var ruling = Assert.Single(result.Rulings);
        Assert.Equal("Айгүл Серікқызы", ruling.Person);
        Assert.Equal(Outcome.NotDeported, ruling.Outcome);
    }

    [Fact]
    public void Should_read_a_kazakh_decision_to_send_the_person_out_of_the_country_as_deported()
    {
        var result = Extract.From("""
            Ауғанстаннан келген Ахмад Рахимұлы шекарадан заңсыз өткен. Орал қалалық соты Ахмад Рахимұлын елден шығару туралы шешім шығарды.
            """);

        Assert.Equal(Outcome.Deported, Assert.Single(result.Rulings).Outcome);
    }

    [Fact]
    public void Should_read_the_european_courts_order_to_suspend_a_removal_as_not_deported()
    {
        var result = Extract.From("Европейский суд по правам человека обязал Россию приостановить высылку Рустама Каримова в Узбекистан. Рустам Каримов находится в СИЗО.");

        var ruling = Assert.Single(result.Rulings);
        Assert.Equal("Рустам Каримов", ruling.Person);
        Assert.Equal(Outcome.NotDeported, ruling.Outcome);
    }

    [Fact]
    public void Should_make_a_reversed_decision_a_ruling_of_its_own_with_the_opposite_outcome()
    {
        var result = Extract.From("""
            Aibek Tor, a Uyghur teacher, has been held in Rabat since 2021.
            A court in Rabat first approved Beijing's extradition request.
            Rights groups said he would face torture in China.
            Two years later the court reversed its decision and Aibek Tor was freed.
            """);

        Assert.Equal([Outcome.Extradited, Outcome.ExtraditionRefused], result.Rulings.Where(r => r.Person == "Aibek Tor").Select(r => r.Outcome).ToList());
    }

    [Fact]
    public void Should_make_a_decision_the_court_went_back_on_in_russian_a_ruling_of_its_own()
    {
        var result = Extract.From("""
            Уйгур Алим Турсун задержан в Стамбуле в 2022 году.
            Суд в Стамбуле поначалу одобрил экстрадицию в Китай.
            Правозащитники говорят, что в Китае ему грозят пытки.
            Через год суд отменил своё решение, и Алим Турсун вышел на свободу.
            """);

        Assert.Equal([Outcome.Extradited, Outcome.ExtraditionRefused], result.Rulings.Where(r => r.Person == "Алим Турсун").Select(r => r.Outcome).ToList());
    }

    [Fact]
    public void Should_not_give_the_ruling_to_a_person_named_in_a_clause_that_tells_no_decision()
    {
        var result = Extract.From("In June a court in Almaty overturned the order to deport Aibek Tursunov, while in March Ruslan Ermekov was released from a migration centre after four months.");

        var ruling = Assert.Single(result.Rulings);
        Assert.Equal("Aibek Tursunov", ruling.Person);
        Assert.Equal(Outcome.NotDeported, ruling.Outcome);
    }

    [Fact]
    public void A_new_phrasing_of_a_decision_for_the_person_is_one_line_of_data()
    {
        const string sentence = "The judges found for Aibek Tor.";
        var tokens = new Tokenizer().Tokenize(sentence);
        Assert.Empty(Lexicon.Default.Find(tokens, "ruling.favourable"));

        var extended = Lexicon.Parse([.. Lexicon.DefaultLines, "ruling.favourable\tfound for"]);

        var hit = Assert.Single(extended.Find(tokens, "ruling.favourable"));
        Assert.Equal("found for", sentence[hit.Start..hit.End]);
    }

    [Fact]
    public void Should_give_an_outcome_told_of_all_the_ruled_people_by_their_number_to_each()
    {
        var result = Extract.From("""
            On March 3 a court in Zharkent sentenced Aibek Tor to six months in prison for crossing the border illegally.

            Two days later a court in Zaysan sentenced Nurlan Serik and Daulet Amir to a year in prison for the same offence.

            Most important, all three avoided deportation to China.
            """);

        Assert.Equal(3, result.Rulings.Count);
        Assert.All(result.Rulings, r => Assert.Equal(Outcome.NotDeported, r.Outcome));
    }

    [Fact]
    public void Should_not_give_an_outcome_told_of_a_group_of_another_number()
    {
        var result = Extract.From("""
            On March 3 a court in Zharkent sentenced Aibek Tor to six months in prison for crossing the border illegally.

            Two days later a court in Zaysan sentenced Nurlan Serik and Daulet Amir to a year in prison for the same offence.

            Most important, the two men avoided deportation to China.
            """);

        Assert.Equal(Outcome.Unknown, result.Rulings.Single(r => r.Person == "Aibek Tor").Outcome);
    }

    [Fact]
    public void Should_not_take_a_body_named_after_the_outcome_for_the_one_that_decided()
    {
        var result = Extract.From("""
            A court in Zharkent sentenced Aibek Tor to six months in prison on Monday.

            Tor had crossed the border from China in May with his two children.

            Most important, he avoided deportation, contrary to the demands of the prosecutors.
            """);

        Assert.Equal(Outcome.NotDeported, Assert.Single(result.Rulings).Outcome);
    }
}
