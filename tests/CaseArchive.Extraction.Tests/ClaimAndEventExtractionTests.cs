namespace CaseArchive.Extraction.Tests;

public class ClaimAndEventExtractionTests
{
    private static readonly DateOnly Published = Extract.Date("2020-06-15");

    [Fact]
    public void Should_give_each_speaker_in_a_sentence_their_own_claim()
    {
        var result = Extract.From("""
            Two ethnic Kazakh men, Arman Tole and Serik Nur, spoke to reporters in Almaty.
            Tole said he was persecuted in Xinjiang while Nur said he had spent three years in a reeducation camp in the region.
            """, Published);

        var tole = Assert.Single(result.DetentionClaims, c => c.Person == "Arman Tole");
        Assert.Equal(ClaimKind.Persecution, tole.Kind);
        Assert.Equal("Xinjiang", tole.Place);
        var nur = Assert.Single(result.DetentionClaims, c => c.Person == "Serik Nur");
        Assert.Equal(ClaimKind.Detained, nur.Kind);
        Assert.Equal("reeducation camp", nur.Facility);
        Assert.Equal("Xinjiang", nur.Place);
        Assert.Equal("three years", nur.Period);
    }

    [Fact]
    public void Should_read_a_threat_of_detention()
    {
        var result = Extract.From("Aigul Ser said officials in Xinjiang threatened to send her to an internment camp.");

        var claim = Assert.Single(result.DetentionClaims);
        Assert.Equal(ClaimKind.Threatened, claim.Kind);
        Assert.Equal("internment camp", claim.Facility);
        Assert.Equal("Xinjiang", claim.Place);
    }

    [Fact]
    public void Should_read_work_in_a_camp_as_worked_in_facility()
    {
        var result = Extract.From("Aigul Ser said she was made to teach Chinese in a reeducation camp.");

        Assert.Equal(ClaimKind.WorkedInFacility, Assert.Single(result.DetentionClaims).Kind);
    }

    [Fact]
    public void Should_read_a_relatives_detention_as_relative_detained_not_the_persons_own()
    {
        var result = Extract.From("Aigul Ser said her husband had been held in a camp since 2018.");

        Assert.Equal(ClaimKind.RelativeDetained, Assert.Single(result.DetentionClaims).Kind);
    }

    [Fact]
    public void Should_quote_the_sentence_a_claim_rests_on_verbatim()
    {
        const string text = "Aigul Ser said officials in Xinjiang threatened to send her to an internment camp.";
        var result = Extract.From(text);

        Assert.Equal(text, Assert.Single(result.DetentionClaims).Quote);
    }

    [Fact]
    public void Should_date_each_event_by_the_date_nearest_to_it()
    {
        var result = Extract.From("Aigul Ser told her trial, which opened in April, that she crossed into Kazakhstan in May 2018.", Published);

        Assert.Equal("2020-04", result.Events.Single(e => e.Kind == EventKind.TrialOpened).Date!.ToIsoString());
        Assert.Equal("2018-05", result.Events.Single(e => e.Kind == EventKind.BorderCrossing).Date!.ToIsoString());
    }

    [Fact]
    public void Should_follow_she_to_the_person_of_the_sentence_before()
    {
        var result = Extract.From("Aigul Ser left Kazakhstan in 2019. She was granted asylum in Sweden.", Published);

        var e = Assert.Single(result.Events, e => e.Kind == EventKind.AsylumGranted);
        Assert.Equal("Aigul Ser", e.Person);
    }

    [Fact]
    public void Should_read_an_arrest_and_an_extradition_request()
    {
        var result = Extract.From("Aigul Ser was arrested in Almaty in March. China requested her extradition in April.", Published);

        Assert.Equal("2020-03", result.Events.Single(e => e.Kind == EventKind.Arrest).Date!.ToIsoString());
        Assert.Equal("2020-04", result.Events.Single(e => e.Kind == EventKind.ExtraditionRequest).Date!.ToIsoString());
    }

    [Fact]
    public void Should_read_a_government_refusal_to_let_a_person_stay_as_asylum_denied()
    {
        var result = Extract.From("Kazakh authorities did not allow Aigul Ser to remain in Kazakhstan.");

        Assert.Equal(EventKind.AsylumDenied, Assert.Single(result.Events).Kind);
        Assert.Empty(result.Rulings);
    }

    [Fact]
    public void Should_mark_a_person_seeking_asylum_as_applicant()
    {
        var result = Extract.From("\"I came here seeking asylum,\" Aigul Ser said.");

        Assert.Contains(PersonRole.Applicant, Assert.Single(result.Persons).Roles);
    }

    [Fact]
    public void Should_not_read_negated_events()
    {
        var result = Extract.From("Aigul Ser was not deported and was never arrested.");

        Assert.Empty(result.Events);
    }

    [Fact]
    public void Should_give_a_claim_to_the_person_it_is_told_of_not_the_speaker()
    {
        var result = Extract.From("Activist Bekzat Tulen said ethnic Kazakh Omar Beisen, who spent eight months in a camp, had testified abroad.");

        var claim = Assert.Single(result.DetentionClaims);
        Assert.Equal("Omar Beisen", claim.Person);
        Assert.Equal("eight months", claim.Period);
        Assert.Equal("Kazakh", result.Persons.Single(p => p.Name == "Omar Beisen").Ethnicity);
    }

    [Theory]
    [InlineData("Rakhim Sen told the court that his two sisters were taken to a camp in Hotan in 2017.")]
    [InlineData("Rakhim Sen told the court that his younger brother was sent to a camp in 2018.")]
    [InlineData("Rakhim Sen says his brother is still in detention there.")]
    [InlineData("Rakhim Sen said his father was still being held in a camp near Altay.")]
    [InlineData("Рахим Сен рассказал, что его брат до сих пор находится в заключении.")]
    public void Should_read_a_relatives_detention_however_the_relative_is_described(string text)
    {
        var claim = Assert.Single(Extract.From(text, Published).DetentionClaims);

        Assert.Equal(ClaimKind.RelativeDetained, claim.Kind);
    }

    [Fact]
    public void Should_read_a_detention_told_as_after_being_held_and_not_a_fear_of_being_sent()
    {
        var held = Extract.From("Rakhim Sen entered Kazakhstan without documents in February 2019 after being held for fourteen months in a \"transformation-through-education\" facility in Ghulja.", Published);
        var feared = Extract.From("Rakhim Sen, 40, told Amnesty International that he fears being sent to a camp.", Published);

        var claim = Assert.Single(held.DetentionClaims);
        Assert.Equal(ClaimKind.Detained, claim.Kind);
        Assert.Equal("fourteen months", claim.Period);
        Assert.Equal("2019-02", Assert.Single(held.Events, e => e.Kind == EventKind.BorderCrossing).Date!.ToIsoString());
        Assert.DoesNotContain(feared.DetentionClaims, c => c.Kind == ClaimKind.Detained);
    }

    [Fact]
    public void Should_give_the_arrest_a_wife_reports_of_her_husband_to_the_husband_named_in_the_article()
    {
        var result = Extract.From("""
            A court in Bishkek ruled on June 10 that Ilyas Tur, 42, a Chinese citizen, must be extradited.

            Tur's wife, Aida Kerim, said her husband was detained by police in Osh last month.
            """, Published);

        Assert.DoesNotContain(result.DetentionClaims, c => c.Kind == ClaimKind.RelativeDetained);
        var arrest = Assert.Single(result.Events, e => e.Kind == EventKind.Arrest);
        Assert.Equal("Ilyas Tur", arrest.Person);
        Assert.Equal("2020-05", arrest.Date!.ToIsoString());
    }

    [Fact]
    public void Should_give_the_two_men_and_their_arrest_to_both_men_named_before()
    {
        var result = Extract.From("""
            Arman Tole, 31, and Serik Nur, 27, were fined by a court in Zaisan.
            Tole said his father was still being held in a camp.
            The two men had been in custody since their arrest in April.
            """, Published);

        var arrests = result.Events.Where(e => e.Kind == EventKind.Arrest).ToList();
        Assert.Equal(["Arman Tole", "Serik Nur"], arrests.Select(e => e.Person).Order());
        Assert.All(arrests, a => Assert.Equal("2020-04", a.Date!.ToIsoString()));
    }

    [Fact]
    public void Should_give_an_unnamed_person_of_the_lead_the_name_the_next_sentence_gives()
    {
        var result = Extract.From("""
            The migration agency has admitted that it deported an ethnic Uyghur woman to Kazakhstan by mistake on 3 February 2021.

            Mihri Kad, 34, had applied for asylum in Sweden in 2019.
            """);

        var deportation = Assert.Single(result.Events, e => e.Kind == EventKind.Deportation);
        Assert.Equal("Mihri Kad", deportation.Person);
        Assert.Equal("2021-02-03", deportation.Date!.ToIsoString());
    }

    [Fact]
    public void Should_date_a_release_on_the_same_day_and_a_detention_held_since_a_month()
    {
        var released = Extract.From("""
            A court in Taraz on Friday ruled that Rakhim Sen, 33, may stay in Kazakhstan.
            Sen was released from custody the same day, his lawyer said.
            """, Published);
        var held = Extract.From("Rakhim Sen, 47, has been held at the Silivri removal center since April.", Published);

        Assert.Equal("2020-06-12", Assert.Single(released.Events, e => e.Kind == EventKind.Release).Date!.ToIsoString());
        Assert.Equal("2020-04", Assert.Single(held.Events, e => e.Kind == EventKind.Detention).Date!.ToIsoString());
    }

    [Theory]
    [InlineData("Rakhim Sen crossed the Torugart pass illegally in September.", "2019-09")]
    [InlineData("Рахим Сен незаконно пересёк кыргызско-китайскую границу в 2020 году.", "2020")]
    [InlineData("Rakhim Sen, 29, crossed into Kazakhstan in the autumn of 2018.", "2018")]
    public void Should_read_border_crossings_told_in_other_words(string text, string date)
    {
        var crossing = Assert.Single(Extract.From(text, Published).Events, e => e.Kind == EventKind.BorderCrossing);

        Assert.Equal(date, crossing.Date!.ToIsoString());
    }

    [Fact]
    public void Should_record_an_asylum_refusal_by_a_commission_that_a_court_upholds()
    {
        var result = Extract.From("The Osh regional court on Monday upheld a decision by the State Migration Service to deny refugee status to Rakhim Sen, an ethnic Uyghur.", Published);

        Assert.Equal(Outcome.AsylumDenied, Assert.Single(result.Rulings).Outcome);
        Assert.Single(result.Events, e => e.Kind == EventKind.AsylumDenied);
    }

    [Fact]
    public void Should_give_the_account_a_lawyer_tells_to_the_client()
    {
        var result = Extract.From("""
            Медеуский районный суд Алматы в пятницу отказал в экстрадиции гражданки Китая Гульнур Сен.

            Адвокат Бауыржан Азанов заявил, что его подзащитная провела восемь месяцев в лагере, а её муж до сих пор находится в заключении.
            """, Published);

        Assert.Equal([ClaimKind.Detained, ClaimKind.RelativeDetained], result.DetentionClaims.Select(c => c.Kind).Order());
        Assert.All(result.DetentionClaims, c => Assert.Equal(result.Rulings.Single().Person, c.Person));
    }

    [Fact]
    public void Should_read_relatives_without_a_possessive_and_such_a_camp()
    {
        var result = Extract.From("""
            Arman Tole, 31, told the court he had fled after relatives were sent to "political re-education" camps.
            Tole said he himself had been held in such a camp for ten months.
            """, Published);

        Assert.Equal([ClaimKind.Detained, ClaimKind.RelativeDetained], result.DetentionClaims.Select(c => c.Kind).Order());
    }

    [Fact]
    public void Should_read_a_refusal_of_the_persons_named_application_as_an_asylum_denial()
    {
        var result = Extract.From("Ekrem Sen, 38, said the board had rejected Sen's application last year.", Published);

        var denial = Assert.Single(result.Events, e => e.Kind == EventKind.AsylumDenied);
        Assert.Equal("2019", denial.Date!.ToIsoString());
    }

    [Fact]
    public void Should_drop_an_undated_retelling_of_an_event_dated_elsewhere()
    {
        var result = Extract.From("""
            Daulet Sarsen, a 35-year-old ethnic Kazakh, was arrested in Almaty on March 3.
            His lawyer said Sarsen was arrested because of a request from Beijing.
            """, Published);

        var arrest = Assert.Single(result.Events, e => e.Kind == EventKind.Arrest);
        Assert.Equal("2020-03-03", arrest.Date!.ToIsoString());
    }

    [Theory]
    [InlineData("Nurlan Ospan, an ethnic Kazakh from Xinjiang, said he was granted asylum-seeker status by the migration service in May.")]
    [InlineData("Nurlan Ospan, an ethnic Kazakh from Xinjiang, said he had obtained a residence permit in Kazakhstan in 2016.")]
    public void Should_not_read_asylum_seeker_status_or_a_residence_permit_as_asylum_granted(string text)
    {
        var result = Extract.From(text, Published);

        Assert.DoesNotContain(result.Events, e => e.Kind == EventKind.AsylumGranted);
    }

    [Fact]
    public void Should_keep_an_extradition_request_named_in_a_courts_decision()
    {
        var result = Extract.From("""
            Aziz Karimov, a 40-year-old Uzbek activist, was detained in Bishkek on Sunday.
            On Tuesday a judge in Bishkek granted the extradition request sent by Tashkent and ordered Karimov held for two months.
            """, Published);

        Assert.Contains(result.Events, e => e.Person == "Aziz Karimov" && e.Kind == EventKind.ExtraditionRequest);
    }

    [Fact]
    public void Should_not_read_illegally_crossing_after_for_as_a_crossing_event()
    {
        var result = Extract.From("Zhanna Bek, 30, was given a suspended sentence by a court in Zharkent for illegally crossing the border on 5 May.", Published);

        Assert.DoesNotContain(result.Events, e => e.Kind == EventKind.BorderCrossing);
    }

    [Fact]
    public void Should_give_an_event_told_of_a_group_by_a_noun_to_the_group_named_before()
    {
        var result = Extract.From("""
            Осенью 30-летний Ерлан Жумабаев и 28-летний Серик Нурланов перешли границу с Китаем.
            Они попросили убежища.
            Перебежчиков до суда держали в СИЗО.
            """, Published);

        Assert.Contains(result.Events, e => e.Person == "Ерлан Жумабаев" && e.Kind == EventKind.Detention);
        Assert.Contains(result.Events, e => e.Person == "Серик Нурланов" && e.Kind == EventKind.Detention);
    }

    [Fact]
    public void Should_give_an_event_told_of_the_journalist_to_the_story_s_one_party()
    {
        var result = Extract.From("""
            Азиз Каримов, гражданин Узбекистана, много лет писал о правах человека в Москве.
            В начале августа журналист был задержан полицией.
            """, Extract.Date("2020-09-01"));

        var arrest = Assert.Single(result.Events, e => e.Kind == EventKind.Arrest);
        Assert.Equal("Азиз Каримов", arrest.Person);
        Assert.Equal("2020-08", arrest.Date!.ToIsoString());
    }

    [Theory]
    [InlineData("По закону Айгуль Серикова должна была быть депортирована в Китай, сказал ее адвокат.", EventKind.Deportation)]
    [InlineData("Правозащитники заявили, что власти должны немедленно освободить журналиста Азиза Каримова.", EventKind.Release)]
    [InlineData("В Алматы Айгуль Серикова получила письмо из Швеции, где ей обещали предоставить статус беженца.", EventKind.AsylumGranted)]
    [InlineData("В Алматы Айгуль Серикова попросила предоставить ей статус беженца.", EventKind.AsylumGranted)]
    public void Should_not_read_an_event_that_was_only_due_or_demanded(string text, EventKind kind)
    {
        var result = Extract.From(text, Published);

        Assert.DoesNotContain(result.Events, e => e.Kind == kind);
    }

    [Fact]
    public void Should_not_give_an_event_to_the_person_who_tells_of_it()
    {
        var result = Extract.From("Nurlan Sadyk, a Turkmen activist, told RFE/RL that his colleague, Bekmurat Orazov, was detained in late October.", Published);

        var arrest = Assert.Single(result.Events, e => e.Kind == EventKind.Arrest);
        Assert.Equal("Bekmurat Orazov", arrest.Person);
    }

    [Fact]
    public void Should_not_give_a_people_s_ordeal_to_the_person_as_an_event()
    {
        var result = Extract.From("Aigul Ser, 40, left Xinjiang in 2017, after police detained Uyghurs and Kazakhs across the region.", Published);

        Assert.DoesNotContain(result.Events, e => e.Kind == EventKind.Arrest);
    }

    [Fact]
    public void Should_leave_a_date_of_a_later_clause_to_that_clause()
    {
        var result = Extract.From("Daulet Sarsen, 52, was granted political asylum by Britain after he moved there in 2009.", Published);

        var asylum = Assert.Single(result.Events, e => e.Kind == EventKind.AsylumGranted);
        Assert.Null(asylum.Date);
    }

    [Fact]
    public void Should_date_an_undated_release_told_right_after_a_decision_by_the_decision()
    {
        var result = Extract.From("""
            A court in Zharkent on Wednesday gave Aigul Ser, 40, a suspended sentence and declined to deport her.
            After being released, Ser thanked her supporters outside the courthouse.
            """, Published);

        var release = Assert.Single(result.Events, e => e.Kind == EventKind.Release);
        Assert.Equal("2020-06-10", release.Date!.ToIsoString());
    }

    [Theory]
    [InlineData("Bekmurat Orazov was detained in Istanbul in the spring at the request of the Turkmen authorities.", "Bekmurat Orazov")]
    [InlineData("Азиз Каримов был задержан в Алматы по запросу Узбекистана.", "Азиз Каримов")]
    [InlineData("Азиз Каримов живет в Москве. Узбекистан настаивает на экстрадиции Азиза Каримова.", "Азиз Каримов")]
    [InlineData("Весной в Москве пропал Азиз Каримов, которого требовали к выдаче власти Узбекистана.", "Азиз Каримов")]
    [InlineData("language: kk\n\n15 наурызда полиция Өзбекстанның өтініші бойынша белсенді Нұрлан Сейітті Алматыда ұстады. Нұрлан Сейіттің адвокаты сөйледі.", "Нұрлан Сейіт")]
    public void Should_read_an_arrest_made_on_a_request_or_a_request_insisted_on_as_an_extradition_request(string text, string person)
    {
        var result = Extract.From(text, Published);

        Assert.Contains(result.Events, e => e.Kind == EventKind.ExtraditionRequest && e.Person == person);
    }

    [Theory]
    [InlineData("Азиз Каримов был задержан в Алматы в марте по запросу Узбекистана.", "Азиз Каримов", "2020-03")]
    [InlineData("Bekmurat Orazov was arrested in Istanbul in March at the request of the Turkmen authorities.", "Bekmurat Orazov", "2020-03")]
    [InlineData("language: kk\n\nПолиция белсенді Нұрлан Сейітті наурызда Өзбекстанның өтініші бойынша Алматыда ұстады. Нұрлан Сейіттің адвокаты сөйледі.", "Нұрлан Сейіт", "2020-03")]
    public void Should_date_the_arrest_not_the_request_it_was_made_on_by_a_date_between_them(string text, string person, string date)
    {
        var result = Extract.From(text, Published);

        Assert.Contains(result.Events, e => e.Kind == EventKind.Arrest && e.Person == person && e.Date?.ToIsoString() == date);
        Assert.DoesNotContain(result.Events, e => e.Kind == EventKind.ExtraditionRequest && e.Date?.ToIsoString() == date);
    }

    [Theory]
    [InlineData("Иван Петров был выдан властям Таджикистана.")]
    [InlineData("Иван Петров бежал из Таджикистана. Пограничники передали Ивана Петрова узбекским спецслужбам.")]
    public void Should_read_a_hand_over_to_another_side_as_a_deportation(string text)
    {
        var result = Extract.From(text, Published);

        Assert.Equal("Иван Петров", Assert.Single(result.Events, e => e.Kind == EventKind.Deportation).Person);
    }

    [Fact]
    public void Should_give_a_clause_opening_on_a_date_and_a_past_verb_to_the_subject_before_and_the_flight_s_date_to_its_crossing()
    {
        var result = Extract.From("""
            Иван Петров попросил убежища в Казахстане.
            Он служил по контракту с 2021 года, а в мае 2023 года бежал из части и пересек границу у Уральска.
            """, Extract.Date("2023-09-01"));

        var flight = Assert.Single(result.Events, e => e.Kind == EventKind.Fled);
        Assert.Equal("Иван Петров", flight.Person);
        Assert.Equal("2023-05", flight.Date!.ToIsoString());
        Assert.Equal("2023-05", Assert.Single(result.Events, e => e.Kind == EventKind.BorderCrossing).Date!.ToIsoString());
    }

    [Fact]
    public void Should_not_date_a_request_told_in_an_aside_by_each_of_by_the_sentence_s_other_event()
    {
        var result = Extract.From("10 мая в Москве пропали Иван Петров и Азиз Каримов, каждого из которых требовали к выдаче власти их стран.", Published);

        Assert.All(result.Events.Where(e => e.Kind == EventKind.ExtraditionRequest), e => Assert.Null(e.Date));
        Assert.Equal(2, result.Events.Count(e => e.Kind == EventKind.ExtraditionRequest));
    }

    [Fact]
    public void Should_read_a_kazakh_arrest_told_actively()
    {
        var result = Extract.From("language: kk\n\n15 наурызда полиция белсенді Нұрлан Сейітті Алматыда ұстады. Нұрлан Сейіттің адвокаты сөйледі.", Published);

        var arrest = Assert.Single(result.Events, e => e.Kind == EventKind.Arrest);
        Assert.Equal("Нұрлан Сейіт", arrest.Person);
        Assert.Equal("2020-03-15", arrest.Date!.ToIsoString());
    }

    [Fact]
    public void Should_read_a_kazakh_flight_told_in_the_first_person_as_a_flight()
    {
        var result = Extract.From("language: kk\n\nҚытай азаматы Гүлнар Әбдібай сотта «Шыңжаңнан қаштым» деді. Гүлнар Әбдібайдың адвокаты сөйледі.", Published);

        Assert.Equal("Гүлнар Әбдібай", Assert.Single(result.Events, e => e.Kind == EventKind.Fled).Person);
    }
}
