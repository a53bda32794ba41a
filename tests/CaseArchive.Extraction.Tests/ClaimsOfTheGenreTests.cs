namespace CaseArchive.Extraction.Tests;

/// <summary>
/// Claims and events as outlets tell them: a camp under any of its names with any verb of holding, working or
/// threat; the account of a lawyer or a relative given to the person it is about; dates told next to two verbs.
/// </summary>
public class ClaimsOfTheGenreTests
{
    private static readonly DateOnly Published = Extract.Date("2021-03-10");

    [Theory]
    [InlineData("Marat Seitkul, an ethnic Kazakh, said he was kept for ten months in a vocational training centre in Ghulja.")]
    [InlineData("Marat Seitkul, an ethnic Kazakh, says he was confined for a year to a political indoctrination facility.")]
    [InlineData("Marat Seitkul, an ethnic Kazakh, was held for a year in what the authorities call a training center.")]
    [InlineData("Этнический казах Марат Сейткул в 2018 году оказался в лагере политического обучения.")]
    [InlineData("Этнический казах Марат Сейткул прошел перевоспитание в лагере в Кульдже.")]
    [InlineData("language: kk\n\nҚытай азаматы Гүлнар Әбдібай 2018 жылы лагерьге қамалды. Гүлнар Әбдібайдың адвокаты сөйледі.")]
    public void Should_read_a_stay_in_a_camp_under_any_of_its_names(string text)
    {
        var claim = Assert.Single(Extract.From(text, Published).DetentionClaims);

        Assert.Equal(ClaimKind.Detained, claim.Kind);
    }

    [Theory]
    [InlineData("Saule Baimukhan, an ethnic Kazakh, was a guard at an internment camp in Altay.")]
    [InlineData("Этническая казашка Сауле Баймухан два года была поваром в лагере перевоспитания.")]
    public void Should_read_staff_of_a_camp_by_their_job(string text)
    {
        var claim = Assert.Single(Extract.From(text, Published).DetentionClaims);

        Assert.Equal(ClaimKind.WorkedInFacility, claim.Kind);
    }

    [Theory]
    [InlineData("language: kk\n\nҚытай азаматы Гүлнар Әбдібай сотта Шыңжаңдағы қысымнан қашқан деді. Гүлнар Әбдібайдың адвокаты сөйледі.")]
    [InlineData("Этнический казах Ерлан Болатулы бежал от преследований в Синьцзяне.")]
    public void Should_read_a_flight_from_persecution_as_persecution(string text)
    {
        var claim = Assert.Single(Extract.From(text, Published).DetentionClaims);

        Assert.Equal(ClaimKind.Persecution, claim.Kind);
    }

    [Fact]
    public void Should_read_a_camp_still_ahead_as_a_threat()
    {
        var result = Extract.From("Kanat Omar, an ethnic Kazakh, said he will be put back in a camp if he is returned to China.", Published);

        Assert.Equal(ClaimKind.Threatened, Assert.Single(result.DetentionClaims).Kind);
    }

    [Fact]
    public void Should_not_read_a_refugee_camp_or_a_removal_centre_as_a_claim()
    {
        var result = Extract.From("""
            Kanat Omar, an ethnic Kazakh, spent two years in a refugee camp in Turkey.
            Omar has been held in a detention centre for foreigners since January.
            """, Published);

        Assert.Empty(result.DetentionClaims);
        Assert.Equal("2021-01", Assert.Single(result.Events, e => e.Kind == EventKind.Detention).Date!.ToIsoString());
    }

    [Fact]
    public void Should_give_a_lawyers_account_to_her_client_when_no_ruling_is_told()
    {
        var result = Extract.From("""
            Police in Zharkent detained Erlan Kabdesh, an ethnic Kazakh, on November 3, his lawyer Aina Seitova said.
            Seitova said her client had been kept for a year in a camp, where guards questioned and beat him.
            """, Published);

        Assert.All(result.DetentionClaims, c => Assert.Equal("Erlan Kabdesh", c.Person));
        Assert.Equal([ClaimKind.Detained, ClaimKind.Persecution], result.DetentionClaims.Select(c => c.Kind).Order());
    }

    [Fact]
    public void Should_give_a_relatives_words_about_him_to_him_not_to_her()
    {
        var result = Extract.From("""
            Turkey deported Ilham Sadyk, an ethnic Uyghur man, on Friday.
            His wife, Zulfiya Sadyk, said he spent three years in a re-education camp in Kashgar.
            Zulfiya Sadyk said he was arrested in Istanbul on May 3.
            """, Published);

        Assert.Equal("Ilham Sadyk", Assert.Single(result.DetentionClaims).Person);
        Assert.Equal("Ilham Sadyk", Assert.Single(result.Events, e => e.Kind == EventKind.Arrest).Person);
    }

    [Fact]
    public void Should_give_a_date_between_two_verbs_joined_by_and_to_the_verb_before_it()
    {
        var result = Extract.From("Arman Tole, an ethnic Kazakh, was arrested in Almaty last month and remains in custody.", Published);

        Assert.Equal("2021-02", Assert.Single(result.Events, e => e.Kind == EventKind.Arrest).Date!.ToIsoString());
        Assert.Null(Assert.Single(result.Events, e => e.Kind == EventKind.Detention).Date);
    }

    [Fact]
    public void Should_read_a_relative_held_as_the_relatives_detention_in_russian()
    {
        var result = Extract.From("Этническая казашка Асель Жумаш рассказала, что её мужа держат в лагере до сих пор.", Published);

        Assert.Equal(ClaimKind.RelativeDetained, Assert.Single(result.DetentionClaims).Kind);
    }

    [Fact]
    public void Should_date_each_of_two_joined_verbs_by_the_date_after_it()
    {
        var result = Extract.From("Zhanat Kemel, an ethnic Kazakh, left China in February 2019 and was arrested in Bishkek on March 2.", Published);

        Assert.Equal("2019-02", Assert.Single(result.Events, e => e.Kind == EventKind.Fled).Date!.ToIsoString());
        Assert.Equal("2019-03-02", Assert.Single(result.Events, e => e.Kind == EventKind.Arrest).Date!.ToIsoString());
    }

    [Fact]
    public void Should_read_a_release_from_custody_as_a_release_only()
    {
        var result = Extract.From("Этнический казах Ерлан Сарсен был освобожден из-под стражи в прошлом месяце.", Published);

        var release = Assert.Single(result.Events);
        Assert.Equal(EventKind.Release, release.Kind);
        Assert.Equal("2021-02", release.Date!.ToIsoString());
    }

    [Fact]
    public void Should_give_a_clause_without_a_subject_to_the_person_of_the_clause_before()
    {
        var result = Extract.From("Этнический казах Бакытжан Оралбай в феврале бежал в Казахстан, а в прошлом месяце получил статус беженца.", Published);

        Assert.Equal("Бакытжан Оралбай", Assert.Single(result.Events, e => e.Kind == EventKind.AsylumGranted).Person);
    }

    [Fact]
    public void Should_give_a_claim_to_the_persons_listed_not_to_one_named_to_compare()
    {
        var result = Extract.From("""
            Two ethnic Kazakh men, Berik Asan and Serik Nur, will not be deported.
            Asan and Nur, who like Aigul Ser had fled persecution in Xinjiang, thanked the court.
            Aigul Ser was granted asylum in Sweden in 2019.
            """, Published);

        Assert.Equal(["Berik Asan", "Serik Nur"], result.DetentionClaims.Select(c => c.Person).Order());
    }

    [Fact]
    public void Should_date_last_and_a_month_in_the_year_before()
    {
        var result = Extract.From("Arman Tole, an ethnic Kazakh, was arrested last July in Almaty.", Extract.Date("2014-10-20"));

        Assert.Equal("2013-07", Assert.Single(result.Events, e => e.Kind == EventKind.Arrest).Date!.ToIsoString());
    }

    [Theory]
    [InlineData("Этническая казашка Айгуль Серикова бежала из Китая из боязни оказаться в лагере перевоспитания.")]
    [InlineData("Узбекский активист Рустам Назаров на родине может подвергнуться пыткам.")]
    [InlineData("Узбекский активист Рустам Назаров говорит, что дома ему грозят пытки.")]
    [InlineData("language: kk\n\nҚытай азаматы Гүлнар Әбдібай лагерьге жабылуы мүмкін екенін айтты. Гүлнар Әбдібайдың адвокаты сөйледі.")]
    public void Should_read_a_camp_or_torture_feared_on_return_as_a_threat_in_russian_and_kazakh(string text)
    {
        var claim = Assert.Single(Extract.From(text, Published).DetentionClaims);

        Assert.Equal(ClaimKind.Threatened, claim.Kind);
    }

    [Theory]
    [InlineData("language: kk\n\nҚытай азаматы Гүлнар Әбдібай сотта саяси тәрбиелеу орталығында жұмыс істегенін айтты. Гүлнар Әбдібайдың адвокаты сөйледі.", ClaimKind.WorkedInFacility)]
    [InlineData("language: kk\n\nҚытай азаматы Гүлнар Әбдібай сотта Қытайдың қысымынан қашқан деді. Гүлнар Әбдібайдың адвокаты сөйледі.", ClaimKind.Persecution)]
    public void Should_read_kazakh_claims_in_the_possessive_and_locative_forms_outlets_write(string text, ClaimKind kind)
    {
        var claim = Assert.Single(Extract.From(text, Published).DetentionClaims);

        Assert.Equal(kind, claim.Kind);
    }

    [Fact]
    public void Should_give_a_first_person_headline_quote_to_the_articles_one_party()
    {
        var result = Extract.From("title: «Я провела год в лагере»: казашку из Китая судят в Жаркенте\n\nЭтническая казашка Айгуль Серикова предстала перед судом в Жаркенте.", Published);

        var claim = Assert.Single(result.DetentionClaims);
        Assert.Equal((ClaimKind.Detained, "Айгуль Серикова"), (claim.Kind, claim.Person));
    }

    [Fact]
    public void Should_not_read_an_international_airport_as_an_internment_camp()
    {
        var result = Extract.From("""
            Marat Omar, 54, was sent back to Almaty International Airport on July 2.
            Aigul Ser, 40, was held in an internment camp in Ghulja.
            """, Published);

        var claim = Assert.Single(result.DetentionClaims);
        Assert.Equal(("Aigul Ser", ClaimKind.Detained), (claim.Person, claim.Kind));
    }

    [Theory]
    [InlineData("If deported, Marat Omar, an ethnic Uyghur, would have been sent to a camp.")]
    [InlineData("In the case of extradition, Marat Omar, an ethnic Kazakh, would have been subjected to arbitrary detention.")]
    public void Should_read_custody_a_removal_would_have_brought_as_a_threat(string text)
    {
        var result = Extract.From(text, Published);

        Assert.Equal(ClaimKind.Threatened, Assert.Single(result.DetentionClaims).Kind);
    }
}
