using CaseArchive.Domain.Model;

namespace CaseArchive.Domain.Tests.Model;

/// <summary>The vocabularies' words, worked out once per enum: the same words both ways, and nothing else read.</summary>
public sealed class VocabularyTextTests
{
    [Fact]
    public void Should_write_and_read_every_value_of_a_vocabulary_as_its_snake_case_words()
    {
        Assert.Equal("not_deported", VocabularyText.ToText(Outcome.NotDeported));
        Assert.Equal("relative_detained", VocabularyText.ToText(ClaimKind.RelativeDetained));
        Assert.Equal("not deported", VocabularyText.ToWords(Outcome.NotDeported));
        foreach (var outcome in Enum.GetValues<Outcome>())
        {
            Assert.Equal(outcome, VocabularyText.Parse<Outcome>(VocabularyText.ToText(outcome)));
        }
        foreach (var kind in Enum.GetValues<ClaimKind>())
        {
            Assert.True(VocabularyText.TryParse<ClaimKind>(VocabularyText.ToText(kind), out var read));
            Assert.Equal(kind, read);
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("0")]
    [InlineData("1")]
    [InlineData("Not_Deported")]
    [InlineData("NotDeported")]
    [InlineData("not deported")]
    [InlineData("not_deported ")]
    [InlineData("deported_")]
    public void Should_refuse_anything_but_a_defined_value_s_words(string? text)
    {
        Assert.False(VocabularyText.TryParse<Outcome>(text, out var value));
        Assert.Equal(default, value);
        Assert.Throws<FormatException>(() => VocabularyText.Parse<Outcome>(text!));
    }

    [Fact]
    public void Should_write_a_value_outside_the_vocabulary_as_its_number_and_never_read_it_back()
    {
        var undefined = (Outcome)99;

        Assert.Equal("99", VocabularyText.ToText(undefined));
        Assert.False(VocabularyText.TryParse<Outcome>("99", out _));
    }
}
