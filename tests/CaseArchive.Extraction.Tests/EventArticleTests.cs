namespace CaseArchive.Extraction.Tests;

/// <summary>
/// Events told the way real articles tell them, one test article a class: a participle or relative clause
/// keeps its own date ("бежавшие из Синьцзяна, в апреле 2021 года обратились", "who had fled"), "the next day"
/// after a stated day, a span of days ("19-20 July"), a season with its year ("весной 2019 года"), a date
/// before a reporting verb ("в мае рассказала"), "held since March last year" (the detention began then),
/// and the vocabulary's new phrasings ("authorities deported", "was flown to", "held by … authorities"); a crossing
/// told as the way of a dated flight takes its day, entering the country ("entered Kazakhstan", "въехал в"), custody
/// as a state ("in detention since", "удерживали"), a release told after its arrest ("detained … and released") and
/// "перешел кордон минувшей осенью"
/// (events-crossing-with-flight, events-ru-entered-and-held).
/// </summary>
public class EventArticleTests
{
    [Theory]
    [InlineData("events-deported-next-day")]
    [InlineData("events-ru-participle-status")]
    [InlineData("events-held-since-last-year")]
    [InlineData("events-crossing-with-flight")]
    [InlineData("events-ru-entered-and-held")]
    public void Should_find_every_event_with_its_date(string name)
    {
        var events = Extract.ScoresOf(name)["events"];

        Assert.True(events.F1 == 1.0, string.Join("\n", events.Differences));
    }
}
