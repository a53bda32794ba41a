namespace CaseArchive.Extraction.Tests;

/// <summary>
/// Persons as real outlets write them: bodies and countries that look like names, surnames after a title,
/// commentators told by one name, names in capitals, and who a pronoun or a role noun means.
/// </summary>
public class PersonGenreTests
{
    [Fact]
    public void Should_not_make_a_person_of_a_body_whose_name_holds_a_word_of_the_vocabulary()
    {
        var result = Extract.From("""
            A court in Almaty fined Dana Orazova, 41, for crossing the border. The fine was paid by a charity, according to Steppe Legal Fund.
            """);

        Assert.DoesNotContain(result.Persons, p => p.Name.Contains("Steppe", StringComparison.Ordinal));
        Assert.Contains(result.Persons, p => p.Name == "Dana Orazova");
    }

    [Fact]
    public void Should_keep_a_russian_name_told_right_after_the_body_it_owns()
    {
        var result = Extract.From("""
            Суд отказал в экстрадиции бывшего председателя Банка Арман Темиров, сообщил его адвокат.
            """);

        Assert.Contains(result.Persons, p => p.Name == "Арман Темиров");
    }

    [Fact]
    public void Should_not_read_a_country_in_a_russian_case_as_a_name()
    {
        var result = Extract.From("""
            Суд в Алматы оштрафовал Айгерим Сарсен за незаконное пересечение границы. Айгерим Сарсен бежала из Синьцзяна. Гражданство Туркмении Сарсен не получила.
            """);

        Assert.Equal(["Айгерим Сарсен"], result.Persons.Select(p => p.Name));
        Assert.Null(Gazetteer.FindTown("Туркмении"));
        Assert.False(Gazetteer.IsPlaceWord("Армен"));
        Assert.True(Gazetteer.IsPlaceWord("Армении"));
    }

    [Fact]
    public void Should_make_a_person_of_a_surname_told_after_a_title_but_not_of_the_court_after_a_judge()
    {
        var result = Extract.From("""
            Интересы заявителя в суде представляли адвокаты Дюпон и Мартен. Решение вынесла судья Медеуского районного суда.
            """);

        Assert.Equal(["Дюпон", "Мартен"], result.Persons.Select(p => p.Name));
        Assert.All(result.Persons, p => Assert.Contains(PersonRole.Lawyer, p.Roles));
    }

    [Fact]
    public void Should_not_make_a_person_of_someone_told_again_by_one_name_as_an_official()
    {
        var result = Extract.From("""
            The Kazakh court released Berik Sadyr, 35, on Monday. Timur Abenov told reporters the ruling followed the law. "We acted in good faith," said Abenov, who is also a deputy minister.
            """);

        Assert.Equal(["Berik Sadyr"], result.Persons.Select(p => p.Name));
    }

    [Fact]
    public void Should_not_make_a_person_of_a_member_of_a_body_quoted_on_the_case()
    {
        var result = Extract.From("""
            A court in Osh sent Askar Beg, 28, back to China. "This sets a dangerous precedent," said Ruslan Temir, a member of the Vienna-based Central Asia Monitoring Fund.
            """);

        Assert.Equal(["Askar Beg"], result.Persons.Select(p => p.Name));
    }

    [Fact]
    public void Should_read_a_surname_in_capitals_on_a_speaker_line()
    {
        var result = Extract.From("""
            Суд приговорил двух мужчин к году лишения свободы.

            Гульмира САДЫКОВА, СУДЬЯ РАЙОННОГО СУДА:

            «Суд учел, что подсудимые признали вину».
            """);

        var judge = Assert.Single(result.Persons);
        Assert.Equal("Гульмира Садыкова", judge.Name);
        Assert.Contains(PersonRole.Judge, judge.Roles);
    }

    [Fact]
    public void Should_give_an_event_told_with_a_russian_plural_pronoun_to_the_group_named_before()
    {
        var result = Extract.From("""
            Ержан Касым и Болат Нуржан бежали из Синьцзяна в Казахстан. В марте 2019 года их задержали в Алматы.
            """, Extract.Date("2019-12-01"));

        var arrested = result.Events.Where(e => e.Kind == EventKind.Arrest).Select(e => e.Person).Order().ToList();
        Assert.Equal(["Болат Нуржан", "Ержан Касым"], arrested);
    }

    [Fact]
    public void Should_not_give_one_person_what_a_plural_says_of_others()
    {
        var result = Extract.From("""
            Айдос Серик бежал из Синьцзяна в 2018 году. Другие беженцы остались в Китае, и в 2019 году их задержали.
            """, Extract.Date("2020-01-01"));

        Assert.DoesNotContain(result.Events, e => e.Kind == EventKind.Arrest);
    }

    [Fact]
    public void Should_give_what_a_role_noun_tells_to_the_person_named_before()
    {
        var result = Extract.From("""
            Mariam Tursyn fled Xinjiang in 2018. In March 2019 the woman was arrested at a bus station in Almaty.
            """, Extract.Date("2019-12-01"));

        var arrest = Assert.Single(result.Events, e => e.Kind == EventKind.Arrest);
        Assert.Equal("Mariam Tursyn", arrest.Person);
    }

    [Fact]
    public void Should_make_a_person_of_a_name_joined_by_and_to_a_person_named_after_it()
    {
        var result = Extract.From("Ержан Касым и Болат Нуржан бежали из Синьцзяна в Казахстан.");

        Assert.Equal(["Ержан Касым", "Болат Нуржан"], result.Persons.Select(p => p.Name));
    }
}
