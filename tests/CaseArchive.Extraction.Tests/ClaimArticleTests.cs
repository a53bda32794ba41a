namespace CaseArchive.Extraction.Tests;

/// <summary>
/// Each test article of a class of detention claims, held at 1.0 on its claims on its own (the folder's macro
/// score would hide one article falling back): a detention feared is a threat and a fear of persecution is a claim
/// while a cue far back is not (claims-fear-and-questioning); Russian home detention under torture, a camp feared
/// ("опасаясь, что его отправят") and a quote in the first person (claims-russian-first-person); others' ordeals
/// ("inmates beaten", "40 Uyghurs ... they were at risk") are not the person's, an uncle's camp is a relative's
/// (claims-others-and-kin); a camp told by its end ("released from a camp", "узницей лагеря"), questioning by the
/// police at home, a threat told as "faces arrest ... if deported" or "его ждет лагерь", while camps told in general
/// are nobody's claim (claims-camp-staff-and-threat, claims-ru-camp-staff-and-threat).
/// </summary>
public class ClaimArticleTests
{
    [Theory]
    [InlineData("claims-fear-and-questioning")]
    [InlineData("claims-russian-first-person")]
    [InlineData("claims-others-and-kin")]
    [InlineData("bylines-and-institutions")]
    [InlineData("claims-camp-staff-and-threat")]
    [InlineData("claims-ru-camp-staff-and-threat")]
    public void Should_find_each_claim_of_the_article_and_no_other(string name)
    {
        var claims = Extract.ScoresOf(name)["detentionClaims"];
        Assert.True(claims.F1 == 1.0, $"{name}: tp {claims.TruePositives} fp {claims.FalsePositives} fn {claims.FalseNegatives}");
    }
}
