using CaseArchive.Core.Contract;
using CaseArchive.Extraction.Evaluation;

namespace CaseArchive.Extraction.Tests;

public sealed class ReviewAccuracyTests
{
    // What the extractor proposed: the person under another spelling, an unknown outcome, a wrong sentence, one event too many.
    private const string Proposed = """
        {"source": {"title": "T"},
         "persons": [{"name": "Kaisha Akan", "roles": ["defendant"], "gender": "female"},
                     {"name": "Human Rights Watch", "roles": ["witness"]}],
         "rulings": [{"person": "Kaisha Akan", "city": "Zharkent", "outcome": "unknown", "sentence": {"kind": "prison", "months": 6}}],
         "events": [{"person": "Kaisha Akan", "kind": "border_crossing", "date": "2018-05"},
                    {"person": "Kaisha Akan", "kind": "arrest", "date": "2018-06"}]}
        """;

    // What the editor published: the organisation rejected, the outcome and sentence corrected, a claim added.
    private const string Published = """
        {"source": {"title": "T"},
         "persons": [{"name": "Qaisha Aqan", "otherNames": ["Kaisha Akan"], "roles": ["defendant"], "ethnicity": "Kazakh", "gender": "female"}],
         "rulings": [{"person": "Qaisha Aqan", "city": "Zharkent", "outcome": "not_deported", "sentence": {"kind": "suspended", "months": 6}}],
         "detentionClaims": [{"person": "Qaisha Aqan", "kind": "threatened"}],
         "events": [{"person": "Qaisha Aqan", "kind": "border_crossing", "date": "2018-05"}]}
        """;

    private static AccuracyReport Measure(params (string Proposed, string Published)[] reviews) => ReviewAccuracy.Measure(
        reviews.Select(r => new ReviewedImport(DateTimeOffset.UnixEpoch, ExtractionJson.Deserialize(r.Proposed), ExtractionJson.Deserialize(r.Published))));

    private static FieldAccuracy Field(AccuracyReport report, string name) => report.Fields.Single(f => f.Field == name);

    [Fact]
    public void Should_count_records_kept_rejected_and_added_as_the_evaluator_pairs_them()
    {
        var report = Measure((Proposed, Published));

        Assert.Equal(1, report.Reviews);
        Assert.Equal(new FieldAccuracy("persons", 2, 1, 1), Field(report, "persons"));
        Assert.Equal(new FieldAccuracy("events", 2, 1, 1), Field(report, "events"));
        Assert.Equal(new FieldAccuracy("detentionClaims", 0, 1, 0), Field(report, "detentionClaims"));
        // The ruling is paired by person, but its outcome was corrected, so as a (person, outcome) record it is not kept.
        Assert.Equal(new FieldAccuracy("rulings", 1, 1, 0), Field(report, "rulings"));
        Assert.Equal(0.5, Field(report, "persons").Precision);
        Assert.Equal(1.0, Field(report, "persons").Recall);
    }

    [Fact]
    public void Should_compare_the_fields_of_a_ruling_and_a_person_kept_in_both_and_list_the_corrections()
    {
        var report = Measure((Proposed, Published), (Proposed, Published));

        // An unknown outcome is no proposal: recall suffers, precision does not.
        Assert.Equal(new FieldAccuracy("ruling.outcome", 0, 2, 0), Field(report, "ruling.outcome"));
        Assert.Equal(new FieldAccuracy("ruling.sentence", 2, 2, 0), Field(report, "ruling.sentence"));
        Assert.Equal(new FieldAccuracy("ruling.court", 2, 2, 2), Field(report, "ruling.court"));
        Assert.Equal(new FieldAccuracy("person.ethnicity", 0, 2, 0), Field(report, "person.ethnicity"));
        Assert.Equal(new FieldAccuracy("person.gender", 2, 2, 2), Field(report, "person.gender"));
        Assert.Contains(new Correction("ruling.outcome", "(none)", "not_deported", 2), report.Corrections);
        Assert.Contains(new Correction("ruling.sentence", "prison 6 months", "suspended 6 months", 2), report.Corrections);
        Assert.Contains(new Correction("persons", "proposed", "rejected", 2), report.Corrections);
        Assert.Contains("ruling.outcome", report.ToText("all reviews"), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_score_a_proposal_published_unchanged_as_all_correct()
    {
        var report = Measure((Published, Published));

        Assert.All(report.Fields, f => Assert.Equal(f.Proposed, f.Agreed));
        Assert.All(report.Fields, f => Assert.Equal(f.Published, f.Agreed));
        Assert.Empty(report.Corrections);
    }

    [Fact]
    public void Should_show_nothing_wrong_when_nothing_was_reviewed()
    {
        var report = Measure();

        Assert.Equal(0, report.Reviews);
        Assert.All(report.Fields, f => Assert.Equal((1.0, 1.0), (f.Precision, f.Recall)));
    }
}
