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
}
